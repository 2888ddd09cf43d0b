import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findRelatedLinks } from '../../../lib/page/related';

const FIXTURES = join(import.meta.dirname, '../../fixtures/related');

const parse = (html: string, url: string): Document => new JSDOM(html, { url }).window.document;
const related = (html: string, url: string) => findRelatedLinks(parse(html, url), url);
const fixture = (name: string, url: string) => related(readFileSync(join(FIXTURES, name), 'utf8'), url);

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const BASE = 'https://news.example/world/2024/05/01/this-story';

describe('findRelatedLinks on a typical article page', () => {
  const links = fixture(
    'article-with-related-block.html',
    'https://www.coastalcourier.example/news/2021/03/02/harbour-town-votes-to-rebuild-sea-wall',
  );

  it('lists the related block once per article, in page order, with clean absolute URLs', () => {
    expect(links).toEqual([
      {
        title: 'Storm breaches harbour wall and floods the high street',
        url: 'https://www.coastalcourier.example/news/2020/02/11/storm-breaches-harbour-wall-floods-high-street',
      },
      {
        title: 'Council delays sea wall decision again',
        url: 'https://www.coastalcourier.example/news/2020/06/30/council-delays-sea-wall-decision',
      },
      { title: 'What a higher sea means for the town', url: 'https://www.coastalcourier.example/news/story-48213377' },
      {
        title: 'Fishing fleet returns after a decade away',
        url: 'https://www.coastalcourier.example/news/2019/08/14/fishing-fleet-returns',
      },
    ]);
  });

  it('never returns navigation, share, mailto, tag, ad, most-read, comment or footer links', () => {
    const urls = links.map((link) => link.url).join(' ');
    for (const part of ['navigation-menu', 'twitter', 'facebook', 'mailto', 'tel:', '/topics/', 'advertiser', 'lottery', 'reply', '/about']) {
      expect(urls).not.toContain(part);
    }
  });
});

describe('findRelatedLinks on blocks named by their heading', () => {
  it('reads "More on this story" and "Related stories" lists, not the "Read more:" lines of the text, and resolves relative links', () => {
    expect(fixture('labelled-lists.html', 'https://www.valleypost.example/news/valley-farmers-wheat')).toEqual([
      {
        title: 'What drought-resistant wheat tastes like',
        url: 'https://www.valleypost.example/news/2023/03/10/what-drought-resistant-wheat-tastes-like',
      },
      { title: 'Interview: the plant breeder', url: 'https://www.valleypost.example/farming/98765' },
      { title: 'Crop insurance claims double', url: 'https://www.valleypost.example/farming/crop-insurance-claims-double' },
      {
        title: 'Rain returns but reservoirs stay low',
        url: 'https://www.valleypost.example/2022/11/30/rain-returns-but-reservoirs-stay-low',
      },
    ]);
  });

  it('recognises run-together class names such as "relatedposts"', () => {
    const block = `<div id="jp-relatedposts" class="jp-relatedposts"><div class="jp-relatedposts-items">
      <h4><a href="/2024/03/02/gardening-in-dry-weather">Gardening in dry weather</a></h4></div></div>`;
    expect(related(page(block), BASE).map((link) => link.title)).toEqual(['Gardening in dry weather']);
  });

  it('keeps a card whose own headline sounds like a site-wide list', () => {
    const cards = `<h2>Notícias relacionadas</h2><div class="grid">
      <div class="card"><h3><a href="/2024/04/30/latest-talks-collapse">Latest talks collapse</a></h3></div>
      <div class="card"><h3><a href="/2024/04/29/most-popular-baby-names">The most popular baby names</a></h3></div></div>`;
    expect(related(page(cards), BASE).map((link) => link.title)).toEqual(['Latest talks collapse', 'The most popular baby names']);
  });

  it('finds nothing when the page only has in-text links and site-wide "more stories" lists', () => {
    expect(fixture('no-related-block.html', 'https://www.citynews.example/2024/04/12/library-hours')).toEqual([]);
  });
});

