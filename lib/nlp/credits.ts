/**
 * Credit text inside article paragraphs: who took the photo, who reported, edited or contributed,
 * and the sign-offs that invite the reader to follow or contact the writer. The names there belong
 * to the page's makers, not to the story, so the people finder skips them.
 */

/** Character ranges [start, end) of a paragraph. */
export type Span = readonly [number, number];

/** Credit words that open a credit ("Photo by", "Reporting by", "Editing by"). */
const CREDIT_NOUN = String.raw`(?:(?:additional\s+)?reporting|editing|writing|compiled|edited|written|produced|photos?|photographs?|pictures?|images?|video|graphics?|illustrations?|file)`;

/**
 * Credits set off in brackets: "(Reporting by Jane Roe; Editing by John Doe)", "(Photo: AP)",
 * "[File: Reuters]".
 */
const BRACKETED_CREDIT = new RegExp(String.raw`[(\[]\s*${CREDIT_NOUN}\b(?:\s+by\b|\s*:)[^()[\]]*[)\]]`, 'giu');

/** A whole sentence that is a credit or a sign-off. */
const CREDIT_SENTENCES = [
  // "Photo: Jane Roe, AP", "Credit: ...", "Video by ...".
  /^(?:credits?|photo(?:graph)?s?|pictures?|images?|illustrations?|video)\b/iu,
  // "Reporting by Jane Roe; editing by John Doe".
  new RegExp(String.raw`^${CREDIT_NOUN}\s+by\b`, 'iu'),
  // "Associated Press writers Jane Roe and John Doe contributed to this report."
  /\bcontribut(?:ed|ing)\s+(?:to\s+)?(?:this\s+(?:report|story|article)|(?:additional\s+)?reporting)\b/iu,
  // "Follow Jane Roe on Twitter", "Contact the author at ...", "Email Jane Roe at ...".
  /^(?:follow|contact|email|e-mail|reach)\b.*\b(?:on|at|via)\s+(?:twitter|facebook|instagram|linkedin|threads|bluesky|\S+@\S+)/iu,
  /^contact\s+(?:the\s+)?(?:author|writer|reporter|journalist)s?\b/iu,
  // "Sign up for Morning Brief, a newsletter from Jane Roe".
  /^(?:sign\s+up|subscribe)\b.*\bnewsletter\b/iu,
];

/**
 * A credit printed beside a name: "© Jane Roe", "Jane Roe | Bloomberg | Getty Images".
 * `before` is the text before the name, `after` the text right after it.
 */
export function isCreditMark(before: string, after: string): boolean {
  return /(?:©|\(c\)|\bcopyright)\s*$/iu.test(before) || /^\s*[/|]/u.test(after);
}

/** The credit ranges of `paragraph`, whose sentences start at the given offsets. */
export function creditSpans(paragraph: string, sentences: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const match of paragraph.matchAll(BRACKETED_CREDIT)) spans.push([match.index, match.index + match[0].length]);
  for (const [start, end] of sentences) {
    const sentence = paragraph.slice(start, end).trim();
    if (CREDIT_SENTENCES.some((pattern) => pattern.test(sentence))) spans.push([start, end]);
  }
  return spans;
}

export const inSpans = (offset: number, spans: readonly Span[]): boolean => spans.some(([start, end]) => offset >= start && offset < end);
