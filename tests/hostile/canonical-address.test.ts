/**
 * Issue 10, hole 1: a page that declares another site's article as its canonical address (or
 * og:url) must not write into that article's record.
 */
import { describe, expect, it } from 'vitest';
import { AT, articleOn, lavrov, newStore } from '../unit/history/fake-archive';

describe('a page claiming another site\'s address (hostile 1)', () => {
  it('is recorded under its own address, and the real article\'s record is left as it was', async () => {
    const store = newStore();
    const real = articleOn('world/letters', '2013-04-14', [lavrov()], { url: 'https://news.example/world/letters', canonicalUrl: 'https://news.example/world/letters' });
    const kept = await store.record(real, AT('2013-04-15T08:00:00.000Z'), ['Sergei Lavrov met his counterpart on Monday.']);
    const forged = articleOn('Forged letters', '2020-01-01', [], { url: 'https://forger.example.net/page', canonicalUrl: 'https://news.example/world/letters', title: 'Forged letters' });
    await store.record(forged, AT('2013-04-16T08:00:00.000Z'), ['Nothing true here.']);

    expect(await store.get('https://news.example/world/letters')).toEqual(kept);
    expect(await store.get('https://forger.example.net/page')).toMatchObject({ url: 'https://forger.example.net/page', title: 'Forged letters' });
    expect(await store.count()).toBe(2);
  });
});