describe('findRelatedLinks: the title a reader sees outranks class names', () => {
  const titles = (body: string, story?: { body: Element; title: string }) =>
    findRelatedLinks(parse(page(body), BASE), BASE, story).map((link) => link.title);
  const items = (...headlines: string[]) =>
    headlines.map((headline, i) => `<li><a href="/world/2024/04/${i + 10}/story-${i}">${headline}</a></li>`).join('');

  it('reads a list titled "Related" whatever its classes say', () => {
    const block = `<div class="most-popular"><div class="most-popular__header">Related</div>
      <ol class="most-popular__list">${items('Ferry strike enters its third day', 'Union rejects the latest offer')}</ol></div>`;
    expect(titles(block)).toEqual(['Ferry strike enters its third day', 'Union rejects the latest offer']);
  });

  it('leaves out a list titled as a section feed, even in markup that says related', () => {
    const block = `<div class="article-related-stories"><h3>More from Europe</h3>
      <ul class="article-related-stories__list">${items('Alpine pass reopens after snow', 'Port workers vote on pay deal')}</ul></div>`;
    expect(titles(block)).toEqual([]);
  });

  it('keeps the stories on the article\'s topic from such a contested list', () => {
    const block = `<div class="related-links"><div class="related-links__heading">More from Harbour Sport</div>
      <div class="related-links__list">${items('Davis Cup hosts name their team', 'Rowing club wins the county regatta')}</div></div>`;
    const story = { body: parse(page('<p>Text.</p>'), BASE).body, title: 'Davis Cup final moves to the harbour arena' };
    expect(titles(block, story)).toEqual(['Davis Cup hosts name their team']);
  });

  it('takes "More:" over the run of lists it opens', () => {
    const block = `<article><p>Story text.</p><h4>More:</h4>
      <ul><li><h4><a href="/world/2024/04/20/space-race">The new space race</a></h4></li></ul>
      <ul><li><h4><a href="/world/2024/04/21/moon-lander">Moon lander passes its last test</a></h4></li></ul>
      <p>More story text.</p></article>`;
    expect(titles(block)).toEqual(['The new space race', 'Moon lander passes its last test']);
  });

  it('leaves out a list under a linked section title, but keeps cards with linked headlines', () => {
    const feed = `<aside class="article__related"><div class="list"><h2><a href="/pictures/">Galleries</a></h2>
      <ol>${items('Pictures of the day: spring tides', 'Cartoons of the week', 'The week in photos')}</ol></div></aside>`;
    expect(titles(feed)).toEqual([]);
    const cards = `<div class="related"><div class="card"><h3><a href="/world/2024/04/02/dam-opens">Dam opens to visitors</a></h3>
      <a href="/world/2024/04/02/dam-opens">Read more</a></div></div>`;
    expect(titles(cards)).toEqual(['Dam opens to visitors']);
  });

  it('leaves out lists titled "Sponsored", and keeps a column\'s blocks apart', () => {
    const column = `<div class="right-col">
      <article class="story-list"><div class="section-title">Related stories</div><ul>${items('Cloud outage hits retailers')}</ul></article>
      <article class="story-list"><div class="section-title">Sponsored resources</div>
        <ul><li><a href="/world/2024/04/30/white-paper-on-storage-costs">White paper on storage costs</a></li></ul></article></div>`;
    expect(titles(column)).toEqual(['Cloud outage hits retailers']);
  });

  it('lets markup decide again where a title high above reaches no more', () => {
    const deep = (depth: number, inner: string): string => (depth ? `<div>${deep(depth - 1, inner)}</div>` : inner);
    const wrapper = `<div><div class="top"><h2>Latest</h2></div>${deep(8, `<ul class="related">${items('Sea wall vote delayed')}</ul>`)}</div>`;
    expect(titles(wrapper)).toEqual(['Sea wall vote delayed']);
  });

  it('titles a teaser with its headline, not a short section kicker linking to the same story', () => {
    const card = `<div class="related"><a href="/world/2024/04/03/cloud-deal"><h6>News Cloud</h6></a>
      <a href="/world/2024/04/03/cloud-deal"><p>Rival challenges the cloud contract award</p></a></div>`;
    expect(titles(card)).toEqual(['Rival challenges the cloud contract award']);
  });
});

