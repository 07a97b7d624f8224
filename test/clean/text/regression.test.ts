// Regression test for the text-dump cleaner on hand-made captures (test/fixtures/text/<case>/: news,
// blog, journal landing page, French page, a page whose related list is longer than the article):
// token-level F1 of the clean text against the hand-written expected.txt must stay above the floor
// in test/fixtures/text/floors.json, set from measured values; a case with dropped.json must drop
// those blocks as stated, and one with kept.json must keep those pieces of text as they are.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../pipeline/clean/text/index.ts';
import { stageCases, stageFloors, unmatchedDrops, type DroppedFile } from '../../fixture-cases.ts';

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);

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

const FLOOR = stageFloors<{ f1: number }>('text').f1;

describe.each(stageCases('text').map((c) => [c.name, c] as const))('text fixture %s', (_, fixture) => {
  const content = fixture.text('source.txt');
  const reference = fixture.text('expected.txt');
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

  if (fixture.has('kept.json')) {
    it('keeps the pieces of text kept.json lists, as they are', () => {
      const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
      const { texts } = fixture.json<{ texts: string[] }>('kept.json');
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter((text) => !collapse(cleaned.text).includes(collapse(text)))).toEqual([]);
    });
  }

  if (fixture.has('dropped.json')) {
    it('drops the blocks dropped.json lists, each as stated', () => {
      expect(unmatchedDrops(cleaned.blocks, fixture.json<DroppedFile>('dropped.json'))).toEqual([]);
    });
  }
});
