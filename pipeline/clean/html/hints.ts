// The article body as the page declares it in JSON-LD (`articleBody`), split into paragraphs: a
// last resort when the DOM yields almost nothing (pages that render their text with scripts).
// Markup and entities in it are read as a browser shows them.
import type { JsonLdNode } from '../../ingest/jsonld.ts';
import { unmarkup } from '../markup.ts';

export function articleBodyHint(jsonLd: readonly JsonLdNode[]): string[] | null {
  for (const node of jsonLd) {
    const body = node.articleBody;
    if (typeof body !== 'string' || body.trim().length === 0) continue;
    // Templates often write the body as HTML (<p>, <br>, &eacute;): read it as the page would show it.
    const paragraphs = unmarkup(body)
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (paragraphs.length) return paragraphs;
  }
  return null;
}
