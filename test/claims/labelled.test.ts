// Pins the extractor's quality on the hand-labelled set: floors just under the measured figures
// (npm run bench:claims prints them), to be raised, never lowered.
import { describe, expect, it } from 'vitest';
import { scoreLabelled, type LabelledItem } from '../../pipeline/claims/evaluate.ts';
import { readJsonFixture } from '../helpers.ts';

const { items } = readJsonFixture<{ items: LabelledItem[] }>('claims/labelled.json');

describe('labelled claims set', () => {
  it('is large and varied enough to measure anything', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(items.filter((i) => i.claims.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(items.filter((i) => i.language === 'fr').length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.flatMap((i) => i.claims.map((c) => c.relation))).size).toBe(13);
    expect(new Set(items.flatMap((i) => i.claims.map((c) => c.modality))).size).toBe(5);
  });

  it('keeps precision, recall and modality accuracy above their floors', () => {
    const score = scoreLabelled(items);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.92);
    expect(score.modalityAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps its floors on the held-out set, which was never used for tuning', () => {
    const heldOut = readJsonFixture<{ items: LabelledItem[] }>('claims/heldout.json').items;
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    const score = scoreLabelled(heldOut);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.modalityAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no claim in sentences that name actors without relating them', () => {
    const score = scoreLabelled(items.filter((i) => i.claims.length === 0));
    expect(score.predicted).toBe(0);
  });
});
