// Regression test for the text-dump cleaner on hand-made captures (news, blog, journal landing
// page, French page, a page whose related list is longer than the article): token-level F1 of the
// clean text against a hand-written reference must stay above a floor set from measured values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { FIXTURES } from '../../helpers.ts';

const tokens = (text: string) => text.toLowerCase().split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

/** Token-level F1 over multisets, as the extraction benchmark measures it. */
function tokenF1(got: string, reference: string): number {
  const wanted = new Map<string, number>();
  for (const token of tokens(reference)) wanted.set(token, (wanted.get(token) ?? 0) + 1);
  const produced = tokens(got);
  let hits = 0;
  for (const token of produced) {
    const left = wanted.get(token) ?? 0;
    if (left > 0) {
      hits++;
      wanted.set(token, left - 1);
    }
  }
  const precision = produced.length ? hits / produced.length : 0;
  const recall = tokens(reference).length ? hits / tokens(reference).length : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Measured 1.0 on each when written; the floor leaves room for harmless changes only. */
const FLOOR = 0.95;
const CASES = ['news', 'blog', 'journal', 'french', 'long-related'];

describe.each(CASES)('text fixture %s', (name) => {
  const content = readFileSync(join(FIXTURES, 'text', `${name}.txt`), 'utf8');
  const reference = readFileSync(join(FIXTURES, 'text', `${name}.expected.txt`), 'utf8');
  const cleaned = cleanText(content);

  it(`keeps the article text (token F1 ≥ ${FLOOR})`, () => {
    expect(tokenF1(cleaned.text, reference)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('gives every dropped block a reason and every block its place in the capture', () => {
    for (const block of cleaned.blocks) {
      if (!block.kept) expect(block.reason).toBeTruthy();
      expect(block.span).not.toBeNull();
      expect(content.slice(block.span!.start, block.span!.end).length).toBeGreaterThan(0);
    }
  });
});
