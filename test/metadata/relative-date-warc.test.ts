// Relative date lines ("vor 3 Tagen", "Updated 2 hours ago") on pages read from a web archive: the
// record's WARC-Date is the capture time they are counted back from. The archive
// (test/fixtures/metadata-warc/relative-dates.warc) holds three pages, each with its date line alone
// under the headline; without the capture time the same pages state no day.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../pipeline/clean/index.ts';
import type { Capture } from '../../pipeline/ingest/capture.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { readWarc } from '../../pipeline/ingest/warc.ts';
import { extractMetadata } from '../../pipeline/metadata/index.ts';
import { FIXTURES } from '../helpers.ts';

async function archivedCaptures(): Promise<Capture[]> {
  const captures: Capture[] = [];
  for await (const item of readWarc(join(FIXTURES, 'metadata-warc'), 'relative-dates.warc')) {
    if ('error' in item) throw item.error;
    captures.push(item.capture);
  }
  return captures;
}

const publishedOf = (capture: Capture) => {
  const page = toPage(capture);
  return extractMetadata(page, cleanPage(page));
};

describe('relative date lines counted back from the capture time', () => {
  it('reads each record with its capture time', async () => {
    const captures = await archivedCaptures();
    expect(captures.map((capture) => capture.capturedAt)).toEqual(['2024-03-10T08:00:00Z', '2024-03-10T14:00:00Z', '2024-03-10T14:00:00Z']);
  });

  it('dates "vor 3 Tagen" and "Updated 2 hours ago" (an update) from the WARC-Date, and leaves "3 months ago" (no day stated) undated', async () => {
    const results = (await archivedCaptures()).map(publishedOf);
    expect(results.map(({ fields }) => fields.published)).toEqual(['2024-03-07', '2024-03-10', null]);
    expect(results[0]!.provenance.published).toBe('text:relative-date(capture)');
    // "Updated …" dates a revision: kept as the update, which stands in for the publication.
    expect(results.map(({ fields }) => fields.updated)).toEqual([null, '2024-03-10', null]);
  });

  it('states no day for the same pages without a capture time', async () => {
    const results = (await archivedCaptures()).map((capture) => publishedOf({ ...capture, capturedAt: null }));
    expect(results.map(({ fields }) => fields.published)).toEqual([null, null, null]);
  });
});
