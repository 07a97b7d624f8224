// The page's <meta> tags as a lookup: every name / property / itemprop / http-equiv key (lower-cased;
// space-separated properties split) → its contents in document order. Read once, queried by source.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { elementsByTag } from '../../ingest/dom-index.ts';

export type MetaTags = Map<string, string[]>;

/**
 * schema.org types of the items a page embeds beside its own story: a video or image (a player's
 * upload date), a comment or review (its writer's), an offer, a person or organisation. An itemprop
 * inside such an item states that item's value, not the page's ("datePublished" of a clip uploaded
 * the day after the article).
 */
const EMBEDDED_ITEM_TYPE =
  /schema\.org\/(?:VideoObject|ImageObject|AudioObject|MediaObject|Clip|Comment|Review|Rating|AggregateRating|Offer|Person|Organization)\b/i;

/** Whether an element's itemprop belongs to an embedded item (EMBEDDED_ITEM_TYPE): the nearest itemscope around or on it. */
export function inEmbeddedItem(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent as Element | null) {
    if (node.type !== 'tag') return false;
    // The item an itemprop belongs to is the nearest enclosing itemscope, not one the element opens itself.
    if (node !== element && node.attribs.itemscope !== undefined) return EMBEDDED_ITEM_TYPE.test(node.attribs.itemtype ?? '') && isPartOfAnotherItem(node);
  }
  return false;
}

/**
 * Whether an item is a property of another (it carries an itemprop, or sits inside another item):
 * the page's outermost item is its own story even when it is a Review or a VideoObject (a review
 * page, a video page), and its dates and author are the page's.
 */
function isPartOfAnotherItem(item: Element): boolean {
  if (item.attribs.itemprop !== undefined) return true;
  for (let node = item.parent as Element | null; node && node.type === 'tag'; node = node.parent as Element | null)
    if (node.attribs.itemscope !== undefined) return true;
  return false;
}

export function readMetaTags($: CheerioAPI): MetaTags {
  const tags: MetaTags = new Map();
  // Keys stated through `property` (RDFa: Open Graph, Dublin Core as dc:x), with their contents.
  const viaProperty: MetaTags = new Map();
  const keysOf = (value: string | undefined) =>
    (value ?? '')
      .toLowerCase()
      .split(/\s+/)
      // `dc:title` (RDFa) and `DC.title` (HTML meta) are the same Dublin Core element.
      .map((key) => key.replace(/^(dc|dcterms):/, '$1.'))
      .filter(Boolean);
  for (const el of elementsByTag($, 'meta')) {
    const attribs = (el as { attribs?: Record<string, string> }).attribs ?? {};
    const content = attribs.content?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const itemprop = attribs.itemprop !== undefined && inEmbeddedItem(el) ? undefined : attribs.itemprop;
    const keys = [attribs.name, attribs.property, itemprop, attribs['http-equiv']].flatMap((value) => keysOf(value));
    for (const key of new Set(keys)) {
      const list = tags.get(key) ?? [];
      list.push(content);
      tags.set(key, list);
    }
    for (const key of new Set(keysOf(attribs.property))) viaProperty.set(key, [...(viaProperty.get(key) ?? []), content]);
  }
  // A key stated both as name= and as property= is one statement made twice for two kinds of
  // readers, not a list (several authors come as several tags of one form): the RDFa form, which
  // the vocabularies define, stands for it.
  for (const [key, values] of viaProperty) if ((tags.get(key)?.length ?? 0) > values.length) tags.set(key, values);
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
    if (values?.length) return { values, key };
  }
  return null;
}
