import type { ArticleMetadata } from '../types';

const meta = (document: Document, key: string): string | null =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || null;

export function readMetadata(document: Document, url: string): ArticleMetadata {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    url,
    canonicalUrl: canonical ? new URL(canonical, url).href : url,
    title: meta(document, 'og:title') ?? document.title,
    siteName: meta(document, 'og:site_name'),
    authors: [],
    published: meta(document, 'article:published_time')?.slice(0, 10) ?? null,
    language: document.documentElement.getAttribute('lang')?.toLowerCase() ?? null,
  };
}