describe('findRelatedLinks: headline lines in the story', () => {
  const storyOf = (html: string) => {
    const document = parse(page(html), BASE);
    return { document, story: { body: document.querySelector('article') as Element, title: 'Harbour wall to be rebuilt' } };
  };
  const lines = `<article><p>The council voted on Tuesday.</p>
    <p><strong><a href="https://news.example/world/2024/03/02/storm-breaches-harbour-wall">STORM BREACHES HARBOUR WALL AND FLOODS STREET</a></strong></p>
    <p>Work starts in May, <a href="/world/2024/03/03/works-timetable">according to the timetable</a>.</p>
    <p>Read more: <a href="/world/2024/03/04/council-delays-decision">Council delays sea wall decision again</a></p>
    <p><a href="https://other.example/2024/03/05/unrelated-site-story">A story on another site entirely</a></p>
    <p><a href="/world/2024/03/06/short">Short link</a></p></article>`;

  it('reads lines that are only a headline link to a story of the same site, when the page has no related block', () => {
    const { document, story } = storyOf(lines);
    expect(findRelatedLinks(document, BASE, story)).toEqual([
      { title: 'STORM BREACHES HARBOUR WALL AND FLOODS STREET', url: 'https://news.example/world/2024/03/02/storm-breaches-harbour-wall' },
      { title: 'Council delays sea wall decision again', url: 'https://news.example/world/2024/03/04/council-delays-decision' },
    ]);
  });

  it('leaves them to the article links when the page has a related block', () => {
    const { document, story } = storyOf(
      `${lines}<section class="related-stories"><a href="/world/2024/02/01/fishing-fleet-returns">Fishing fleet returns</a></section>`,
    );
    expect(findRelatedLinks(document, BASE, story).map((link) => link.title)).toEqual(['Fishing fleet returns']);
  });
});

describe('findRelatedLinks titles', () => {
  const titleOf = (card: string) => related(page(`<div class="related">${card}</div>`), BASE)[0]?.title;

  it('takes the headline of a teaser card, not its date, byline or screen-reader label', () => {
    const card = `<a href="/2024/04/30/rivers-rise-after-storm">
      <span class="sr-only">Video</span><h3 class="teaser__headline">Rivers rise after storm</h3>
      <p class="teaser__byline">By A. Writer</p><time>30 April 2024</time></a>`;
    expect(titleOf(card)).toBe('Rivers rise after storm');
    const labelled = `<a href="/2024/04/30/rivers-rise-after-storm"><div class="unit__title">
      <span class="off-screen">Video</span> <span aria-hidden="true">▶</span> Rivers rise after storm</div></a>`;
    expect(titleOf(labelled)).toBe('Rivers rise after storm');
  });

  it('drops trailing arrows and relative times, keeps ellipses and visible kickers', () => {
    expect(titleOf('<a href="/2024/04/30/rivers-rise-after-storm">Rivers rise after storm »</a>')).toBe('Rivers rise after storm');
    expect(titleOf('<a href="/2024/04/30/rivers-rise">Rivers rise 3 hours ago</a>')).toBe('Rivers rise');
    expect(titleOf('<a href="/2024/04/30/rivers-rise">Rivers rise after the storm that...</a>')).toBe('Rivers rise after the storm that...');
    expect(titleOf('<a href="/2024/04/30/rivers-rise">Rivers rise – video</a>')).toBe('Rivers rise – video');
  });

  it('keeps short headlines that merely start like a button label', () => {
    expect(titleOf('<a href="/2024/04/30/more-rain-expected">More rain expected</a>')).toBe('More rain expected');
    expect(titleOf('<a href="/2024/04/30/rain-story">Read more</a>')).toBeUndefined();
  });

  it('falls back to the title attribute, aria-label or image description of an image-only link', () => {
    expect(titleOf('<a href="/2024/04/30/rivers-rise" title="Rivers rise after storm"><img src="x.jpg"></a>')).toBe(
      'Rivers rise after storm',
    );
    expect(titleOf('<a href="/2024/04/30/rivers-rise"><img src="x.jpg" alt="Rivers rise after storm"></a>')).toBe(
      'Rivers rise after storm',
    );
  });

  it('prefers a later visible title over an earlier image description for the same article', () => {
    const cards = `<a href="/2024/04/30/rivers-rise"><img src="x.jpg" alt="Photo of a river"></a>
      <a href="/2024/04/30/rivers-rise">Rivers rise after storm</a>`;
    expect(related(page(`<div class="related">${cards}</div>`), BASE)).toEqual([
      { title: 'Rivers rise after storm', url: 'https://news.example/2024/04/30/rivers-rise' },
    ]);
  });
});

