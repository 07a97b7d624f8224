// PLACEHOLDER — replaced by the HTML-path cleaner.
import type { CheerioAPI } from 'cheerio';
import type { Cleaned } from '../block.ts';
export function cleanHtml($: CheerioAPI): Cleaned {
  const text = $('p').toArray().map((p) => $(p).text().replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  return { blocks: [], text, markdown: text };
}
