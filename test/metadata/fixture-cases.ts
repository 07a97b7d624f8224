// The metadata fixtures (test/fixtures/metadata/): one small page per metadata source and per
// byline/date style, each with the exact values it states (null or [] where it states nothing).
// Shared by the fixture tests and by bench/metadata.ts, which scores them field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPage } from '../../pipeline/clean/index.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { extractMetadata, type Metadata, type MetadataFields } from '../../pipeline/metadata/index.ts';

export const METADATA_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'metadata');

export interface FixtureCase {
  /** The capture's file name (`by-two-names.txt`). */
  file: string;
  format: 'html' | 'text';
  about: string;
  /** The fields the page is checked on, with their exact expected values. */
  expected: Partial<MetadataFields>;
}

export function fixtureCases(): FixtureCase[] {
  return readdirSync(METADATA_FIXTURES)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => {
      const file = name.slice(0, -'.expected.json'.length);
      const { about, fields } = JSON.parse(readFileSync(join(METADATA_FIXTURES, name), 'utf8')) as { about: string; fields: Partial<MetadataFields> };
      return { file, format: file.endsWith('.html') ? 'html' : 'text', about, expected: fields };
    });
}

/** Runs ingest → clean → metadata on a fixture, as the pipeline does. */
export function runFixture(file: string): Metadata {
  const page = toPage(decodeCapture(file, readFileSync(join(METADATA_FIXTURES, file))));
  return extractMetadata(page, cleanPage(page));
}

export type FixtureOutcome = 'right' | 'wrong' | 'missing' | 'invented' | 'none';

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** Exact comparison: right, wrong, missing (stated but not read), invented (read but not stated), none. */
export function judgeField(ours: unknown, expected: unknown): FixtureOutcome {
  if (isEmpty(expected)) return isEmpty(ours) ? 'none' : 'invented';
  if (isEmpty(ours)) return 'missing';
  return JSON.stringify(ours) === JSON.stringify(expected) ? 'right' : 'wrong';
}
