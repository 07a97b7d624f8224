// The article body as the page declares it in JSON-LD (`articleBody`), split into paragraphs: a
// last resort when the DOM yields almost nothing (pages that render their text with scripts).
import type { JsonLdNode } from '../../ingest/jsonld.ts';

export function articleBodyHint(jsonLd: readonly JsonLdNode[]): string[] | null {
  for (const node of jsonLd) {
    const body = node.articleBody;
    if (typeof body !== 'string' || body.trim().length === 0) continue;
    const paragraphs = body
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (paragraphs.length) return paragraphs;
  }
  return null;
}
