/** Byline people: found in structured data, meta tags, microdata, author links or byline elements, then cleaned. */
import { articleNodesFirst, isRecord, nodeTypes, resolveReference, textOf, type JsonLdNode } from './jsonld';
import type { MetaTags } from './meta-tags';
import type { PageIndex } from './page-index';
import { closestScope, closestScopeIsArticle, OUTSIDE_ARTICLE } from './scope';

/** Words that make a byline part a title, a desk or an organisation rather than a person. */
const NOT_A_PERSON = new Set(
  (
    'news staff team desk editor editors editorial reporter reporters correspondent correspondents writer writers ' +
    'contributor contributors contributing columnist technologist analyst director professor project agency press ' +
    'associated media service services newsroom bureau online digital times journal magazine daily weekly herald ' +
    'tribune network channel radio tv television foundation institute university center centre council union ' +
    'association society company group inc ltd llc corp reuters afp bloomberg view opinion admin administrator ' +
    'webmaster guest anonymous our senior deputy chief managing associate staffer international national politics ' +
    'sports business technology science edition board wire wires partners special the newsletter author authors ' +
    'community communications office ministry department unknown contact follow more'
  ).split(' '),
);

const LINKS_AND_HANDLES = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+|@\w+/g;
const BY_PREFIX =
  /^(?:(?:written|words|reporting|story|text|interview|photos?|video|additional reporting)\s+)?(?:by|par|von|por|di|door|av)\b[:\s]*/i;
/** Where a byline's person part stops: dates, times, "Updated", "Published". */
const BYLINE_TAIL =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d|\b(?:updated|published|posted|last modified|mis à jour|publié)\b/i;
const SEPARATORS = /\s*(?:[,;|·•/–—]|\s-\s|\b(?:and|AND|And|et|und|y|e)\b|&)\s*/;
const NAME_PARTICLE = /^(?:de|da|del|della|der|den|di|do|dos|du|la|le|van|von|bin|ibn|al|el|ter|ten|y|st\.?)$|^(?:al|el|d|l)[-'’]/;
const NAME_TOKEN = /^\(?[\p{Lu}][\p{L}\p{M}'’.-]*\)?$/u;

const titleCase = (word: string): string =>
  word.toLowerCase().replace(/(^|[\s(.'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

/** "Jane Doe" when `part` reads as a person's name, else null. */
function personName(part: string, siteName: string | null): string | null {
  const name = part.replace(BY_PREFIX, '').replace(/^[\s"'“”‘’:.-]+|[\s"'“”‘’:,-]+$/g, '').replace(/\s+/g, ' ');
  const tokens = name.split(' ');
  if (tokens.length < 2 || tokens.length > 5 || name.length > 60) return null;
  if (siteName && name.toLowerCase() === siteName.toLowerCase()) return null;
  if (tokens.some((token) => NOT_A_PERSON.has(token.toLowerCase().replace(/[^\p{L}]/gu, '')))) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token) || NAME_PARTICLE.test(token))) return null;
  const shouting = tokens.filter((token) => /\p{L}{2}/u.test(token) && token === token.toUpperCase());
  // "ACLU Speech": an acronym beside ordinary words is an organisation; a name in capitals is just a style.
  if (shouting.length > 0 && shouting.length < tokens.filter((token) => /\p{L}{2}/u.test(token)).length) return null;
  return shouting.length > 0 ? tokens.map(titleCase).join(' ') : name;
}

/** "By Jane Doe and John Roe | Reuters, May 3, 2021" -> ["Jane Doe", "John Roe"]. */
/** "Surname, Given names [particle]": one comma, a single-word surname, no further separators. */
const REVERSED_NAME = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,2})$/u;

export function cleanAuthorNames(raw: string, siteName: string | null = null): string[] {
  let text = raw.replace(LINKS_AND_HANDLES, ' ').replace(/\s+/g, ' ').trim().replace(BY_PREFIX, '');
  const tail = BYLINE_TAIL.exec(text);
  if (tail) text = text.slice(0, tail.index);
  // "Martin Untersinger (avec Damien Leloup)" names two people.
  text = text.replace(/\((?:with|avec|mit|con|and)\s+([^)]*)\)/gi, ', $1');
  // Library order, "Jong, Michiel de" (Dublin Core): one person, surname first.
  const reversed = REVERSED_NAME.exec(text);
  if (reversed) text = `${reversed[2]} ${reversed[1]}`;
  const names = text
    .split(SEPARATORS)
    .map((part) => personName(part, siteName))
    .filter((name): name is string => name !== null);
  return dedupe(names);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isOrganisation = (value: unknown): boolean =>
  isRecord(value) && nodeTypes(value).some((type) => /Organization|Corporation|Brand/i.test(type));

function jsonLdAuthors(nodes: JsonLdNode[]): string[][] {
  return articleNodesFirst(nodes)
    .filter((node) => node['author'] !== undefined)
    .map((node) => {
      const authors = [node['author']].flat().map((author) => resolveReference(author, nodes));
      return authors.filter((author) => !isOrganisation(author)).flatMap((author) => textOf(author) ?? []);
    });
}

function metaAuthors(meta: MetaTags): string[][] {
  const keys = ['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
  return keys.map((key) => meta.all(key).filter((value) => !/^\s*(?:https?:|\/)/i.test(value)));
}

/** The authors of the first article item: later items are usually teasers of other articles. */
function microdataAuthors(index: PageIndex): string[][] {
  const authors = (index.itemprops.get('author') ?? []).filter(
    (element) => closestScopeIsArticle(element) && !element.closest(OUTSIDE_ARTICLE),
  );
  const scope = authors[0] && closestScope(authors[0]);
  return [
    authors
      .filter((element) => closestScope(element) === scope)
      .map((element) => {
        const named = element.querySelector('[itemprop~="name" i]') ?? element;
        return named.getAttribute('content') ?? named.textContent ?? '';
      }),
  ];
}

/** The author links of the first byline: links elsewhere name the authors of other, related articles. */
function relAuthorLinks(index: PageIndex): string[][] {
  const links = index.authorLinks.filter(
    (link) => link.textContent?.trim() && !link.closest(OUTSIDE_ARTICLE),
  );
  const first = links[0];
  if (!first) return [];
  const byline = first.closest('p, div, li, header, section, footer, address, span.byline') ?? first;
  return [links.filter((link) => byline.contains(link)).map((link) => link.textContent ?? '')];
}

function bylineElements(index: PageIndex): string[][] {
  return index.bylines
    .slice(0, 200)
    .filter((element) => !element.closest(OUTSIDE_ARTICLE))
    .map((element) => [element.textContent ?? '']);
}

/** The first source, in order of reliability, that yields at least one person. */
export function readAuthors(
  index: PageIndex,
  nodes: JsonLdNode[],
  meta: MetaTags,
  siteName: string | null,
): string[] {
  const sources = [
    () => jsonLdAuthors(nodes),
    () => metaAuthors(meta),
    () => microdataAuthors(index),
    () => relAuthorLinks(index),
    () => bylineElements(index),
  ];
  for (const source of sources) {
    for (const candidates of source()) {
      const names = dedupe(candidates.flatMap((raw) => cleanAuthorNames(raw, siteName)));
      if (names.length > 0) return names;
    }
  }
  return [];
}
