import { describe, expect, it } from 'vitest';
import type { HistoryStore } from '../../../lib/history/types';
import type { ArticleAnalysis } from '../../../lib/types';
import { person } from '../sidepanel/analysis';
import { AT, articleOn, bystander, lavrov, newStore, putin } from './fake-archive';

async function recordAll(store: HistoryStore, articles: ArticleAnalysis[]): Promise<void> {
  for (const [index, article] of articles.entries()) await store.record(article, AT(`2024-01-01T00:00:${String(index).padStart(2, '0')}.000Z`), []);
}

const urlsOf = (entries: Array<{ url: string }>) => entries.map((entry) => entry.url.replace('https://news.example/', ''));

describe('coverage', () => {
  it('lists each person’s earlier articles newest first with the role they had, and later ones apart', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('2004-appointed', '2004-03-09', [lavrov('Foreign Minister')]),
      articleOn('2013-letters', '2013-04-14', [lavrov('Foreign Minister'), putin()]),
      articleOn('2016-same-day', '2016-05-01', [lavrov('Russia’s top diplomat')]),
      articleOn('2020-prime', '2020-01-16', [lavrov('Prime Minister')]),
      articleOn('2013-putin-only', '2013-06-01', [putin()]),
    ]);
    const current = articleOn('2016-today', '2016-05-01', [lavrov(), putin(), person('Peskov')]);
    const [lavrovCoverage, putinCoverage, ...others] = await store.coverage(current);

    expect(others).toEqual([]);
    expect(lavrovCoverage).toMatchObject({ personKey: 'sergei lavrov', identity: 'sergei lavrov' });
    // Same day counts as earlier: within a day the order is unknown.
    expect(urlsOf(lavrovCoverage!.earlier)).toEqual(['2016-same-day', '2013-letters', '2004-appointed']);
    expect(lavrovCoverage!.earlier.map((entry) => [entry.date, entry.role])).toEqual([
      ['2016-05-01', 'Russia’s top diplomat'],
      ['2013-04-14', 'Foreign Minister'],
      ['2004-03-09', 'Foreign Minister'],
    ]);
    expect(lavrovCoverage!.earlier[1]).toEqual({
      url: 'https://news.example/2013-letters',
      identity: 'sergei lavrov',
      title: '2013 letters',
      site: 'Example News',
      date: '2013-04-14',
      role: 'Foreign Minister',
    });
    expect(urlsOf(lavrovCoverage!.since)).toEqual(['2020-prime']);
    expect(lavrovCoverage!.since[0]!.role).toBe('Prime Minister');
    expect(urlsOf(putinCoverage!.earlier)).toEqual(['2013-putin-only', '2013-letters']);
    expect(putinCoverage!.since).toEqual([]);
  });

  it('leaves the current article out, also once it is recorded, and dates an undated one by when it was first seen', async () => {
    const store = newStore();
    await recordAll(store, [articleOn('before', '2023-12-31', [lavrov()]), articleOn('after', '2024-02-01', [lavrov()])]);
    const undated = articleOn('undated', null, [lavrov()]);
    await store.record(undated, AT('2024-01-15T12:00:00.000Z'), []);
    const [coverage] = await store.coverage(undated);
    expect(urlsOf(coverage!.earlier)).toEqual(['before']);
    expect(urlsOf(coverage!.since)).toEqual(['after']);
  });

  it('counts everything as earlier for an undated article not recorded (read now, in a private window)', async () => {
    const store = newStore();
    await recordAll(store, [articleOn('a', '2023-12-31', [lavrov()]), articleOn('b', '2030-01-01', [lavrov()])]);
    const [coverage] = await store.coverage(articleOn('private', null, [lavrov()]));
    expect(urlsOf(coverage!.earlier)).toEqual(['b', 'a']);
    expect(coverage!.since).toEqual([]);
  });

  it('gives at most `limit` articles each side, the nearest-in-time ones being the newest before', async () => {
    const store = newStore();
    await recordAll(store, Array.from({ length: 8 }, (_, i) => articleOn(`y${2010 + i}`, `${2010 + i}-01-01`, [lavrov()])));
    const [coverage] = await store.coverage(articleOn('now', '2014-06-01', [lavrov()]), 2);
    expect(urlsOf(coverage!.earlier)).toEqual(['y2014', 'y2013']);
    expect(urlsOf(coverage!.since)).toEqual(['y2017', 'y2016']);
  });

  it('refuses a limit that is not a whole number of at least 1', async () => {
    const store = newStore();
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      await expect(store.coverage(articleOn('now', null, [lavrov()]), limit)).rejects.toThrow(RangeError);
      await expect(store.related(articleOn('now', null, [lavrov()]), limit)).rejects.toThrow(RangeError);
    }
  });

  it('does not link one-word names, nor the same surname with another first name', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('surname-only', '2010-01-01', [person('Lavrov', { role: 'Foreign Minister', official: true })]),
      articleOn('other-lavrov', '2011-01-01', [person('Ivan Lavrov', { role: 'Foreign Minister', official: true })]),
    ]);
    const coverage = await store.coverage(articleOn('now', '2020-01-01', [lavrov(), person('Lavrov')]));
    expect(coverage).toHaveLength(1);
    expect(coverage[0]!.earlier).toEqual([]);
  });

  it('keeps apart the same full name with a public post in one article and a private role in the other', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('executive', '2010-01-01', [bystander('James Miller', 'chief executive of Acme')]),
      articleOn('no-role', '2011-01-01', [bystander('James Miller')]),
      articleOn('official', '2012-01-01', [person('James Miller', { role: 'Undersecretary of Defense', official: true })]),
    ]);
    const [coverage] = await store.coverage(articleOn('now', '2013-04-14', [person('James Miller', { role: 'Undersecretary of Defense', official: true })]));
    expect(urlsOf(coverage!.earlier)).toEqual(['official', 'no-role']);
  });

  it('reads further back when the newest articles are another person of the same name', async () => {
    const store = newStore();
    const executive = (year: number) => articleOn(`executive-${year}`, `${year}-01-01`, [bystander('James Miller', 'chief executive of Acme')]);
    await recordAll(store, [articleOn('official', '2001-01-01', [person('James Miller', { role: 'Undersecretary of Defense', official: true })]), ...[2002, 2003, 2004, 2005].map(executive)]);
    const [coverage] = await store.coverage(articleOn('now', '2013-04-14', [person('James Miller', { role: 'Undersecretary of Defense', official: true })]), 1);
    expect(urlsOf(coverage!.earlier)).toEqual(['official']);
  });

  it('applies the reader’s corrections: joined names, one name split, one person across a role conflict', async () => {
    const store = newStore();
    await recordAll(store, [
      articleOn('sergey', '2010-01-01', [person('Sergey Lavrov', { role: 'Foreign Minister', official: true })]),
      articleOn('sergei', '2011-01-01', [lavrov()]),
      articleOn('tillerson-ceo', '2012-01-01', [bystander('Rex Tillerson', 'chief executive of Exxon')]),
    ]);
    const current = articleOn('now', '2017-02-01', [lavrov(), person('Rex Tillerson', { role: 'Secretary of State', official: true })]);

    let [lavrovCoverage, tillerson] = await store.coverage(current);
    expect(urlsOf(lavrovCoverage!.earlier)).toEqual(['sergei']);
    expect(tillerson!.earlier).toEqual([]);

    await store.correct({ a: 'sergei lavrov', b: 'sergey lavrov', same: true });
    await store.correct({ a: 'rex tillerson', b: 'rex tillerson', same: true });
    [lavrovCoverage, tillerson] = await store.coverage(current);
    expect(lavrovCoverage!.earlier.map((entry) => [entry.url.replace('https://news.example/', ''), entry.identity])).toEqual([
      ['sergei', 'sergei lavrov'],
      ['sergey', 'sergey lavrov'],
    ]);
    expect(tillerson!.earlier.map((entry) => entry.role)).toEqual(['chief executive of Exxon']);

    await store.correct({ a: 'sergei lavrov', b: 'sergei lavrov', same: false });
    [lavrovCoverage] = await store.coverage(current);
    expect(urlsOf(lavrovCoverage!.earlier)).toEqual(['sergey']);
  });
});
