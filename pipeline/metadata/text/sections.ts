// Reads the sections (categories) a text dump prints near the title. Renderers often run category
// links together ("NewsPoliticsNorth America"); they are split against the site's
// own menu items found in the same dump, so only labels the site itself uses come out.
import type { Block } from '../../text/blocks.ts';
import { pattern } from '../../lexicon/index.ts';

const CATEGORY_LABEL = pattern('category-label');

/**
 * The labels the site uses in its navigation: short menu lines printed at least twice in the dump
 * (sites repeat their menus in headers, drawers and footers; a one-off line is not a label).
 */
export function menuLabels(blocks: readonly Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'menu' || block.text.length > 40 || /[.!?]$/.test(block.text)) continue;
    const label = block.text.trim();
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([label]) => label));
}

/**
 * Covers `text` exactly with menu labels (spaces between them optional), preferring the cover
 * with the fewest labels. Dynamic programming over character positions: O(length × labels).
 */
export function splitAgainst(text: string, labels: ReadonlySet<string>): string[] | null {
  const candidates = [...labels].filter((label) => label.length >= 2);
  const n = text.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const sofar = best[i];
    if (!sofar) continue;
    let start = i;
    while (text[start] === ' ') start++;
    for (const label of candidates) {
      if (!text.startsWith(label, start)) continue;
      const end = start + label.length;
      const next = [...sofar, label];
      if (!best[end] || best[end]!.length > next.length) best[end] = next;
    }
  }
  let end = n;
  while (end > 0 && text[end - 1] === ' ') end--;
  return best[end] && best[end]!.length > 0 ? best[end] : null;
}

/** Sections printed between the breadcrumb (or the top of the title zone) and the title. */
export function findSections(blocks: readonly Block[], titleIndex: number | null): string[] {
  if (titleIndex === null) return [];
  const labels = menuLabels(blocks);
  for (let i = titleIndex - 1; i >= Math.max(0, titleIndex - 4); i--) {
    const block = blocks[i]!;
    if (block.kind === 'breadcrumb') break;
    const labelled = CATEGORY_LABEL.exec(block.text);
    if (labelled)
      return block.text
        .slice(labelled[0].length)
        .split(/\s*[,;|•·]\s*/u)
        .filter(Boolean);
    if (block.text.length > 120 || /[.!?]$/.test(block.text)) continue;
    const split = splitAgainst(block.text, labels);
    if (split && split.length >= 1 && new Set(split).size === split.length) return split;
  }
  return [];
}
