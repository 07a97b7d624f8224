// The highlighting behind the document view: every claim's highlighted runs spell out exactly its
// evidence, also when evidence spans overlap or nest.
import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { ClaimRecord } from '../../pipeline/records/claim.ts';
import { highlightedText, segmentText } from '../../pipeline/publish/explorer/app/highlight.ts';
import { sampleClaim } from '../sample-claim.ts';

const TEXT = [
  'Algeria signed a contract with Russia in 2006 for 28 Su-30MKA fighters worth $7.5 billion.',
  'Analysts said Moscow may also supply air-defence systems.',
  'The two countries held joint naval exercises in 2021.',
].join('\n\n');

function claimAt(sentence: string, fields: Partial<ClaimRecord> = {}): ClaimRecord {
  const start = TEXT.indexOf(sentence);
  return sampleClaim({
    id: `clm_${String(start).padStart(16, '0')}`,
    text: sentence,
    start,
    end: start + sentence.length,
    time: { value: '2006', text: 'in 2006' },
    quantities: [{ text: '$7.5 billion', value: 7.5e9, unit: 'USD' }],
    confidence: 0.9,
    extractor: 'pagepress-claims@1.0.0',
    ...fields,
  });
}

describe('segmentText', () => {
  const contract = claimAt('Algeria signed a contract with Russia in 2006 for 28 Su-30MKA fighters worth $7.5 billion.');
  const supply = claimAt('Analysts said Moscow may also supply air-defence systems.', { modality: 'hedged', time: null, quantities: [] });
  // A second claim on part of the first sentence, to make spans overlap.
  const partial = claimAt('Russia in 2006 for 28 Su-30MKA fighters', { relation: 'military_cooperation' });
  const claims = [contract, supply, partial];

  it('builds claim records that the schema accepts', () => {
    for (const claim of claims) {
      expect(Value.Check(ClaimRecord, claim)).toBe(true);
      expect(TEXT.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('highlights exactly the evidence of every claim, overlapping or not', () => {
    const runs = segmentText(
      TEXT.length,
      claims.map((c, i) => ({ start: c.start, end: c.end, claim: i })),
    );
    for (const [i, claim] of claims.entries()) expect(highlightedText(TEXT, runs, i)).toBe(claim.text);
    expect(runs.map((r) => TEXT.slice(r.start, r.end)).join('')).toBe(TEXT);
    expect(runs[0]).toEqual({ start: 0, end: TEXT.indexOf('Russia in 2006'), claims: [0] });
    const shared = runs.find((r) => r.claims.length === 2)!;
    expect(TEXT.slice(shared.start, shared.end)).toBe(partial.text);
    expect(runs.filter((r) => r.claims.length === 0).map((r) => TEXT.slice(r.start, r.end))).toEqual([
      '\n\n',
      '\n\nThe two countries held joint naval exercises in 2021.',
    ]);
  });

  it('leaves out spans that do not fit the text instead of highlighting something else', () => {
    const runs = segmentText(10, [
      { start: 5, end: 40, claim: 0 },
      { start: 3, end: 3, claim: 1 },
    ]);
    expect(runs).toEqual([{ start: 0, end: 10, claims: [] }]);
  });
});
