import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMentionSpans, mentionSpansInSteps, toMentions, type Mention } from '../../../lib/annotate/mentions';
import { runToEnd } from '../../../lib/slices';
import type { PersonForms } from '../../../lib/annotate/matcher';

const KOWALSKI: PersonForms = { key: 'anna kowalski', name: 'Anna Kowalski', aliases: ['Kowalski', 'Ms. Kowalski'] };
const BERG: PersonForms = { key: 'tomas berg', name: 'Tomas Berg', aliases: ['Berg'] };

const dom = (html: string): JSDOM => new JSDOM(html);
const documentOf = (html: string): Document => dom(html).window.document;
const fixture = (): JSDOM => dom(readFileSync(join(import.meta.dirname, '../../fixtures/annotate/article.html'), 'utf8'));

const found = (mentions: Mention[]): Array<[string, string]> => mentions.map((m) => [m.personKey, m.range.toString()]);

describe('toMentions(findMentionSpans)', () => {
  it('finds every mention in the article container, across nodes, and skips what a reader does not see', () => {
    const page = fixture();
    const doc = page.window.document;
    const mentions = toMentions(findMentionSpans(doc, [KOWALSKI, BERG], { root: doc.querySelector('article') }));
    expect(found(mentions)).toEqual([
      ['anna kowalski', 'Kowalski’s'],
      ['anna kowalski', 'Anna Kowalski'],
      ['tomas berg', 'Tomas Berg'],
      ['anna kowalski', "Ms. Kowalski's"],
      ['tomas berg', 'Berg'],
      ['tomas berg', 'Berg'],
      ['anna kowalski', 'Ms.\u00A0Kowalski'],
    ]);
  });

  it('makes ranges that span the text nodes of a name split by markup', () => {
    const doc = documentOf('<p>Minister Anna <b>Kowalski</b> met <a href="/b">Tomas</a> Berg.</p>');
    const [anna, tomas] = toMentions(findMentionSpans(doc, [KOWALSKI, BERG]));
    expect(anna?.range.startContainer.textContent).toBe('Minister Anna ');
    expect(anna?.range.startOffset).toBe('Minister '.length);
    expect(anna?.range.endContainer.parentElement?.localName).toBe('b');
    expect(anna?.range.endOffset).toBe('Kowalski'.length);
    expect(tomas?.range.startContainer.parentElement?.localName).toBe('a');
    expect(tomas?.range.toString()).toBe('Tomas Berg');
  });

  it('searches the body when no container is given, but never inside our own UI host', () => {
    const doc = fixture().window.document;
    const mentions = toMentions(findMentionSpans(doc, [KOWALSKI]));
    expect(mentions[0]?.range.startContainer.parentElement?.closest('nav')).not.toBeNull();
    expect(mentions.some((m) => m.range.startContainer.parentElement?.closest('[data-backstory-ui]'))).toBe(false);
    expect(toMentions(findMentionSpans(doc, [KOWALSKI], { root: doc.querySelector('[data-backstory-ui] p') }))).toEqual([]);
  });

  it('counts a possessive with either apostrophe as part of the mention', () => {
    const doc = documentOf("<p>Berg's plan and Berg’s boat; Berg' and Berg’ too.</p>");
    expect(found(toMentions(findMentionSpans(doc, [BERG]))).map(([, text]) => text)).toEqual(["Berg's", 'Berg’s', 'Berg', 'Berg']);
  });

  it('matches whole words only, with the case as written', () => {
    const doc = documentOf('<p>Bergman, Iceberg, berg, BERG, Bergé, Berg2, 2Berg, Berg-led, (Berg)</p>');
    expect(found(toMentions(findMentionSpans(doc, [BERG]))).map(([, text]) => text)).toEqual(['Berg', 'Berg']);
  });

  it('lets the longest form win, so a full name is one mention', () => {
    // "Anna" and "Ms." start where the longer forms start: only the order of the alternatives decides.
    const anna: PersonForms = { ...KOWALSKI, aliases: ['Anna', 'Ms.', ...KOWALSKI.aliases] };
    const doc = documentOf("<p>Anna Kowalski spoke, then Ms. Kowalski, then Kowalski, then Anna Kowalski's aide.</p>");
    expect(found(toMentions(findMentionSpans(doc, [anna]))).map(([, text]) => text)).toEqual([
      'Anna Kowalski',
      'Ms. Kowalski',
      'Kowalski',
      "Anna Kowalski's",
    ]);
  });

  it('never joins a name across blocks or line breaks', () => {
    const doc = documentOf('<ul><li>Anna</li><li>Kowalski</li></ul><p>Anna<br>Kowalski</p><div><p>Anna</p> Kowalski</div>');
    expect(found(toMentions(findMentionSpans(doc, [KOWALSKI]))).map(([, text]) => text)).toEqual(['Kowalski', 'Kowalski', 'Kowalski']);
  });

  it('treats a link edge as a word break, as readers do, but not a bold or italic edge', () => {
    const doc = documentOf('<p>As <a href="/t">Tomas Berg</a>reports, <i>Berg</i>man and <a href="/b">Berg</a><a href="/x">er</a> said.</p>');
    expect(found(toMentions(findMentionSpans(doc, [BERG]))).map(([, text]) => text)).toEqual(['Tomas Berg', 'Berg']);
  });

  it('sees through soft hyphens and zero-width characters, which the range keeps', () => {
    const doc = documentOf('<p>Anna Kowal\u00ADski and Ber\u200Bg, then <b>Anna\u200B</b> Kowalski.</p>');
    const mentions = toMentions(findMentionSpans(doc, [KOWALSKI, BERG]));
    expect(found(mentions)).toEqual([
      ['anna kowalski', 'Anna Kowal\u00ADski'],
      ['tomas berg', 'Ber\u200Bg'],
      ['anna kowalski', 'Anna\u200B Kowalski'],
    ]);
    expect(mentions[1]?.range.startOffset).toBe('Anna Kowal\u00ADski and '.length);
  });

  it('leaves a form two people share to neither, unless it is one of their full names', () => {
    const joe: PersonForms = { key: 'joe', name: 'Joe Lind', aliases: ['Lind'] };
    const eva: PersonForms = { key: 'eva', name: 'Eva Lind', aliases: ['Lind', 'Joe'] };
    const doc = documentOf('<p>Joe Lind and Eva Lind met; Lind left. Joe stayed.</p>');
    expect(found(toMentions(findMentionSpans(doc, [joe, eva])))).toEqual([
      ['joe', 'Joe Lind'],
      ['eva', 'Eva Lind'],
      ['eva', 'Joe'],
    ]);
  });

  it('matches forms with regex characters and apostrophes literally', () => {
    const obrien: PersonForms = { key: 'sean', name: "Seán O'Brien (Jr.)", aliases: ["O'Brien"] };
    const doc = documentOf('<p>Seán O’Brien (Jr.) and O’Brien and OXBrien.</p>');
    expect(found(toMentions(findMentionSpans(doc, [obrien]))).map(([, text]) => text)).toEqual(['Seán O’Brien (Jr.)', 'O’Brien']);
  });

  it('returns nothing for no people, an empty page or a hidden container', () => {
    expect(toMentions(findMentionSpans(documentOf('<p>Berg</p>'), []))).toEqual([]);
    expect(toMentions(findMentionSpans(documentOf(''), [BERG]))).toEqual([]);
    const doc = documentOf('<div hidden><article><p>Berg</p></article></div>');
    expect(toMentions(findMentionSpans(doc, [BERG], { root: doc.querySelector('article') }))).toEqual([]);
  });

  it('leaves the page DOM and text exactly as they were', () => {
    const page = fixture();
    const before = page.serialize();
    const textBefore = page.window.document.body.textContent;
    const mentions = toMentions(findMentionSpans(page.window.document, [KOWALSKI, BERG]));
    expect(mentions.length).toBeGreaterThan(5);
    expect(page.serialize()).toBe(before);
    expect(page.window.document.body.textContent).toBe(textBefore);
  });

  it('scans a 2 MB page with 50 people quickly', () => {
    const people: PersonForms[] = Array.from({ length: 50 }, (_, i) => {
      const surname = `Surname${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
      return { key: `p${i}`, name: `Given ${surname}`, aliases: [surname, `Mr. ${surname}`, `President ${surname}`] };
    });
    const filler = 'The committee met on Tuesday to discuss the harbour budget and the ferry line, as planned. ';
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 2_000_000; i += 1) {
      const person = people[i % people.length] as PersonForms;
      const other = people[(i * 7) % people.length] as PersonForms;
      const paragraph = `<p>${filler}<a href="/x">Given</a> <b>${person.aliases[0]}</b>’s view differed from ${other.aliases[1]}. ${filler}<span>${filler}</span></p>\n`;
      paragraphs.push(paragraph);
      size += paragraph.length;
    }
    const doc = documentOf(`<article>${paragraphs.join('')}</article>`);
    const started = performance.now();
    const spans = findMentionSpans(doc, people);
    const elapsed = performance.now() - started;
    console.info(`findMentionSpans: ${size} bytes, ${spans.length} mentions in ${elapsed.toFixed(0)} ms (jsdom)`);
    expect(spans).toHaveLength(paragraphs.length * 2);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('findMentionRanges on random text', () => {
  const word = fc.constantFrom('Anna', 'Kowalski', 'Ms.', 'Tomas', 'Berg', 'Bergman', "'s", '’s', 'x', 'Ü', '1', '-', '\u00AD');
  const separator = fc.constantFrom(' ', '', '\n', '\u00A0', '. ', "'", '’');
  const piece = fc.record({ text: fc.array(fc.tuple(word, separator), { maxLength: 6 }), tag: fc.constantFrom(null, 'b', 'a', 'p', 'br') });
  const person = fc.record({
    key: fc.constantFrom('k1', 'k2', 'k3'),
    name: fc.constantFrom('Anna Kowalski', 'Tomas Berg', 'Berg', 'Anna'),
    aliases: fc.subarray(['Kowalski', 'Ms. Kowalski', 'Berg', "Berg's", 'Tomas', 'x']),
  });

  const normalize = (text: string): string => text.replace(/\u00AD/g, '').replace(/\s+/g, ' ').replace(/’/g, "'");
  const doc = documentOf('<body></body>');

  it('never throws, and every range holds one of its person\'s forms, possibly possessive', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(person, { maxLength: 3 }), (pieces, people) => {
        doc.body.replaceChildren();
        for (const { text, tag } of pieces) {
          const content = doc.createTextNode(text.map(([w, s]) => w + s).join(''));
          if (tag === null) doc.body.append(content);
          else if (tag === 'br') doc.body.append(content, doc.createElement('br'));
          else {
            const element = doc.createElement(tag);
            element.append(content);
            doc.body.append(element);
          }
        }
        for (const mention of toMentions(findMentionSpans(doc, people))) {
          const owners = people.filter((p) => p.key === mention.personKey);
          const forms = owners.flatMap((p) => [p.name, ...p.aliases]).map(normalize);
          const text = normalize(mention.range.toString());
          expect(forms.some((form) => text === form || text === `${form}'s`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mentionSpansInSteps with the elements the article was read from', () => {
  const page = () =>
    documentOf(`<body><nav><a href="/berg">Tomas Berg</a></nav>
      <div class="story"><p id="a">Tomas Berg spoke first.</p><div class="share">Share Berg's story</div>
      <section><p id="b">Then <b>Anna Kowalski</b> answered Berg.</p></section></div>
      <aside><p>More on Kowalski</p></aside></body>`);

  it('marks names only in the text of those elements, never in menus, share bars or asides', () => {
    const doc = page();
    const kept = new Set(Array.from(doc.querySelectorAll('.story, #a, section, #b, #b b')));
    const spans = runToEnd(mentionSpansInSteps(doc, [KOWALSKI, BERG], { articleElements: kept }));
    expect(found(toMentions(spans))).toEqual([
      ['tomas berg', 'Tomas Berg'],
      ['anna kowalski', 'Anna Kowalski'],
      ['tomas berg', 'Berg'],
    ]);
  });

  it('takes one step per article block and skips blocks the page has since removed', () => {
    const doc = page();
    const first = doc.querySelector('#a') as Element;
    const second = doc.querySelector('#b') as Element;
    const removed = doc.createElement('p');
    removed.textContent = 'Tomas Berg';
    const steps = mentionSpansInSteps(doc, [KOWALSKI, BERG], { articleElements: new Set([second, removed, first]) });
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count += 1;
    expect(count).toBe(2);
    // In page order, whatever order the set gives; the <b> inside #b is not in the set, so Kowalski is not marked.
    expect(step.value.map((span) => span.startNode.parentElement?.id || span.startNode.parentElement?.localName)).toEqual(['a', 'b']);
  });
});
