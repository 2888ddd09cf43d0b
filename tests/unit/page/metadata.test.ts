import { describe, expect, it } from 'vitest';
import { cleanAuthorNames } from '../../../lib/page/authors';
import { findDateInText, toIsoDate } from '../../../lib/page/dates';
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
