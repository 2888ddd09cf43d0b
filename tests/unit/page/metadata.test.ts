import { describe, expect, it } from 'vitest';
import { cleanAuthorNames } from '../../../lib/page/authors';
import { findDateInText, isDayOfInstant, printsInstant, readTimestamp, toIsoDate } from '../../../lib/page/dates';
import { readMetadata } from '../../../lib/page/metadata';
import { PAGE_URL, pageDocument } from './fixtures';

const metadataOf = (head: string, body = '', htmlAttributes = '') =>
  readMetadata(pageDocument(`<html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`), PAGE_URL);

const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('cleanAuthorNames', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe | Reuters', ['Jane Doe']],
    ['By Jane Doe, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project', ['Jane Doe']],
    ['by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil', ['Steven Musil']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['Gillian Mohney']],
    ['Jane Doe (jane.doe@example.com)', ['Jane Doe']],
    ['https://example.org/profile/jane-doe', []],
    ['Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
    ['Pieter de Vries & Anna Kowalska', ['Pieter de Vries', 'Anna Kowalska']],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['Our Foreign Staff', []],
    ['BBC News', []],
    ['Associated Press', []],
    ['The Editorial Board', []],
    ['Jane Doe, Jane Doe', ['Jane Doe']],
    ['Jong, Michiel de', ['Michiel de Jong']],
    ['Doe, Jane A.', ['Jane A. Doe']],
  ])('%j -> %j', (raw, names) => {
    expect(cleanAuthorNames(raw)).toEqual(names);
  });

  it('drops the site name', () => {
    expect(cleanAuthorNames('Coastal Ledger', 'Coastal Ledger')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2019-01-03T07:00:02.000Z', '2019-01-03'],
    ['2019-01-03T23:30:00-05:00', '2019-01-03'],
    ['20160729', '2016-07-29'],
    ['2017-11-16 11:13', '2017-11-16'],
    ['January 18, 2017 11:00 PM PST', '2017-01-18'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03'],
    ['Sept. 9, 2020', '2020-09-09'],
    ['2021-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('toIsoDate(%j) = %j', (value, date) => {
    expect(toIsoDate(value)).toBe(date);
  });

  it.each([
    ['2019-11-20T01:50:59.403Z', { date: '2019-11-20', clock: Date.UTC(2019, 10, 20, 1, 50) / 60_000, offset: 0 }],
    ['2019-11-19 21:57:00 -0800', { date: '2019-11-19', clock: Date.UTC(2019, 10, 19, 21, 57) / 60_000, offset: -480 }],
    ['2019-11-19T23:30:00+05:30', { date: '2019-11-19', clock: Date.UTC(2019, 10, 19, 23, 30) / 60_000, offset: 330 }],
    ['2019-11-20T01:50:59', { date: '2019-11-20', clock: Date.UTC(2019, 10, 20, 1, 50) / 60_000, offset: null }],
    ['2019-11-20', { date: '2019-11-20', clock: null, offset: null }],
    ['November 20, 2019', null],
    ['2019-02-30T10:00Z', null],
  ])('readTimestamp(%j)', (value, stamp) => {
    expect(readTimestamp(value)).toEqual(stamp);
  });

  const at = (iso: string): number => Date.parse(iso) / 60_000;

  it.each([
    ['November 18, 2019 11:03 PM', '2019-11-19T07:03:25Z', true],
    ['10:01 pm PST, Tuesday, November 19, 2019', '2019-11-20T06:01:19Z', true],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T07:00:00Z', true],
    ['19 Nov 2019 17:20 IST', '2019-11-19T11:50:00Z', true],
    // An update printed later that day, a date without a time, a time too far from the instant.
    ['Updated Nov. 19, 2019 9:17 PM', '2019-11-20T01:50:00Z', false],
    ['Nov. 19, 2019', '2019-11-20T01:50:00Z', false],
    ['Nov. 21, 2019 5:50 PM', '2019-11-20T01:50:00Z', false],
    ['19.11.2019', '2019-11-19T19:11:00Z', false],
  ])('printsInstant(%j, %s) = %s', (text, instant, prints) => {
    expect(printsInstant(text, at(instant))).toBe(prints);
  });

  it('knows which days an instant falls on somewhere in the world', () => {
    expect(isDayOfInstant('2019-11-19', at('2019-11-20T01:50:00Z'))).toBe(true);
    expect(isDayOfInstant('2019-11-21', at('2019-11-20T01:50:00Z'))).toBe(false);
    expect(isDayOfInstant('2019-11-21', at('2019-11-20T12:00:00Z'))).toBe(true);
    expect(isDayOfInstant('2019-11-18', at('2019-11-20T01:50:00Z'))).toBe(false);
  });

  it('finds the first full date in text, in several languages', () => {
    expect(findDateInText('By Ivan Nechepurenko · April 14, 2013 (updated April 15, 2013)')).toBe('2013-04-14');
    expect(findDateInText('Publié le 4 mai 2015 à 13h36')).toBe('2015-05-04');
    expect(findDateInText('Veröffentlicht am 1. März 2020')).toBe('2020-03-01');
    expect(findDateInText('Publicado el 5 de junio de 2019')).toBe('2019-06-05');
    expect(findDateInText('The 2013 season was long')).toBeNull();
  });
});

describe('readMetadata: authors', () => {
  it('reads JSON-LD authors as a string, an object and an array, skipping organisations', () => {
    expect(metadataOf(jsonLd({ '@type': 'NewsArticle', author: 'By Jane Doe' })).authors).toEqual(['Jane Doe']);
    expect(metadataOf(jsonLd({ '@type': 'Article', author: { '@type': 'Person', name: 'Jane Doe' } })).authors).toEqual([
      'Jane Doe',
    ]);
    const article = {
      '@type': 'ReportageNewsArticle',
      author: [{ name: 'Jane Doe' }, { '@type': 'Organization', name: 'Daily Canal' }, 'John Roe'],
    };
    expect(metadataOf(jsonLd(article)).authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('resolves @graph references', () => {
    const graph = {
      '@graph': [
        { '@type': 'Person', '@id': '#jd', name: 'Jane Doe' },
        { '@type': 'BlogPosting', author: { '@id': '#jd' } },
      ],
    };
    expect(metadataOf(jsonLd(graph)).authors).toEqual(['Jane Doe']);
  });

  it('reads meta authors, but not article:author when it is a URL', () => {
    expect(metadataOf('<meta property="article:author" content="https://facebook.com/janedoe">').authors).toEqual([]);
    expect(metadataOf('<meta property="article:author" content="Jane Doe">').authors).toEqual(['Jane Doe']);
    expect(metadataOf('<meta name="author" content="Jane Doe, John Roe">').authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads the first byline, not the author links of related articles', () => {
    const body = `<article><p class="byline">By <a rel="author" href="/a">Jane Doe</a></p><p>Text.</p></article>
      <aside class="related"><a rel="author" href="/b">John Roe</a></aside>`;
    expect(metadataOf('', body).authors).toEqual(['Jane Doe']);
    expect(metadataOf('', '<div class="article-byline">By JANE DOE and JOHN ROE | Reuters</div>').authors).toEqual([
      'Jane Doe',
      'John Roe',
    ]);
  });
});

describe('readMetadata: dates', () => {
  it('prefers JSON-LD, then meta tags, then article microdata, then <time>', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2020-05-01T10:00:00Z' });
    const meta = '<meta property="article:published_time" content="2020-05-02T10:00:00Z">';
    const time = '<time datetime="2020-05-04">May 4</time>';
    expect(metadataOf(ld + meta, time).published).toBe('2020-05-01');
    expect(metadataOf(meta, time).published).toBe('2020-05-02');
    expect(metadataOf('', time).published).toBe('2020-05-04');
  });

  it('ignores a datePublished that belongs to an embedded video', () => {
    const body = `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12"></div>
      <div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11"></div>`;
    expect(metadataOf('', body).published).toBe('2015-03-11');
  });

  describe('a UTC instant, on the day the page prints it', () => {
    const utcLd = jsonLd({ '@type': 'NewsArticle', datePublished: '2019-11-20T01:50:59Z' });

    it("takes the story's dateline when it prints a day the instant has somewhere", () => {
      const body = '<article><h1>Ferry line approved</h1><div class="byline">By Jane Doe · Nov. 19, 2019 5:50 PM</div><p>Text.</p></article>';
      expect(metadataOf(utcLd, body).published).toBe('2019-11-19');
      // The instant is the 20th, in UTC and east of it; a dateline printing that day keeps it.
      const updated = '<article><span class="timestamp">Updated 12:24 am EST, Wednesday, November 20, 2019</span></article>';
      expect(metadataOf(utcLd, updated).published).toBe('2019-11-20');
    });

    it('keeps the machine day when the dateline prints a day the instant has nowhere', () => {
      const body = '<article><div class="date">Updated Nov. 23, 2019</div></article>';
      expect(metadataOf(utcLd, body).published).toBe('2019-11-20');
    });

    it('takes a dateline outside the story only when it prints this very instant', () => {
      const header = (text: string) => `<header><div class="dateline">${text}</div></header><article><p>Text.</p></article>`;
      expect(metadataOf(utcLd, header('Nov. 19, 2019 5:50 PM')).published).toBe('2019-11-19');
      // The date the masthead shows today is not the story's.
      expect(metadataOf(utcLd, header('Tuesday, Nov. 19, 2019')).published).toBe('2019-11-20');
      expect(metadataOf(utcLd, header('Nov. 19, 2019 3:12 PM')).published).toBe('2019-11-20');
    });

    it("moves the instant into the zone the page's other dates are written in", () => {
      const head = '<meta name="dc.date" content="2019-11-20T05:57:50Z"><meta name="sailthru.date" content="2019-11-19 21:57:00 -0800">';
      expect(metadataOf(head).published).toBe('2019-11-19');
    });

    it('keeps the day of a time written in its own zone, and of a date without a time', () => {
      const body = '<article><div class="date">Nov. 20, 2019 4:30 AM</div></article>';
      const local = jsonLd({ '@type': 'NewsArticle', datePublished: '2019-11-19T23:30:00-05:00' });
      expect(metadataOf(local, body).published).toBe('2019-11-19');
      const dayOnly = jsonLd({ '@type': 'NewsArticle', datePublished: '2019-11-20' });
      expect(metadataOf(dayOnly, '<article><div class="date">Nov. 19, 2019</div></article>').published).toBe('2019-11-20');
    });

    it('moves a zoneless time only on a dateline that prints it in another zone', () => {
      const zoneless = '<meta property="article:published_time" content="2019-11-20T01:50:59">';
      const sailthru = '<meta name="sailthru.date" content="2019-11-19 17:50:00 -0800">';
      expect(metadataOf(zoneless + sailthru).published).toBe('2019-11-20');
      const header = '<header><div class="dateline">Nov. 19, 2019 5:50 PM</div></header><article><p>Text.</p></article>';
      expect(metadataOf(zoneless, header).published).toBe('2019-11-19');
    });
  });

  it('is null when the page does not say', () => {
    expect(metadataOf('', '<p>No date here, only 2013 and 9/11.</p>').published).toBeNull();
  });
});

describe('readMetadata: canonical URL, language, title', () => {
  it.each([
    ['<link rel="canonical" href="/news/story">', 'https://news.example.org/news/story'],
    ['<link rel="canonical" href="javascript:alert(1)">', PAGE_URL],
    ['<link rel="canonical" href="http://[broken">', PAGE_URL],
    ['<link rel="canonical" href="   ">', PAGE_URL],
    ['<meta property="og:url" content="https://example.com/x">', 'https://example.com/x'],
  ])('%s -> %s', (head, canonical) => {
    expect(metadataOf(head).canonicalUrl).toBe(canonical);
  });

  it.each([
    ['', 'lang="en-GB"', 'en-gb'],
    ['<meta property="og:locale" content="fr_FR">', '', 'fr-fr'],
    [jsonLd({ '@type': 'NewsArticle', inLanguage: 'de' }), '', 'de'],
    ['', 'lang="not a language"', null],
    ['', '', null],
  ])('language from %s %s -> %s', (head, htmlAttributes, language) => {
    expect(metadataOf(head, '', htmlAttributes).language).toBe(language);
  });

  it('takes the headline and site name, without the site name repeated in the title', () => {
    const head = '<title>Ferry line approved | Coastal Ledger</title><meta property="og:site_name" content="Coastal Ledger">';
    expect(metadataOf(head)).toMatchObject({ title: 'Ferry line approved', siteName: 'Coastal Ledger' });
  });
});

describe('readMetadata: site name', () => {
  it.each([
    ['<meta property="og:site_name" content="Hosted">', 'news.example.org'],
    ['<meta property="og:site_name" content="The Harbour Post | harbourpost.example">', 'The Harbour Post'],
    [
      '<meta property="og:site_name" content="harbourpost">' +
        jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'The Harbour Post' } }),
      'The Harbour Post',
    ],
    [
      jsonLd({
        '@graph': [
          { '@type': 'NewsArticle', publisher: { '@id': '#org' } },
          { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'Coastal Ledger' },
        ],
      }),
      'Coastal Ledger',
    ],
    ['<meta name="application-name" content="Valley Times">', 'Valley Times'],
    ['', 'news.example.org'],
  ])('%s -> %s', (head, siteName) => {
    expect(metadataOf(head).siteName).toBe(siteName);
  });
});
