// The per-capture chain: Capture → clean → metadata → Document → claims. Pure and synchronous, so
// the executor may run it anywhere (this thread, a worker, another machine) and cache its result.
import { cleanPage, CLEAN_VERSION, type Cleaned } from '../clean/index.ts';
import { extractClaims, CLAIMS_EXTRACTOR } from '../claims/index.ts';
import type { Capture } from '../ingest/capture.ts';
import { toPage } from '../ingest/page.ts';
import { extractMetadata, METADATA_VERSION } from '../metadata/index.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord, WarningCode } from '../records/document.ts';

/** Changes whenever any stage's output may change: part of every cache key. */
export const PIPELINE_VERSION = `clean@${CLEAN_VERSION}+metadata@${METADATA_VERSION}+${CLAIMS_EXTRACTOR}`;

export interface Processed {
  document: DocumentRecord;
  claims: ClaimRecord[];
  cleaned: Cleaned;
}

export const documentId = (sha256: string) => `doc_${sha256.slice(0, 16)}`;

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

export function processCapture(capture: Capture): Processed {
  const page = toPage(capture);
  const cleaned = cleanPage(page);
  const metadata = extractMetadata(page, cleaned);
  const warnings = new Set<WarningCode>(metadata.warnings);
  if (capture.replacedCharacters) warnings.add('decoding_replaced_characters');
  if (page.flattened) warnings.add('html_nesting_flattened');
  const document: DocumentRecord = {
    id: documentId(capture.sha256),
    source: {
      path: capture.path,
      sha256: capture.sha256,
      bytes: capture.bytes,
      content_bytes: capture.contentBytes,
      compression: capture.compression,
      format: capture.format,
      encoding: capture.encoding,
      duplicate_paths: [],
    },
    ...metadata.fields,
    text: cleaned.text,
    markdown: cleaned.markdown,
    word_count: countWords(cleaned.text),
    warnings: [...warnings].sort(),
    provenance: Object.fromEntries(Object.entries(metadata.provenance).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  const claims = extractClaims({ id: document.id, text: document.text, language: document.language });
  return { document, claims, cleaned };
}
