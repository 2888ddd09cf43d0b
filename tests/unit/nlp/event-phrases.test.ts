import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../lib/nlp/events';
import type { NewsEvent } from '../../../lib/types';

// 2021-03-10 is a Wednesday.
const WEDNESDAY = '2021-03-10';
const run = (paragraphs: string[], published: string | null = WEDNESDAY) => findEvents(paragraphs, { published });
const summary = (e: NewsEvent) => ({ name: e.name, date: e.date });

describe('events in ordinary words: courts and inquiries', () => {
  it('dates "Tuesday\'s hearing" to the Tuesday before publication', () => {
    expect(run(["Lawyers for the builder clashed at Tuesday's hearing."]).map(summary)).toEqual([{ name: 'hearing', date: '2021-03-09' }]);
  });

  it('keeps a definite inquiry without a date, and names it by its modifier', () => {
    expect(run(['The council widened the impeachment inquiry into the mayor.']).map(summary)).toEqual([
      { name: 'impeachment inquiry', date: null },
    ]);
  });

  it('reads a future sentencing date forward', () => {
    expect(run(['His sentencing will take place on May 3.']).map(summary)).toEqual([{ name: 'sentencing', date: '2021-05-03' }]);
  });

  it('merges the bare mention with the named one and keeps the closer date', () => {
    const events = run(['Reporters waited as the 2021 budget passed and the Senate trial dragged on.', 'The trial opened on March 2.']);
    expect(events.map(summary)).toEqual([{ name: 'Senate trial', date: '2021-03-02' }]);
  });
});

describe('events in ordinary words: politics', () => {
  it('takes the year written in the phrase and a month and day as the date', () => {
    const events = run(['The 2016 election still shapes the party.', 'Aides listened to the July 25 call.'], '2019-11-18');
    expect(events.map(summary)).toEqual([
      { name: '2016 election', date: '2016' },
      { name: 'July 25 call', date: '2019-07-25' },
    ]);
  });

  it('keeps a bare election that its phrase gives a year, and leaves a bare weekday meeting to the named ones', () => {
    const events = run(["Voters are restless before next year's election.", "Aides spoke after Monday's meeting."]);
    expect(events.map(summary)).toEqual([{ name: 'election', date: '2022' }]);
  });

  it('makes a race for an office an election, and leaves an owner-only call or visit out', () => {
    const events = run(['She left the presidential race.', "The minister's visit was badly timed.", "Critics faulted the governor's call."]);
    expect(events.map((e) => e.name)).toEqual(['presidential race']);
  });
});

describe('events in ordinary words: sport', () => {
  it('names a result by its teams and merges it with the same match told from the other side', () => {
    const events = run(["Spain's 2-1 win over Russia sent the hosts through.", "Russia's loss to Spain ended its run."]);
    expect(events.map((e) => e.name)).toEqual(["Spain's 2-1 win over Russia"]);
    expect(events[0]?.aliases).toEqual(["Russia's loss to Spain"]);
  });

  it('reads "X beat Y on Monday" between two teams as "X vs. Y"', () => {
    const events = run(['Russia beat Croatia on Monday.', 'Colombia had lost to Belgium on Sunday.']);
    expect(events.map(summary)).toEqual([
      { name: 'Russia vs. Croatia', date: '2021-03-08' },
      { name: 'Colombia vs. Belgium', date: '2021-03-07' },
    ]);
  });

  it('does not take players beating players for matches', () => {
    expect(run(['Denis Shapovalov defeated Taylor Fritz on Sunday.'])).toEqual([]);
  });
});

describe('events in ordinary words: accidents and crimes', () => {
  it('dates an indefinite crash by its clause and merges "the crash"', () => {
    const events = run(['A helicopter crash killed two soldiers on Monday.', 'The crash is under investigation.']);
    expect(events.map(summary)).toEqual([{ name: 'helicopter crash', date: '2021-03-08' }]);
  });

  it('keeps an undated death named by whose it is when the story returns to it, not when said once', () => {
    const story = ["Klein's death shocked the city.", "Klein's suicide led to an inquiry into the jail.", "Critics say Klein's death was avoidable."];
    expect(run(story).map((e) => e.name)).toContain("Klein's death");
    expect(run(story.slice(0, 1))).toEqual([]);
  });

  it('names a death by whose it is, and takes a suicide for the same death', () => {
    const events = run(['The sudden death on Monday shocked the city.', "Klein's suicide on Monday was confirmed."]);
    expect(events.map(summary)).toEqual([{ name: "Klein's suicide", date: '2021-03-08' }]);
  });
});

describe('events in ordinary words: business', () => {
  it('names a launch by its complement, and a merger of two companies', () => {
    const events = run(['Subscribers flocked to the launch of Streamly.', 'The merger of Alpha and Beta became final Wednesday.']);
    expect(events.map(summary)).toEqual([
      { name: 'launch of Streamly', date: null },
      { name: 'merger of Alpha and Beta', date: WEDNESDAY },
    ]);
  });

  it('takes a military takeover for the coup the story names', () => {
    const events = run(['Troops moved in during the coup on Tuesday.', 'The general resisted after the military takeover.']);
    expect(events.map(summary)).toEqual([{ name: 'military takeover', date: '2021-03-09' }]);
  });

  it('keeps the IPO that a named place and a year date', () => {
    const events = run(["The city lost the company's initial public offering to New York in 2013."]);
    expect(events.map(summary)).toEqual([{ name: 'initial public offering', date: '2013' }]);
  });
});

describe('events in ordinary words: what is not an event', () => {
  it.each([
    ['a count or an amount', 'The study counted 9 million premature deaths and a $3 billion buyout.'],
    ['the setting of a quote', 'He said Monday in a phone interview that the plan had failed.'],
    ['other events than the story\'s', 'Other teacher protests were held last year.'],
    ['a head that modifies another noun', 'The trial lawyer filed the vote count with the crash course.'],
    ['an -ing head before a name', "She rose through Mugabe's ruling Zanu-PF."],
    ['a head used as a verb before a price', 'The firm bid $16.50 a share.'],
    ['a product sense', 'Thousands signed up for the free trial.'],
    ['a figure of speech', 'Critics blamed the horrific explosion of violence on the city.'],
    ['a thing more often than an event, undated', 'Fans bought the Star Wars game and an Airbus order.'],
    ['a date that belongs to the verb before "that"', 'Critics said Sunday on Twitter that the minister\'s visit was badly timed.'],
  ])('leaves out %s', (_, sentence) => {
    expect(run([sentence])).toEqual([]);
  });
});
