// Reads the page's JSON-LD blocks into a flat list of nodes (top-level objects, arrays and @graph
// members), tolerating the breakage found in the wild: HTML comments and CDATA around the JSON,
// trailing commas, raw line breaks inside strings. A block that still cannot be read is skipped.
// Read once per page in ingest (Page.jsonLd); the cleaner and metadata use that list.
import type { CheerioAPI } from 'cheerio';
import { elementsByTag } from './dom-index.ts';

export type JsonLdNode = Record<string, unknown>;

function parseLenient(source: string): unknown {
  const stripped = source
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!stripped) return null;
  try {
    return JSON.parse(stripped);
  } catch {
    // Trailing commas and raw control characters are the common faults; fix them and try once more.
    const repaired = stripped.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

/** Types of a node, as plain names (`schema:NewsArticle` and `https://schema.org/NewsArticle` → NewsArticle). */
export function nodeTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

const JSON_LD_TYPES = new Set(['application/ld+json', 'application/ld+json; charset=utf-8']);

/** Every JSON-LD object on the page, flattened out of arrays and @graph, in document order. */
export function jsonLdNodes($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // $('script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]'),
  // read off the page's element index (css-select compares type without case in HTML).
  for (const script of elementsByTag($, 'script')) {
    const type = script.attribs.type;
    if (type === undefined || !JSON_LD_TYPES.has(type.toLowerCase())) continue;
    const parsed = parseLenient($(script).text());
    const queue: unknown[] = [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const node = item as JsonLdNode;
        const graph = node['@graph'];
        if (graph !== undefined) queue.push(...(Array.isArray(graph) ? graph : [graph]));
        if (node['@type'] !== undefined) nodes.push(node);
      }
    }
  }
  return nodes;
}
