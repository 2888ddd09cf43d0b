import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addedText, pageAddress, PageChangeWatcher, touchesArticle, type ChangeClock, type PageChange } from '../../../lib/annotate/page-changes';

/** A clock the test moves by hand, with the one pending timer the watcher keeps. */
function manualClock(): ChangeClock & { advance(ms: number): void } {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
  };
}

const TIMING = { quietMs: 800, maxWaitMs: 5000, updateIntervalMs: 10_000, contentRechecks: 2, contentChars: 600 };

function watch() {
  const clock = manualClock();
  const changes: Array<[PageChange, number]> = [];
  const watcher = new PageChangeWatcher(clock, (change) => changes.push([change, clock.now()]), TIMING);
  return { clock, changes, watcher };
}

describe('PageChangeWatcher', () => {
  it('reads again once a navigation has settled, not while the new page is still rendering', () => {
    const { clock, changes, watcher } = watch();
    clock.advance(20_000);
    watcher.addressChanged();
    for (let i = 0; i < 3; i += 1) {
      clock.advance(500);
      watcher.mutated(false);
    }
    expect(changes).toEqual([]);
    clock.advance(800);
    expect(changes).toEqual([['navigation', 22_300]]);
  });

  it('reads a page that never goes quiet after the longest wait', () => {
    const { clock, changes, watcher } = watch();
    watcher.addressChanged();
    for (let i = 0; i < 20; i += 1) {
      clock.advance(300);
      watcher.mutated(false);
    }
    expect(changes).toEqual([['navigation', 5000]]);
  });

  it('ignores changes outside the article, and reads article updates at most every ten seconds', () => {
    const { clock, changes, watcher } = watch();
    watcher.mutated(false);
    clock.advance(20_000);
    expect(changes).toEqual([]);
    watcher.mutated(true);
    clock.advance(1000);
    expect(changes).toEqual([['update', 20_800]]);
    watcher.mutated(true);
    clock.advance(1000);
    expect(changes).toHaveLength(1);
    clock.advance(9000);
    expect(changes).toEqual([['update', 20_800], ['update', 30_800]]);
  });

  it('lets a navigation win over a pending update, and stops for good', () => {
    const { clock, changes, watcher } = watch();
    clock.advance(20_000);
    watcher.mutated(true);
    watcher.addressChanged();
    clock.advance(1000);
    expect(changes).toEqual([['navigation', 20_800]]);
    watcher.addressChanged();
    watcher.stop();
    clock.advance(10_000);
    expect(changes).toHaveLength(1);
  });

  it('checks a page that was not an article again once a story’s worth of text has arrived and settled', () => {
    const { clock, changes, watcher } = watch();
    clock.advance(1000);
    watcher.contentAdded(120);
    clock.advance(5000);
    expect(changes).toEqual([]);
    watcher.contentAdded(2400);
    clock.advance(500);
    watcher.contentAdded(40);
    clock.advance(500);
    expect(changes).toEqual([]);
    clock.advance(300);
    expect(changes).toEqual([['content', 7300]]);
  });

  it('checks a page that keeps growing a few times only, and again after a navigation', () => {
    const { clock, changes, watcher } = watch();
    for (let i = 0; i < 5; i += 1) {
      watcher.contentAdded(5000);
      clock.advance(2000);
    }
    expect(changes.map(([change]) => change)).toEqual(['content', 'content']);
    expect(watcher.awaitsContent).toBe(false);
    watcher.addressChanged();
    clock.advance(1000);
    expect(watcher.awaitsContent).toBe(true);
    watcher.contentAdded(5000);
    clock.advance(1000);
    expect(changes.map(([change]) => change)).toEqual(['content', 'content', 'navigation', 'content']);
  });
});

describe('pageAddress', () => {
  it('treats a new #fragment as the same page and anything else as another', () => {
    expect(pageAddress('https://news.example.com/a?id=1#comments')).toBe(pageAddress('https://news.example.com/a?id=1'));
    expect(pageAddress('https://news.example.com/a?id=2')).not.toBe(pageAddress('https://news.example.com/a?id=1'));
    expect(pageAddress('https://news.example.com/b')).not.toBe(pageAddress('https://news.example.com/a'));
  });
});

describe('touchesArticle', () => {
  async function recordsOf(change: (document: Document) => void, html: string) {
    const { window } = new JSDOM(html);
    const { document } = window;
    const roots = [document.querySelector('article') as Element];
    const records: MutationRecord[] = [];
    const observer = new window.MutationObserver((batch) => records.push(...batch));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    change(document);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    return { records, roots };
  }
  const PAGE = '<body><nav><a>Home</a></nav><article><p>Mayor Whitfield spoke.</p></article><aside>Ad</aside></body>';

  it('sees text or elements changing inside the article', async () => {
    const edited = await recordsOf((d) => ((d.querySelector('p') as Element).firstChild as Text).appendData(' Then he left.'), PAGE);
    expect(touchesArticle(edited.records, edited.roots)).toBe(true);
    const added = await recordsOf((d) => d.querySelector('article')?.append(d.createElement('p')), PAGE);
    expect(touchesArticle(added.records, added.roots)).toBe(true);
  });

  it('sees the article leave the page', async () => {
    const replaced = await recordsOf((d) => d.querySelector('article')?.replaceWith(d.createElement('main')), PAGE);
    expect(touchesArticle(replaced.records, replaced.roots)).toBe(true);
  });

  it('measures the text added, our own card host aside', async () => {
    const story = await recordsOf((d) => {
      const article = d.createElement('article');
      for (const text of ['Mayor Whitfield spoke at length.', 'Then he left.']) article.append(Object.assign(d.createElement('p'), { textContent: text }));
      d.body.append(article);
      const host = d.createElement('backstory-card');
      host.setAttribute('data-backstory-ui', '');
      host.textContent = 'card text';
      d.body.append(host);
    }, PAGE);
    expect(addedText(story.records)).toBe('Mayor Whitfield spoke at length.Then he left.'.length);
  });

  it('ignores changes elsewhere and our own card host coming and going', async () => {
    const elsewhere = await recordsOf((d) => ((d.querySelector('aside') as Element).textContent = 'Another ad'), PAGE);
    expect(touchesArticle(elsewhere.records, elsewhere.roots)).toBe(false);
    const card = await recordsOf((d) => {
      const host = d.createElement('backstory-card');
      host.setAttribute('data-backstory-ui', '');
      d.querySelector('article')?.append(host);
    }, PAGE);
    expect(touchesArticle(card.records, card.roots)).toBe(false);
  });
});
