import { describe, expect, it } from 'vitest';
import { classifyErrors, inFold, type GoldPage } from '../../../scripts/error-classes';

const gold: GoldPage = {
  published: '2024-03-05',
  author: ['Pat Writer'],
  people: [
    { name: 'Jane Roe', aliases: ['Roe'], roles: ['city ombudsman'], official: true },
    { name: 'Okafor', aliases: ['Mr. Okafor'], roles: [], official: false },
    { name: 'Lena Marsh', roles: ['coach'], official: false },
  ],
  events: [{ name: 'budget vote', aliases: ['vote'], date: '2024-03-04' }],
  related: [{ title: 'Council delays the budget vote again' }],
};
const text = 'Ombudsman Jane Roe said the vote was fair. Photo by Sam Lens. Okafor agreed. Roe smiled.';

describe('error classes of one page', () => {
  it('finds nothing wrong in a perfect prediction, and ignores the byline author', () => {
    const counts = classifyErrors(
      gold,
      {
        published: '2024-03-05',
        people: [
          { name: 'Jane Roe', role: 'ombudsman of the city', official: true },
          { name: 'Mr. Okafor', official: false },
          { name: 'Lena Marsh', role: 'Coach', official: false },
          { name: 'Pat Writer', official: false },
        ],
        events: [{ name: 'the budget vote', date: '2024-03-04' }],
        related: [{ title: 'Council delays the budget vote again' }],
      },
      text,
    );
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });

  it('names the class of each error', () => {
    const counts = classifyErrors(
      gold,
      {
        published: '2024-03-06',
        people: [
          { name: 'Ombudsman Jane Roe', role: null, official: false },
          { name: 'Jane Roe', role: 'mayor', official: false },
          { name: 'Roe', official: true },
          { name: 'Sam Lens', official: false },
          { name: 'Acme Corp', official: false },
        ],
        events: [{ name: 'Easter', date: null }, { name: 'vote', date: '2024-03-05' }],
        related: [{ title: 'Sign up for our newsletter' }],
      },
      text,
    );
    expect(counts).toMatchObject({
      gluedName: 1,
      duplicate: 1,
      credit: 1,
      otherExtraPerson: 1,
      missedSurnameOnly: 1,
      missedPerson: 1,
      wrongRole: 1,
      noRole: 0,
      wrongOfficial: 1,
      extraEvent: 1,
      wrongEventDate: 1,
      missedEvent: 0,
      wrongPublished: 1,
      missedRelatedBlock: 1,
      wrongRelatedLinks: 1,
    });
  });

  it('puts every page in exactly one fold, the same one every time', () => {
    const names = ['aclu', 'bbc-1', 'aeb-04a6711caa7c', 'seed-moscow-times', 'cnet'];
    for (const name of names) {
      const folds = [1, 2, 3].filter((fold) => inFold(name, fold, 3));
      expect(folds).toHaveLength(1);
      expect(inFold(name, folds[0] ?? 0, 3)).toBe(true);
    }
  });
});
