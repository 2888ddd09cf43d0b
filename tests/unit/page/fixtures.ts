import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const PAGE_URL = 'https://news.example.org/2022/09/14/story.html';

export const fixtureHtml = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../fixtures/page', name), 'utf8');

export const pageDom = (html: string, url = PAGE_URL): JSDOM => new JSDOM(html, { url });

export const pageDocument = (html: string, url = PAGE_URL): Document => pageDom(html, url).window.document;
