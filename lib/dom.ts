/** DOM facts shared by the extraction (a clone) and the annotation (the live page). */

/** Node types as numbers: the DOM's `Node` constants are not globals outside a browser window. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Soft hyphens and zero-width characters: invisible in the page, but they split words ("Pu\u00ADtin"). */
export const INVISIBLE_CHARACTERS = /[\u00AD\u200B-\u200D\u2060\uFEFF]+/g;

/** Marks the host element of our own in-page UI: never read as page text, never copied. */
export const UI_HOST_ATTRIBUTE = 'data-backstory-ui';

/**
 * The page's nodes read through the DOM's own prototypes. A page can shadow any property of a
 * `<form>` by naming a control after it (`<input name="hasAttribute">`), and any property of
 * `document` by naming an image, a form or an embed ("DOM clobbering"): such names are own
 * properties of the object, so the prototype's getters and methods are the only reliable ones.
 */
export interface PageDom {
  nodeType(node: Node): number;
  localName(element: Element): string;
  getAttribute(element: Element, name: string): string | null;
  hasAttribute(element: Element, name: string): boolean;
  attributes(element: Element): Attr[];
  parentNode(node: Node): ParentNode | null;
  parentElement(node: Node): Element | null;
  lastChild(node: Node): ChildNode | null;
  previousSibling(node: Node): ChildNode | null;
  ownerDocument(node: Node): Document;
  textContent(node: Node): string;
  isConnected(node: Node): boolean;
  contains(container: Node, node: Node): boolean;
  compareDocumentPosition(node: Node, other: Node): number;
  documentElement(document: Document): Element | null;
  head(document: Document): HTMLHeadElement | null;
  body(document: Document): HTMLElement | null;
  querySelector(root: Document | Element, selectors: string): Element | null;
  querySelectorAll(root: Document | Element, selectors: string): Element[];
  createTreeWalker(document: Document, root: Node, whatToShow: number, filter: (node: Node) => number): TreeWalker;
  createRange(document: Document): Range;
  createElement(document: Document, localName: string): HTMLElement;
  addEventListener(target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions): void;
}

const DOCUMENT_NODE = 9;

/** The object on `object`'s prototype chain (never `object` itself, which the page may shadow) that defines `property`. */
function definerOf(object: object, property: string): object {
  for (let prototype = Object.getPrototypeOf(object) as object | null; prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    if (Object.prototype.hasOwnProperty.call(prototype, property)) return prototype;
  }
  throw new TypeError(`Not a DOM object: nothing defines ${property}`);
}

type Unbound = (...args: never[]) => unknown;

const getterOf = (prototype: object, property: string): Unbound => Object.getOwnPropertyDescriptor(prototype, property)?.get as Unbound;
const methodOf = (prototype: object, property: string): Unbound => Object.getOwnPropertyDescriptor(prototype, property)?.value as Unbound;

/** Each realm's (window's) accessors, keyed by its `Node.prototype`: built once, then looked up. */
const domsByRealm = new WeakMap<object, PageDom>();

/** The accessors for the realm `node` belongs to (a content script's page, or a jsdom window in tests). */
export function pageDom(node: Node): PageDom {
  const nodePrototype = definerOf(node, 'nodeType');
  const known = domsByRealm.get(nodePrototype);
  if (known) return known;
  const dom = buildPageDom(node, nodePrototype);
  domsByRealm.set(nodePrototype, dom);
  return dom;
}

