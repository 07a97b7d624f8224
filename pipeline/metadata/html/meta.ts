// The page's <meta> tags as a lookup: every name / property / itemprop / http-equiv key (lower-cased;
// space-separated properties split) → its contents in document order. Read once, queried by source.
import type { CheerioAPI } from 'cheerio';

export type MetaTags = Map<string, string[]>;

export function readMetaTags($: CheerioAPI): MetaTags {
  const tags: MetaTags = new Map();
  $('meta').each((_, el) => {
    const attribs = (el as { attribs?: Record<string, string> }).attribs ?? {};
    const content = attribs.content?.replace(/\s+/g, ' ').trim();
    if (!content) return;
    const keys = [attribs.name, attribs.property, attribs.itemprop, attribs['http-equiv']]
      .filter((key): key is string => typeof key === 'string')
      .flatMap((key) => key.toLowerCase().split(/\s+/))
      // `dc:title` (RDFa) and `DC.title` (HTML meta) are the same Dublin Core element.
      .map((key) => key.replace(/^(dc|dcterms):/, '$1.'))
      .filter(Boolean);
    for (const key of new Set(keys)) {
      const list = tags.get(key) ?? [];
      list.push(content);
      tags.set(key, list);
    }
  });
  return tags;
}

/** The first content among `keys`, with the key it was found under. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): { value: string; key: string } | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return { value, key };
  }
  return null;
}

/** Every content under the first of `keys` that has any. */
export function allMeta(tags: MetaTags, keys: readonly string[]): { values: string[]; key: string } | null {
  for (const key of keys) {
    const values = tags.get(key);
    if (values && values.length) return { values, key };
  }
  return null;
}
