// The metadata fixtures (test/fixtures/metadata/<case>/): one small page per metadata source and per
// byline/date style, as source.html and/or source.txt, with the exact values it states in
// expected.json (null or [] where it states nothing). Shared by the fixture tests and by
// bench/metadata.ts, which scores them field by field.
import { join } from 'node:path';
import { cleanPage } from '../../pipeline/clean/index.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { extractMetadata, type Metadata, type MetadataFields } from '../../pipeline/metadata/index.ts';
import { stageCases } from '../fixture-cases.ts';
import { FIXTURES, fixtureCapture } from '../helpers.ts';

export const METADATA_FIXTURES = join(FIXTURES, 'metadata');

export interface FixtureCase {
  /** The case folder (`by-two-names`). */
  name: string;
  /** The capture, relative to the metadata fixtures (`by-two-names/source.txt`). */
  file: string;
  format: 'html' | 'text';
  about: string;
  /** The fields the page is checked on, with their exact expected values. */
  expected: Partial<MetadataFields>;
}

/** One case per capture: a folder with both source.html and source.txt gives two, with the same expectations. */
export function fixtureCases(): FixtureCase[] {
  return stageCases('metadata').flatMap((c) => {
    const { about, fields } = c.json<{ about: string; fields: Partial<MetadataFields> }>('expected.json');
    return c.sources.map((source) => ({
      name: c.name,
      file: `${c.name}/${source}`,
      format: source === 'source.html' ? ('html' as const) : ('text' as const),
      about,
      expected: fields,
    }));
  });
}

/** Runs ingest → clean → metadata on a fixture, as the pipeline does. */
export function runFixture(file: string): Metadata {
  const page = toPage(fixtureCapture(join('metadata', file)));
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