function buildPageDom(node: Node, nodePrototype: object): PageDom {
  const call = <T>(fn: Unbound, self: unknown, ...args: unknown[]): T => Reflect.apply(fn, self, args) as T;
  const nodeGetter = (property: string) => getterOf(nodePrototype, property);
  const ownerDocument = nodeGetter('ownerDocument');
  const nodeType = nodeGetter('nodeType');
  const document = call<number>(nodeType, node) === DOCUMENT_NODE ? (node as Document) : call<Document>(ownerDocument, node);
  const documentPrototype = definerOf(document, 'documentElement');
  const createElement = methodOf(documentPrototype, 'createElement');
  // A fresh element of the realm leads to Element.prototype whatever the page holds.
  const elementPrototype = definerOf(call<Element>(createElement, document, 'span'), 'getAttribute');
  const eventTargetPrototype = definerOf(document, 'addEventListener');
  const element = (property: string, kind: 'get' | 'method') => (kind === 'get' ? getterOf : methodOf)(elementPrototype, property);
  const documentMember = (property: string, kind: 'get' | 'method') => (kind === 'get' ? getterOf : methodOf)(documentPrototype, property);
  const fns = {
    localName: element('localName', 'get'),
    getAttribute: element('getAttribute', 'method'),
    hasAttribute: element('hasAttribute', 'method'),
    attributes: element('attributes', 'get'),
    elementQuerySelector: element('querySelector', 'method'),
    elementQuerySelectorAll: element('querySelectorAll', 'method'),
    parentNode: nodeGetter('parentNode'),
    parentElement: nodeGetter('parentElement'),
    lastChild: nodeGetter('lastChild'),
    previousSibling: nodeGetter('previousSibling'),
    textContent: nodeGetter('textContent'),
    isConnected: nodeGetter('isConnected'),
    contains: methodOf(nodePrototype, 'contains'),
    compareDocumentPosition: methodOf(nodePrototype, 'compareDocumentPosition'),
    documentElement: documentMember('documentElement', 'get'),
    head: documentMember('head', 'get'),
    body: documentMember('body', 'get'),
    documentQuerySelector: documentMember('querySelector', 'method'),
    documentQuerySelectorAll: documentMember('querySelectorAll', 'method'),
    createTreeWalker: documentMember('createTreeWalker', 'method'),
    createRange: documentMember('createRange', 'method'),
    addEventListener: methodOf(eventTargetPrototype, 'addEventListener'),
  };
  const isDocument = (root: Node): root is Document => call<number>(nodeType, root) === DOCUMENT_NODE;
  return {
    nodeType: (target) => call(nodeType, target),
    localName: (target) => call(fns.localName, target),
    getAttribute: (target, name) => call(fns.getAttribute, target, name),
    hasAttribute: (target, name) => call(fns.hasAttribute, target, name),
    attributes: (target) => Array.from(call<NamedNodeMap>(fns.attributes, target)),
    parentNode: (target) => call(fns.parentNode, target),
    parentElement: (target) => call(fns.parentElement, target),
    lastChild: (target) => call(fns.lastChild, target),
    previousSibling: (target) => call(fns.previousSibling, target),
    ownerDocument: (target) => (isDocument(target) ? target : call(ownerDocument, target)),
    textContent: (target) => call<string | null>(fns.textContent, target) ?? '',
    isConnected: (target) => call(fns.isConnected, target),
    contains: (container, target) => call(fns.contains, container, target),
    compareDocumentPosition: (target, other) => call(fns.compareDocumentPosition, target, other),
    documentElement: (target) => call(fns.documentElement, target),
    head: (target) => call(fns.head, target),
    body: (target) => call(fns.body, target),
    querySelector: (root, selectors) => call(isDocument(root) ? fns.documentQuerySelector : fns.elementQuerySelector, root, selectors),
    querySelectorAll: (root, selectors) =>
      Array.from(call<NodeListOf<Element>>(isDocument(root) ? fns.documentQuerySelectorAll : fns.elementQuerySelectorAll, root, selectors)),
    createTreeWalker: (target, root, whatToShow, filter) => call(fns.createTreeWalker, target, root, whatToShow, filter),
    createRange: (target) => call(fns.createRange, target),
    createElement: (target, localName) => call(createElement, target, localName),
    addEventListener: (target, type, listener, options) => call(fns.addEventListener, target, type, listener, options),
  };
}
