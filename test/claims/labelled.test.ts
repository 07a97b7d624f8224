// Pins the extractor's quality on the hand-labelled sets (test/fixtures/claims/labelled.json and
// heldout.json): floors in test/fixtures/claims/floors.json, just under the measured figures
// (npm run bench:claims prints them), to be raised, never lowered.
import { describe, expect, it } from 'vitest';
import { scoreLabelled, type LabelledItem } from '../../pipeline/claims/evaluate.ts';
import { readJsonFixture } from '../helpers.ts';

interface Floors {
  precision: number;
  recall: number;
  modality_accuracy: number;
}
const floors = readJsonFixture<{ labelled: Floors; heldout: Floors }>('claims/floors.json');
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
    expect(score.precision).toBeGreaterThanOrEqual(floors.labelled.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floors.labelled.recall);
    expect(score.modalityAccuracy).toBeGreaterThanOrEqual(floors.labelled.modality_accuracy);
  });

  it('keeps its floors on the held-out set, which was never used for tuning', () => {
    const heldOut = readJsonFixture<{ items: LabelledItem[] }>('claims/heldout.json').items;
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    const score = scoreLabelled(heldOut);
    expect(score.precision).toBeGreaterThanOrEqual(floors.heldout.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floors.heldout.recall);
    expect(score.modalityAccuracy).toBeGreaterThanOrEqual(floors.heldout.modality_accuracy);
  });

  it('finds no claim in sentences that name actors without relating them', () => {
    const score = scoreLabelled(items.filter((i) => i.claims.length === 0));
    expect(score.predicted).toBe(0);
  });
});
