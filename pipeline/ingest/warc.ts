// Web archives (.warc, .warc.gz — Common Crawl, the Internet Archive, browser crawlers): each
// HTML response (or resource) record becomes a Capture whose URL and capture time come from the
// record's headers; every other record is skipped and counted. Read with warcio, streaming, so an
// archive of any size is never held in memory whole.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import type { Capture } from './capture.ts';
import { decodeCapture, DEFAULT_LIMITS, megabytes, type DecodeLimits } from './decode.ts';
import { IngestError } from './errors.ts';

export type WarcItem = { path: string; capture: Capture } | { path: string; error: IngestError };

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

function headerOf(record: WARCRecord, name: string): string | null {
  const headers = record.httpHeaders?.headers;
  return headers ? (headers.get(name) ?? null) : null;
}

/** Why a record is not a capture, or null when it is one. */
function skipReason(record: WARCRecord): string | null {
  if (record.warcType !== 'response' && record.warcType !== 'resource') return `${record.warcType} record`;
  const status = record.httpHeaders?.statusCode;
  if (record.warcType === 'response' && status !== undefined && Number(status) !== 200) return `HTTP status ${status}`;
  const type = record.warcType === 'response' ? headerOf(record, 'content-type') : (record.warcContentType ?? null);
  if (!type || !HTML_TYPES.test(type)) return `content type ${type ?? 'unknown'}`;
  return null;
}

function charsetOf(contentType: string | null): string | null {
  return /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/**
 * Reads the HTML captures of one archive. Each gets the path `<archive>#<n>` (n counts records
 * from 0), stable for a given file.
 */
export async function* readWarc(root: string, path: string, limits: DecodeLimits = DEFAULT_LIMITS): AsyncGenerator<WarcItem, number> {
  let skipped = 0;
  let index = -1;
  let parser: AsyncGenerator<WARCRecord>;
  try {
    parser = WARCParser.iterRecords(createReadStream(join(root, path)));
  } catch (error) {
    throw new IngestError('unreadable', `cannot read web archive: ${(error as Error).message}`);
  }
  try {
    for await (const record of parser) {
      index++;
      const itemPath = `${path}#${index}`;
      if (skipReason(record)) {
        skipped++;
        await record.skipFully();
        continue;
      }
      if (record.warcContentLength > limits.maxContentBytes) {
        await record.skipFully();
        yield {
          path: itemPath,
          error: new IngestError(
            'too_large',
            `record is ${megabytes(record.warcContentLength)}, over the limit of ${megabytes(limits.maxContentBytes)} (raise it with --max-mb)`,
          ),
        };
        continue;
      }
      const payload = await record.readFully(true);
      const contentType = record.warcType === 'response' ? headerOf(record, 'content-type') : (record.warcContentType ?? null);
      try {
        const capture = decodeCapture(itemPath, payload, limits, {
          format: 'html',
          transportCharset: charsetOf(contentType),
          url: record.warcTargetURI ?? null,
          capturedAt: record.warcDate ?? null,
        });
        yield { path: itemPath, capture };
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        yield { path: itemPath, error };
      }
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('unreadable', `web archive is damaged after record ${index}: ${(error as Error).message}`);
  }
  return skipped;
}
