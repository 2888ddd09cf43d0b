/**
 * One compromise parse per paragraph, flattened into plain tokens with character offsets, so the
 * people and role finders can walk the text without re-parsing it.
 */
import nlp from 'compromise';

export interface Token {
  /** The word as written, without surrounding punctuation (compromise keeps "Putin's" whole). */
  text: string;
  /** Punctuation and spaces before and after the word, as written. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  paragraph: number;
  /** The whole paragraph, which token offsets index into. */
  paragraphText: string;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseSentence {
  text: string;
  terms: CompromiseTerm[];
}

export function tokenizeParagraphs(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) => tokenizeParagraph(paragraph, index));
}

/**
 * "(CNN)President Trump": a credit in brackets glued to the next word. compromise reads the
 * bracket as a space, which keeps every offset, and sees two words.
 */
const GLUED_BRACKET = /(?<=\(\p{L}[\p{L}.\s]*)\)(?=\p{L})/gu;

function tokenizeParagraph(paragraph: string, index: number): Sentence[] {
  const read = paragraph.replace(GLUED_BRACKET, ' ');
  const sentences = nlp(read).json({ offset: true }) as CompromiseSentence[];
  // The punctuation after a word as written, so that the bracket still ends a phrase.
  const postAsWritten = (term: CompromiseTerm) => {
    const end = term.offset.start + term.offset.length;
    return read === paragraph ? term.post : paragraph.slice(end, end + term.post.length);
  };
  return sentences.map((sentence) => ({
    text: sentence.text.trim(),
    paragraph: index,
    paragraphText: paragraph,
    tokens: sentence.terms
      .filter((term) => term.text.length > 0)
      .reduce<Token[]>((tokens, term) => appendTerm(tokens, { ...term, post: postAsWritten(term) }), []),
  }));
}

/** compromise makes a term of punctuation set off by spaces ("Speaker , Benjamin"): it is punctuation of the word before. */
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;

function appendTerm(tokens: Token[], term: CompromiseTerm): Token[] {
  const previous = tokens.at(-1);
  if (previous && PUNCTUATION_ONLY.test(term.text)) {
    previous.post = `${previous.post}${term.pre}${term.text}${term.post}`;
    return tokens;
  }
  tokens.push({
    text: term.text,
    pre: term.pre,
    post: term.post,
    tags: new Set(term.tags),
    start: term.offset.start,
    end: term.offset.start + term.offset.length,
  });
  return tokens;
}

/** The lexicon compromise ships with: lower-case word -> its tag. */
const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model
  .one.lexicon;

export function lexiconTag(word: string): string | undefined {
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
export const lower = (word: string): string => word.toLowerCase();

/** Punctuation after a word that breaks a phrase: anything but spaces, a joining hyphen and a possessive. */
export const breaksAfter = (token: Token): boolean => {
  const post = token.post.replace(/^['’]s?/u, '');
  // A hyphen joins words; set off by a space it is a dash ("upstarts - Amazon founder").
  return /[^\s\-‐]/u.test(post) || /\s[-‐]|[-‐]\s/u.test(post);
};

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
export const hasFirstNameEntry = (word: string): boolean => FIRST_NAME_TAGS.has(lexiconTag(lower(word)) ?? '');
/** A lexicon entry that is a name of a person, not a common word. */
export const isNameTag = (tag: string): boolean => FIRST_NAME_TAGS.has(tag) || tag === 'LastName';

const POSSESSIVE = /['’]s?$/u;

/** "Putin's" -> "Putin", "Reynolds'" -> "Reynolds". */
export function withoutPossessive(word: string): string {
  return word.length > 2 ? word.replace(POSSESSIVE, '') : word;
}


/** The paragraph text from token `from` to token `to` (inclusive), punctuation inside kept as written. */
export function textBetween(sentence: Sentence, from: number, to: number): string {
  return sentence.paragraphText.slice(sentence.tokens[from]!.start, sentence.tokens[to]!.end);
}
