// PLACEHOLDER — replaced by the text-path cleaner.
import type { Cleaned } from '../block.ts';
export function cleanText(content: string): Cleaned {
  const text = content.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  return { blocks: [], text, markdown: text };
}
