// Picks the JSON-LD node that describes the page's article (Article and its subtypes, or a
// WebPage's mainEntity) and reads typed values off JSON-LD nodes: names, people, dates, lists.
import { decodeHTML } from 'entities';
import type { Author } from '../../records/document.ts';
import { nodeTypes, type JsonLdNode } from '../../ingest/jsonld.ts';

/**
 * Containers that hold other pieces than the page's own (teasers, related lists, comments, asides):
 * the names and dates in them credit and date those pieces.
 */
export const OTHER_PIECES =
  'aside, [class*="related"], [id*="related"], [class*="recommend"], [class*="comment"], [id*="comment"], [class*="sidebar"], [id*="sidebar"], [class*="teaser"], [class*="most-read"], [class*="mostread"], [class*="popular"]';
/** Those, and the page's footer and navigation: no author of the page is credited there. (An article's own <footer> often holds its date, so dates look only at OTHER_PIECES.) */
export const ELSEWHERE = `footer, nav, ${OTHER_PIECES}`;

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
