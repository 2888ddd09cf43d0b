/** JSON-LD (`<script type="application/ld+json">`) read defensively: pages ship broken JSON, CDATA and comments. */

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|Report)$/;

export const isRecord = (value: unknown): value is JsonLdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node of every JSON-LD block, `@graph` members and nested arrays flattened; unparsable blocks skipped. */
export function readJsonLd(scripts: Element[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of scripts) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collectNodes(parsed, nodes);
  }
  return nodes;
}

function parseLenient(text: string): unknown {
  // Some CMSs wrap the JSON in CDATA markers or HTML comments to please old XHTML validators.
  const json = text.replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function collectNodes(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into);
  } else if (isRecord(value)) {
    into.push(value);
    if ('@graph' in value) collectNodes(value['@graph'], into);
  }
}

export function nodeTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

export const isArticleNode = (node: JsonLdNode): boolean => nodeTypes(node).some((type) => ARTICLE_TYPE.test(type));

/** The article nodes first (they describe this page), then the rest (publisher, web page, breadcrumbs...). */
export const articleNodesFirst = (nodes: JsonLdNode[]): JsonLdNode[] => [
  ...nodes.filter(isArticleNode),
  ...nodes.filter((node) => !isArticleNode(node)),
];

/** A string property, or the `name`/`@value` of an object property, or the first usable item of an array. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text) return text;
    }
    return null;
  }
  if (isRecord(value)) return textOf(value['name'] ?? value['@value']);
  return null;
}

/** Resolves `{"@id": ...}` references against the page's other nodes, as `@graph` layouts use them. */
export function resolveReference(value: unknown, nodes: JsonLdNode[]): unknown {
  if (!isRecord(value) || Object.keys(value).some((key) => key !== '@id')) return value;
  return nodes.find((node) => node !== value && node['@id'] === value['@id'] && Object.keys(node).length > 1) ?? value;
}
