/**
 * Issue 10, hole 3: a page that clobbers the DOM. In a browser, `<input name="hasAttribute">` inside a
 * form becomes an own property of the form that shadows `Element.prototype.hasAttribute`, and
 * `<img name="querySelector">` does the same to `document`. jsdom does not expose named properties,
 * so the fixture defines them the way a browser does: an own property of the form (or the document)
 * holding the control, for every property the DOM's prototypes define, which covers every property
 * the content script could read. jsdom's own selector engine and event loop call a few of the
 * document's methods through the same object a page sees (a browser's engine does not); those alone
 * stay unshadowed on the document, and the code reaches them through the prototype like every other.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRoots, mentionSpansInSteps, spanToRange, type MentionSpan } from '../../lib/annotate/mentions';
import { addedText, touchesArticle } from '../../lib/annotate/page-changes';
import { analyzeText } from '../../lib/analyze';
import { quickArticleCheck } from '../../lib/page/article-check';
import { readSnapshot } from '../../lib/page/read-snapshot';
import { writeSnapshot } from '../../lib/page/snapshot';
import { runToEnd } from '../../lib/slices';

const PAGE_URL = 'https://news.example.org/2024/03/02/ferry.html';

/** An article inside a whole-page form, as many CMSs (ASP.NET above all) print it, with named controls and images. */
const CLOBBERING_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Ferry service to resume in May</title>
  <meta property="og:type" content="article"><meta name="author" content="Ines Marlow"></head>
  <body><form id="pageForm" name="getElementsByTagName" action="/search">
    <input type="hidden" name="__VIEWSTATE" value="x"><img name="querySelector" src="/a.gif"><img name="head" id="head" src="/b.gif">
    <article><h1>Ferry service to resume in May</h1>
      <p>Harbour master Oskar Lindgren said on Tuesday that the island ferry would sail again in May, after a winter of repairs to both of its engines.</p>
      <p>"The crossing is the island's lifeline," Lindgren told reporters at the quay, where councillor Priya Raman had gathered with residents to hear the news.</p>
      <p>Raman said the council would pay for a second boat if the repairs ran late again, and asked the operator to publish its timetable by April.</p>
      <p>Search the archive: <input name="hasAttribute"><input id="getAttribute"><select name="localName"></select><button name="attributes">Go</button></p>
    </article>
  </form></body></html>`;

/** Every property name the DOM's prototypes give `object`, the names a page can shadow. */
function domPropertyNames(object: object): string[] {
  const names = new Set(['close', 'html', 'data']);
  for (let prototype = Object.getPrototypeOf(object) as object | null; prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    for (const name of Object.getOwnPropertyNames(prototype)) if (name !== 'constructor') names.add(name);
  }
  return [...names];
}

const CALLED_BY_JSDOM_ITSELF = new Set(['createTreeWalker', 'addEventListener', 'removeEventListener', 'dispatchEvent']);

/** Shadows every DOM property of each form and of the document with a control, as a browser's named properties do. */
function clobber(document: Document): void {
  const control = document.createElement('input');
  for (const form of Array.from(document.forms)) {
    for (const name of domPropertyNames(form)) Object.defineProperty(form, name, { value: control, configurable: true });
  }
  for (const name of domPropertyNames(document)) {
    if (!CALLED_BY_JSDOM_ITSELF.has(name)) Object.defineProperty(document, name, { value: control, configurable: true });
  }
}

const pageDocument = (): Document => new JSDOM(CLOBBERING_PAGE, { url: PAGE_URL }).window.document;
const parser = () => new new JSDOM('').window.DOMParser();

/** What the content script does with a page, from the first check to the marked names. */
function readLikeTheContentScript(document: Document) {
  const check = quickArticleCheck(document);
  const snapshot = runToEnd(writeSnapshot(document, Number.MAX_SAFE_INTEGER));
  const extraction = readSnapshot(snapshot.html, PAGE_URL, parser());
  if (!extraction.isArticle) throw new Error(extraction.reason);
  const analysis = analyzeText(extraction.article);
  const elements = new Set(extraction.articleElements.flatMap((position) => snapshot.elements[position] ?? []));
  const spans = runToEnd(mentionSpansInSteps(document, analysis.people, { articleElements: elements }));
  const roots = articleRoots(elements);
  return { check, snapshot, analysis, spans, roots };
}

const spanText = (span: MentionSpan): string => spanToRange(span).toString();

describe('a page that clobbers the DOM (hostile 3)', () => {
  it('has a fixture that really shadows the properties the DOM defines', () => {
    const document = pageDocument();
    clobber(document);
    const form = document.forms[0] as HTMLFormElement;
    expect(() => form.hasAttribute('id')).toThrow(TypeError);
    expect(() => document.querySelector('article')).toThrow(TypeError);
  });

  it('is checked, copied, read and marked exactly as the same page without the clobbering', () => {
    const plain = readLikeTheContentScript(pageDocument());
    const clobberedDocument = pageDocument();
    clobber(clobberedDocument);
    const clobbered = readLikeTheContentScript(clobberedDocument);

    expect(clobbered.check).toEqual({ likelyArticle: true });
    expect(clobbered.snapshot.html).toBe(plain.snapshot.html);
    expect(clobbered.analysis.people.map((person) => [person.name, person.role])).toEqual(plain.analysis.people.map((person) => [person.name, person.role]));
    expect(clobbered.analysis.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Oskar Lindgren', 'Priya Raman']));
    expect(clobbered.spans.map(spanText)).toEqual(plain.spans.map(spanText));
    expect(clobbered.spans.map(spanText)).toEqual(['Oskar Lindgren', 'Lindgren', 'Priya Raman', 'Raman']);
    expect(clobbered.roots.length).toBe(plain.roots.length);
  });

  it('notices changes to an article whose blocks are clobbered forms', () => {
    const document = pageDocument();
    const form = document.forms[0] as HTMLFormElement;
    const paragraph = document.createElement('p');
    paragraph.textContent = 'A correction was added.';
    const body = document.body;
    clobber(document);
    const record = { type: 'childList', target: form, addedNodes: [paragraph], removedNodes: [] } as unknown as MutationRecord;
    const formAdded = { type: 'childList', target: body, addedNodes: [form], removedNodes: [] } as unknown as MutationRecord;

    expect(touchesArticle([record], [form])).toBe(true);
    expect(addedText([formAdded])).toBeGreaterThan(100);
  });

  it('gives the reading a copy in which no name shadows a property of the document or a form', () => {
    const document = pageDocument();
    clobber(document);
    const copy = parser().parseFromString(runToEnd(writeSnapshot(document, Number.MAX_SAFE_INTEGER)).html, 'text/html');
    const controls = Array.from(copy.querySelectorAll('form, img, iframe, embed, object, input, button, select, textarea, fieldset, output'));
    expect(controls.length).toBeGreaterThan(5);
    for (const element of controls) expect(element.hasAttribute('name')).toBe(false);
    for (const element of controls.filter((control) => control.localName !== 'form' && control.localName !== 'iframe')) expect(element.hasAttribute('id')).toBe(false);
    // What the reading needs stays: the author's meta name, the form's id.
    expect(copy.querySelector('meta[name="author"]')).not.toBeNull();
    expect(copy.querySelector('form#pageForm')).not.toBeNull();
  });
});
