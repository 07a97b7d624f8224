// Fuzzing the text and HTML paths with random and mutated captures: no crash, and every record
// valid against the published schemas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { IngestError } from '../../pipeline/ingest/errors.ts';
import { PUBLISHED_SCHEMAS } from '../../pipeline/records/index.ts';
import { processCapture } from '../../pipeline/run/process.ts';
import { FIXTURES } from '../helpers.ts';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const validateDocument = ajv.compile(PUBLISHED_SCHEMAS.find((s) => s.file === 'document.schema.json')!.schema);
const validateClaim = ajv.compile(PUBLISHED_SCHEMAS.find((s) => s.file === 'claim.schema.json')!.schema);

const seedText = readFileSync(join(FIXTURES, 'seeds', '001_67e2fd2ea150fe7d', 'source.txt'), 'utf8');
const RUNS = 150;

function checkCapture(name: string, content: string | Uint8Array): void {
  let capture: ReturnType<typeof decodeCapture>;
  try {
    capture = decodeCapture(name, typeof content === 'string' ? Buffer.from(content) : content);
  } catch (error) {
    // Rejecting a capture is fine; failing any other way is not.
    expect(error).toBeInstanceOf(IngestError);
    return;
  }
  const { document, claims } = processCapture(capture);
  expect(validateDocument(document), JSON.stringify(validateDocument.errors)).toBe(true);
  for (const claim of claims) {
    expect(validateClaim(claim), JSON.stringify(validateClaim.errors)).toBe(true);
    expect(document.text.slice(claim.start, claim.end)).toBe(claim.text);
  }
}

/** Mutations of a real capture: cut, duplicate, delete and insert spans. */
const mutatedSeed = fc
  .array(fc.tuple(fc.nat(seedText.length), fc.nat(400), fc.constantFrom('cut', 'dup', 'insert'), fc.string({ maxLength: 40 })), { maxLength: 6 })
  .map((edits) =>
    edits.reduce((text, [at, length, kind, insert]) => {
      const start = at % Math.max(1, text.length);
      if (kind === 'cut') return text.slice(0, start) + text.slice(start + length);
      if (kind === 'dup') return text.slice(0, start + length) + text.slice(start, start + length) + text.slice(start + length);
      return text.slice(0, start) + insert + text.slice(start);
    }, seedText),
  );

const tag = fc.constantFrom(
  'div',
  'p',
  'article',
  'main',
  'nav',
  'footer',
  'aside',
  'section',
  'h1',
  'h2',
  'ul',
  'li',
  'a',
  'span',
  'script',
  'table',
  'td',
  'br',
  'time',
  'meta',
);
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.lorem({ maxCount: 30 }),
  fc.tuple(tag, fc.lorem({ maxCount: 20 })).map(([t, text]) => `<${t} class="x">${text}</${t}>`),
  tag.map((t) => `<${t}>`),
  tag.map((t) => `</${t}>`),
  fc.constantFrom(
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
    '<!--',
    '-->',
    '&amp;',
    '&#x0;',
    '<meta property="og:title" content="',
    '"',
    '>',
  ),
);

describe('fuzzing', () => {
  it('survives random text dumps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), (text) => checkCapture('random.txt', text)),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('survives mutated real captures', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => checkCapture('mutated.txt', text)),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it('survives random and broken HTML', () => {
    fc.assert(
      fc.property(fc.array(htmlPiece, { maxLength: 60 }), (pieces) =>
        checkCapture('random.html', `<!doctype html><html><head><title>t</title></head><body>${pieces.join('')}</body></html>`),
      ),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => checkCapture('bytes.txt', bytes)),
      { numRuns: RUNS, seed: 11 },
    );
  });
});
