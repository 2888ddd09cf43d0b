import { describe, expect, it } from 'vitest';
import { Corrections, isCorrectable, surnameOnly } from '../../../lib/history/identity';
import { resolveSurname } from '../../../lib/history/surname-only';
import type { HistoryStore } from '../../../lib/history/types';
import type { ArticleAnalysis } from '../../../lib/types';
import { person } from '../sidepanel/analysis';
import { AT, articleOn, bystander, newStore } from './fake-archive';

const NOBODY = new Set<string>();
const noCorrections = new Corrections([]);

describe('surnameOnly', () => {
  it('gives the folded surname of a person named by one word, titles aside', () => {
    expect(surnameOnly({ name: 'Brezgin' })).toBe('brezgin');
    expect(surnameOnly({ name: 'Mr. Brezgin' })).toBe('brezgin');
    expect(surnameOnly({ name: 'Ménard' })).toBe('menard');
  });

  it('gives nothing for a full name, an initial or a title alone', () => {
    expect(surnameOnly({ name: 'Anatoly Brezgin' })).toBeNull();
    expect(surnameOnly({ name: 'B.' })).toBeNull();
    expect(surnameOnly({ name: 'Mr' })).toBeNull();
  });

  it('lets a correction name a surname or a full name, folded, and nothing else', () => {
    expect(isCorrectable('brezgin')).toBe(true);
    expect(isCorrectable('anatoly brezgin')).toBe(true);
    expect(isCorrectable('Brezgin')).toBe(false);
    expect(isCorrectable('b')).toBe(false);
    expect(isCorrectable(42)).toBe(false);
  });
});

describe('resolveSurname', () => {
  it('shows the one full name the archive holds with exactly that surname', () => {
    expect(resolveSurname('brezgin', ['anatoly brezgin'], NOBODY, noCorrections)).toEqual({ shownAs: ['anatoly brezgin'], undecided: [] });
  });

  it('shows nobody when several full names carry the surname, and asks about each', () => {
    expect(resolveSurname('brezgin', ['anatoly brezgin', 'boris brezgin'], NOBODY, noCorrections)).toEqual({ shownAs: [], undecided: ['anatoly brezgin', 'boris brezgin'] });
  });

  it('takes only the same surname, not another spelling filed beside it', () => {
    expect(resolveSurname('zelensky', ['volodymyr zelenskyy'], NOBODY, noCorrections)).toEqual({ shownAs: [], undecided: [] });
  });

  it('leaves the person alone when the article names someone of that surname in full', () => {
    expect(resolveSurname('brezgin', ['anatoly brezgin'], new Set(['anatoly brezgin']), noCorrections)).toEqual({ shownAs: [], undecided: [] });
    expect(resolveSurname('brezgin', ['anatoly brezgin'], new Set(['olga brezgin']), noCorrections)).toEqual({ shownAs: [], undecided: [] });
  });

  it('follows the reader: a join wins over the count, a refusal takes a candidate out', () => {
    const joined = new Corrections([{ a: 'boris brezgin', b: 'brezgin', same: true }]);
    expect(resolveSurname('brezgin', ['anatoly brezgin', 'boris brezgin'], NOBODY, joined)).toEqual({ shownAs: ['boris brezgin'], undecided: ['anatoly brezgin'] });
    const refused = new Corrections([{ a: 'boris brezgin', b: 'brezgin', same: false }]);
    expect(resolveSurname('brezgin', ['anatoly brezgin', 'boris brezgin'], NOBODY, refused)).toEqual({ shownAs: ['anatoly brezgin'], undecided: [] });
    const onlyRefused = new Corrections([{ a: 'anatoly brezgin', b: 'brezgin', same: false }]);
    expect(resolveSurname('brezgin', ['anatoly brezgin'], NOBODY, onlyRefused)).toEqual({ shownAs: [], undecided: [] });
  });
});

describe('a person named by surname only, in the archive', () => {
  const minister = (role: string) => person('Anatoly Brezgin', { role, roles: [role], official: true });
  const surnameOnlyMinister = person('Brezgin', { key: 'brezgin', role: 'Prime Minister', roles: ['Prime Minister'], official: true });
  const current = articleOn('2013-05-20-prime', '2013-05-20', [surnameOnlyMinister]);

  async function archive(articles: ArticleAnalysis[]): Promise<HistoryStore> {
    const store = newStore();
    for (const [index, article] of articles.entries()) await store.record(article, AT(`2024-01-01T00:00:0${index}.000Z`), []);
    return store;
  }

  it('lists the earlier articles of the one full name with that surname, with the role they gave', async () => {
    const store = await archive([articleOn('2013-03-02-treaty', '2013-03-02', [minister('Foreign Minister')])]);
    const coverage = await store.coverage(current);
    expect(coverage).toEqual([
      {
        personKey: 'brezgin',
        identity: 'brezgin',
        earlier: [expect.objectContaining({ url: 'https://news.example/2013-03-02-treaty', identity: 'anatoly brezgin', role: 'Foreign Minister' })],
        since: [],
      },
    ]);
    expect(await store.possibleMatches(current)).toEqual([]);
  });

  it('keeps apart a private role from a public post, as for full names', async () => {
    const store = await archive([articleOn('2013-03-02-farm', '2013-03-02', [bystander('Anatoly Brezgin', 'a grain farmer')])]);
    expect(await store.coverage(current)).toEqual([{ personKey: 'brezgin', identity: 'brezgin', earlier: [], since: [] }]);
  });

  it('asks instead when two full names carry the surname, and lists the one the reader picks', async () => {
    const store = await archive([
      articleOn('2013-03-02-treaty', '2013-03-02', [minister('Foreign Minister')]),
      articleOn('2012-01-01-boris', '2012-01-01', [person('Boris Brezgin', { role: 'mayor of Tver', roles: ['mayor of Tver'], official: true })]),
    ]);
    expect(await store.coverage(current)).toEqual([]);
    const [asked] = await store.possibleMatches(current);
    expect(asked).toMatchObject({ personKey: 'brezgin', identity: 'brezgin' });
    expect(asked!.articles.map((article) => article.identity)).toEqual(['anatoly brezgin', 'boris brezgin']);

    await store.correct({ a: 'brezgin', b: 'anatoly brezgin', same: true });
    const [coverage] = await store.coverage(current);
    expect(coverage!.earlier.map((entry) => entry.identity)).toEqual(['anatoly brezgin']);
    expect((await store.possibleMatches(current))[0]!.articles.map((article) => article.identity)).toEqual(['boris brezgin']);
  });

  it('stops listing them once the reader says it is someone else; the answer is exported and imported', async () => {
    const store = await archive([articleOn('2013-03-02-treaty', '2013-03-02', [minister('Foreign Minister')])]);
    await store.correct({ a: 'brezgin', b: 'anatoly brezgin', same: false });
    expect(await store.coverage(current)).toEqual([]);
    const file = await store.exportAll(AT('2024-02-01T00:00:00.000Z'));
    expect(file.corrections).toEqual([{ a: 'anatoly brezgin', b: 'brezgin', same: false }]);
    const restored = newStore();
    await restored.importAll(JSON.parse(JSON.stringify(file)));
    expect(await restored.coverage(current)).toEqual([]);
  });
});
