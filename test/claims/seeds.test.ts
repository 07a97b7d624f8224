// Golden test: every claim a careful reader took from the seed captures (claims_expected_at_least)
// is found, on the pipeline's clean text and on the raw capture with its chrome left in. The seeds
// are the folders of test/fixtures/seeds/ (source.txt, expected.json).
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { RELATIONS, ClaimRecord, type Relation } from '../../pipeline/records/claim.ts';
import { extractClaims } from '../../pipeline/claims/index.ts';
import { stageCases } from '../fixture-cases.ts';
import { processFixture } from '../helpers.ts';

interface ExpectedClaim {
  subject: string;
  object: string;
  relation: Relation;
  modality: string;
  time?: string;
  evidence_contains: string;
}
interface SeedAnswers {
  claims_expected_at_least: ExpectedClaim[];
}

const validateClaim = new Ajv2020({ strict: false }).compile(ClaimRecord);

/** The capture's lines joined back into one text, chrome and all: hard wraps undone, nothing removed. */
function rawProse(capture: string): string {
  return capture
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce((text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`), '');
}

function findMatch(claims: ReturnType<typeof extractClaims>, expected: ExpectedClaim) {
  return claims.find((c) => {
    const sameWay = c.subject.id === expected.subject && c.object.id === expected.object;
    const otherWay = !RELATIONS[expected.relation].directed && c.subject.id === expected.object && c.object.id === expected.subject;
    return (
      (sameWay || otherWay) &&
      c.relation === expected.relation &&
      c.modality === expected.modality &&
      (expected.time === undefined || c.time?.value === expected.time) &&
      c.text.includes(expected.evidence_contains)
    );
  });
}

describe.each(stageCases('seeds').map((c) => [c.name, c] as const))('seed %s', (_, seed) => {
  const answers = seed.json<SeedAnswers>('expected.json');
  const processed = processFixture(seed.path('source.txt'));
  const documentText = processed.document.text;

  it('finds every expected claim in the clean text, with exact evidence offsets', () => {
    const claims = processed.claims;
    expect(answers.claims_expected_at_least.length, 'expected.json lists claims_expected_at_least').toBeGreaterThan(0);
    for (const expected of answers.claims_expected_at_least) {
      const match = findMatch(claims, expected);
      expect(match, `${expected.subject} ${expected.relation} ${expected.object}: ${expected.evidence_contains}`).toBeDefined();
      expect(documentText.slice(match!.start, match!.end)).toBe(match!.text);
    }
  });

  it('emits only schema-valid claims of this document, sorted and with unique ids', () => {
    const claims = processed.claims;
    expect(claims.length).toBeGreaterThanOrEqual(answers.claims_expected_at_least.length);
    for (const claim of claims) {
      expect(validateClaim(claim), JSON.stringify(validateClaim.errors)).toBe(true);
      expect(claim.document_id).toBe(processed.document.id);
      expect(documentText.slice(claim.start, claim.end)).toBe(claim.text);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const order = claims.map((c) => [c.start, c.id] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
  });

  it('names every actor by a name, never by a pronoun, and keeps the words of its mention', () => {
    const pronoun = /^(?:it|its|they|them|their|theirs|the two countries|both countries|the country|il|elle|ils|elles|leurs?|les deux pays)$/iu;
    for (const claim of processed.claims) {
      for (const actor of [claim.subject, claim.object]) {
        expect(actor.name, claim.text).not.toMatch(pronoun);
        expect(claim.text.includes(actor.mention) || claim.text.toLowerCase().includes(actor.mention.toLowerCase()), `${actor.mention} :: ${claim.text}`).toBe(
          true,
        );
      }
    }
  });

  it('finds the same claims when the page chrome is still there', () => {
    const text = rawProse(seed.capture('source.txt').content);
    const claims = extractClaims({ id: processed.document.id, text, language: 'en' });
    for (const expected of answers.claims_expected_at_least) {
      expect(findMatch(claims, expected), `${expected.subject} ${expected.relation} ${expected.object}`).toBeDefined();
    }
  });
});
