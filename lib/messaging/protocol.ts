/**
 * The one typed protocol between the extension's contexts. Every request is a verb-first message
 * with a typed payload and reply; the receiver validates the payload before acting on it.
 */
import type { Analysis, ExtractedArticle } from '../types';

export interface AnalyzeArticleRequest {
  type: 'analyzeArticle';
  article: ExtractedArticle;
}

export type Request = AnalyzeArticleRequest;

export interface Replies {
  analyzeArticle: Analysis;
}

export type ErrorReply = { error: string };

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isNullableString = (value: unknown): value is string | null => value === null || isString(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isExtractedArticle(value: unknown): value is ExtractedArticle {
  if (!isRecord(value) || !isRecord(value.metadata)) return false;
  const meta = value.metadata;
  return (
    isString(meta.url) &&
    isString(meta.canonicalUrl) &&
    isString(meta.title) &&
    isNullableString(meta.siteName) &&
    isStringArray(meta.authors) &&
    isNullableString(meta.published) &&
    isNullableString(meta.language) &&
    isStringArray(value.paragraphs) &&
    Array.isArray(value.related) &&
    value.related.every((link) => isRecord(link) && isString(link.title) && isString(link.url))
  );
}

/** Returns the request if `message` is a well-formed one, else null. */
export function parseRequest(message: unknown): Request | null {
  if (!isRecord(message)) return null;
  if (message.type === 'analyzeArticle' && isExtractedArticle(message.article)) {
    return { type: 'analyzeArticle', article: message.article };
  }
  return null;
}