describe('findRelatedLinks filtering', () => {
  const urlsIn = (links: string) => related(page(`<section class="related-stories">${links}</section>`), BASE).map((l) => l.url);

  it('keeps only http(s) article links that are not the page itself', () => {
    const links = `
      <a href="#comments">Jump to the comments section</a>
      <a href="javascript:share()">Share this story with friends</a>
      <a href="ftp://files.news.example/2024/04/30/archive-of-stories">Archive of older stories</a>
      <a href="/world/2024/05/01/this-story#top">This very story, again</a>
      <a href="/files/2024/report-on-floods.pdf">Report on floods in full</a>
      <a href="https://www.linkedin.com/shareArticle?url=x">Share on LinkedIn now</a>
      <a href="/author/jo-bloggs">Jo Bloggs</a>
      <a href="/world/2024/04/29/earlier-story">An earlier story</a>`;
    expect(urlsIn(links)).toEqual(['https://news.example/world/2024/04/29/earlier-story']);
  });

  it('needs an article-like address or a headline-length text', () => {
    expect(urlsIn('<a href="/world">World</a><a href="/world/europe">Europe news</a>')).toEqual([]);
    expect(urlsIn('<a href="/world/europe">Why Europe is watching the vote</a>')).toEqual(['https://news.example/world/europe']);
  });

  it('skips broken hrefs instead of failing', () => {
    expect(urlsIn('<a href="http://[broken">Broken link to a story</a>')).toEqual([]);
  });

  it('caps the list, keeping the first stories of a long carousel', () => {
    const cards = Array.from({ length: 30 }, (_, i) => `<a href="/2024/04/${i + 1}/story-number-${i}">Story number ${i}</a>`);
    const urls = urlsIn(cards.join(''));
    expect(urls).toHaveLength(15);
    expect(urls[0]).toBe('https://news.example/2024/04/1/story-number-0');
    expect(urls[14]).toBe('https://news.example/2024/04/15/story-number-14');
  });

  it('only ever returns unique, absolute, fragment-free http(s) URLs with a title', () => {
    const href = fc.oneof(
      fc.constantFrom('#top', 'mailto:a@b.example', 'javascript:void(0)', '//news.example/2024/01/02/a-b-c', 'https://other.example/x'),
      fc
        .tuple(fc.constantFrom('/', '../', '', 'https://news.example/'), fc.stringMatching(/^[a-z0-9/_-]{0,30}$/))
        .map(([prefix, path]) => prefix + path),
      fc.tuple(fc.stringMatching(/^\/20\d\d\/\d\d\/[a-z-]{3,20}$/), fc.constantFrom('', '?utm_source=x', '#frag', '/')).map(([a, b]) => a + b),
    );
    const text = fc.stringMatching(/^[A-Za-z ]{0,40}$/);
    const document = parse(page('<ul class="related"></ul>'), BASE);
    const list = document.querySelector('ul') as HTMLUListElement;
    fc.assert(
      fc.property(fc.array(fc.tuple(href, text), { maxLength: 25 }), (links) => {
        list.replaceChildren(
          ...links.map(([h, t]) => {
            const item = document.createElement('li');
            const anchor = item.appendChild(document.createElement('a'));
            anchor.setAttribute('href', h);
            anchor.textContent = t;
            return item;
          }),
        );
        const found = findRelatedLinks(document, BASE);
        expect(found.length).toBeLessThanOrEqual(15);
        expect(new Set(found.map((l) => l.url)).size).toBe(found.length);
        for (const link of found) {
          expect(link.url).toMatch(/^https?:\/\/[^#]+$/);
          expect(link.title.trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('findRelatedLinks speed', () => {
  it('stays linear on a 2 MB page with thousands of links', () => {
    const paragraph = (i: number) =>
      `<p>Paragraph ${i} cites <a href="/2020/01/02/cited-story-${i}">a cited story</a> ${'and runs on with more words '.repeat(10)}</p>`;
    const nested = (depth: number, inner: string): string => (depth ? `<div class="w">${nested(depth - 1, inner)}</div>` : inner);
    const deepLinks = Array.from({ length: 2000 }, (_, i) => `<a href="/x/${i}/a-deep-story">Deep story ${i}</a>`).join('');
    const cards = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/item-${100000 + i}">Related story ${i}</a></li>`).join('');
    const html = page(
      `<nav>${Array.from({ length: 500 }, (_, i) => `<a href="/section-${i}">Section ${i}</a>`).join('')}</nav>` +
        `<article>${Array.from({ length: 5000 }, (_, i) => paragraph(i)).join('')}</article>` +
        nested(150, deepLinks) +
        `<section class="related"><ul>${cards}</ul></section>`,
    );
    expect(html.length).toBeGreaterThan(1_500_000);
    const document = parse(html, BASE);

    const started = performance.now();
    const links = findRelatedLinks(document, BASE);
    const elapsed = performance.now() - started;

    expect(links).toHaveLength(15);
    // A scan of the whole document per link takes minutes here; one pass takes about a second even on
    // a busy machine, so the bound is loose on purpose.
    expect(elapsed).toBeLessThan(8_000);
  }, 60_000);
});
