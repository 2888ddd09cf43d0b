/** The page's `<meta>` tags, indexed once by every key they declare. */

export interface MetaTags {
  /** First non-empty value of `key` (lower-case: `og:title`, `article:published_time`, `author`). */
  first(key: string): string | null;
  all(key: string): string[];
}

/**
 * `property`, `name` and `http-equiv` keys; `property` may list several space-separated keys. `itemprop`
 * metas are microdata and are read with their item scope instead.
 */
export function readMetaTags(metas: Element[]): MetaTags {
  const values = new Map<string, string[]>();
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('http-equiv')]
      .flatMap((attribute) => attribute?.toLowerCase().split(/\s+/) ?? [])
      .filter(Boolean);
    for (const key of new Set(keys)) {
      const list = values.get(key);
      if (list) list.push(content);
      else values.set(key, [content]);
    }
  }
  return {
    first: (key) => values.get(key)?.[0] ?? null,
    all: (key) => values.get(key) ?? [],
  };
}
