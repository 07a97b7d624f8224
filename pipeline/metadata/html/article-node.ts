// Picks the JSON-LD node that describes the page's article (Article and its subtypes, or a
// WebPage's mainEntity) and reads typed values off JSON-LD nodes: names, people, dates, lists.
import { isTag, type Element, type ParentNode } from 'domhandler';
import { decodeHTML } from 'entities';
import type { Author } from '../../records/document.ts';
import { nodeTypes, type JsonLdNode } from '../../ingest/jsonld.ts';

/**
 * A kind of container told by its tag names and by words its class or id holds (`[class*="…"]`):
 * written once, it gives both the CSS selector (for cheerio) and the same test on one element, which
 * `within` runs up an element's ancestors. cheerio's `closest(selector)` parses and compiles the
 * selector again on every call, for every element asked about, which cost a sixth of the authors'
 * reading. The test is css-select's for these selectors in HTML: the tag's name, and the attribute's
 * value holding the word with its case (class and id are not among HTML's case-blind attributes).
 */
interface Container {
  tags: readonly string[];
  inClass: readonly string[];
  inId: readonly string[];
}

const selectorOf = ({ tags, inClass, inId }: Container): string =>
  [...tags, ...inClass.map((word) => `[class*="${word}"]`), ...inId.map((word) => `[id*="${word}"]`)].join(', ');

const testOf =
  ({ tags, inClass, inId }: Container) =>
  (el: Element): boolean => {
    if (tags.includes(el.name)) return true;
    const { class: classes, id } = el.attribs;
    return (classes !== undefined && inClass.some((word) => classes.includes(word))) || (id !== undefined && inId.some((word) => id.includes(word)));
  };

/**
 * Containers that hold other pieces than the page's own (teasers, related lists, comments, asides):
 * the names and dates in them credit and date those pieces.
 */
const OTHER_PIECE_CONTAINERS: Container = {
  tags: ['aside'],
  inClass: ['related', 'recommend', 'comment', 'sidebar', 'teaser', 'most-read', 'mostread', 'popular'],
  inId: ['related', 'comment', 'sidebar'],
};
/** Those, and the page's footer and navigation: no author of the page is credited there. (An article's own <footer> often holds its date, so dates look only at OTHER_PIECES.) */
const ELSEWHERE_CONTAINERS: Container = { ...OTHER_PIECE_CONTAINERS, tags: ['footer', 'nav', ...OTHER_PIECE_CONTAINERS.tags] };
/** The comments section. */
const COMMENT_CONTAINERS: Container = { tags: [], inClass: ['comment'], inId: ['comment'] };

export const OTHER_PIECES = selectorOf(OTHER_PIECE_CONTAINERS);
export const isOtherPiece = testOf(OTHER_PIECE_CONTAINERS);
export const isElsewhere = testOf(ELSEWHERE_CONTAINERS);
export const isComments = testOf(COMMENT_CONTAINERS);

/** `$(el).closest(selector).length > 0` for the selector `test` stands for: is the element, or an element above it, one? */
export function within(el: Element, test: (el: Element) => boolean): boolean {
  for (let at: ParentNode | null = el; at !== null && isTag(at); at = at.parent) if (test(at)) return true;
  return false;
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicRiskNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'TechArticle',
  'APIReference',
  'Report',
  'SatiricalArticle',
  'AdvertiserContentArticle',
  'Review',
  'Thesis',
  'Chapter',
  'Book',
  'CreativeWork',
  'DiscussionForumPosting',
  'Legislation',
]);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'QAPage', 'CollectionPage', 'MedicalWebPage']);

export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  // Prefer the most specific article type: a NewsArticle over a generic CreativeWork.
  let best: JsonLdNode | null = null;
  let bestRank = Infinity;
  for (const node of nodes) {
    for (const type of nodeTypes(node)) {
      if (!ARTICLE_TYPES.has(type)) continue;
      const rank = type === 'CreativeWork' || type === 'Book' ? 2 : 1;
      if (rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
  }
  if (best) return best;
  for (const node of nodes) {
    if (!nodeTypes(node).some((type) => PAGE_TYPES.has(type))) continue;
    const main = node.mainEntity;
    if (main && typeof main === 'object' && !Array.isArray(main)) return main as JsonLdNode;
    return node;
  }
  return null;
}

/** A plain string from a JSON-LD value (string, {name}, {@value}, first of an array). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const cleaned = decodeEntities(value).replace(/\s+/g, ' ').trim();
    return cleaned || null;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return text(record.name ?? record['@value'] ?? null);
  }
  return null;
}

/** Every string of a JSON-LD list value (array or comma-separated string). */
export function textList(value: unknown, splitCommas = true): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: string[] = [];
  for (const item of items) {
    const found = text(item);
    if (!found) continue;
    if (splitCommas && typeof item === 'string') out.push(...found.split(/\s*[,;]\s*/).filter(Boolean));
    else out.push(found);
  }
  return out;
}

/** People and organisations named by a JSON-LD author / creator value. */
export function agents(value: unknown): Author[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: Author[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      const name = text(item);
      if (name && !/^https?:/i.test(name)) out.push({ name, type: 'person' });
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const node = item as JsonLdNode;
    const name = text(node.name);
    if (!name || /^https?:/i.test(name)) continue;
    const organisation = nodeTypes(node).some((type) =>
      /Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|NGO|EducationalOrganization/.test(type),
    );
    out.push({ name, type: organisation ? 'organization' : 'person' });
  }
  return out;
}

/**
 * JSON-LD written by templates often carries HTML entities (`&amp;`, `&#8217;`, `&eacute;`): decoded
 * as a browser decodes text, so every named entity is known and an out-of-range number becomes U+FFFD
 * instead of throwing.
 */
export function decodeEntities(value: string): string {
  return value.includes('&') ? decodeHTML(value) : value;
}
