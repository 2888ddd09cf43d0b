import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { findArticleLinks } from '../../../lib/page/related';
import { pageDocument } from './fixtures';

const BASE = 'https://news.example/world/2024/05/01/this-story';

describe('findArticleLinks', () => {
  it('keeps links to other articles and drops topic pages, the page itself, files, mail and repeats', () => {
    const body = pageDocument(
      `<div>
        <p>As <a href="/world/2024/04/20/talks-collapse-in-geneva">we reported last month</a>, the talks failed.
        Minister <a href="/topics/anna-kowalski">Anna Kowalski</a> said so on
        <a href="https://other.example/politics/2024/04/21/minister-quits-over-talks">another site</a>.</p>
        <p><a href="${BASE}#comments">Comments</a> <a href="/files/report.pdf">the report</a>
        <a href="mailto:desk@news.example">write to us</a>
        <a href="/world/2024/04/20/talks-collapse-in-geneva?utm_source=x">the talks again</a></p>
      </div>`,
      BASE,
    ).body;
    expect(findArticleLinks(body, BASE)).toEqual([
      { title: 'we reported last month', url: 'https://news.example/world/2024/04/20/talks-collapse-in-geneva' },
      { title: 'another site', url: 'https://other.example/politics/2024/04/21/minister-quits-over-talks' },
    ]);
  });

  it('counts a bracketed "[Read: ...]" line as related, once, without its label', () => {
    const paragraph = '<p>The harbour council met again on Tuesday to settle the dispute over the new ferry line and its cost to the islands.</p>';
    const document = pageDocument(
      `<html><head><meta property="og:type" content="article"><title>Ferry line</title></head><body><article>
        ${paragraph.repeat(3)}
        <p><a href="/world/2024/03/02/why-the-ferry-line-divides-the-islands">[Read: Why the ferry line divides the islands]</a></p>
      </article></body></html>`,
      BASE,
    );
    const extraction = extractArticle(document, BASE);
    expect(extraction.isArticle && extraction.article.related).toEqual([
      { title: 'Why the ferry line divides the islands', url: 'https://news.example/world/2024/03/02/why-the-ferry-line-divides-the-islands' },
    ]);
    expect(extraction.isArticle && extraction.article.articleLinks).toEqual([]);
  });

  it('are reported apart from the related block by the extraction', () => {
    const paragraph = '<p>The harbour council met again on Tuesday to settle the dispute over the new ferry line and its cost to the islands.</p>';
    const document = pageDocument(
      `<html><head><meta property="og:type" content="article"><title>Ferry line</title></head><body><article>
        <h1>Ferry line</h1>${paragraph.repeat(3)}
        <p>It follows <a href="/world/2024/03/02/ferry-line-first-proposed-by-council">the first proposal</a> in March, which the council rejected after a long debate.</p>
      </article>
      <aside class="related-stories"><h2>Related stories</h2><ul>
        <li><a href="/world/2024/02/11/island-ferry-fares-rise-again">Island ferry fares rise again</a></li>
      </ul></aside></body></html>`,
      BASE,
    );
    const extraction = extractArticle(document, BASE);
    expect(extraction.isArticle && extraction.article.articleLinks).toEqual([
      { title: 'the first proposal', url: 'https://news.example/world/2024/03/02/ferry-line-first-proposed-by-council' },
    ]);
    expect(extraction.isArticle && extraction.article.related).toEqual([
      { title: 'Island ferry fares rise again', url: 'https://news.example/world/2024/02/11/island-ferry-fares-rise-again' },
    ]);
  });
});
