// The per-capture chain: Capture → clean → metadata → Document → claims. Pure and synchronous, so
// the executor may run it anywhere (this thread, a worker, another machine) and cache its result.
import { cleanPage, type Cleaned } from '../clean/index.ts';
import { extractClaims } from '../claims/index.ts';
import type { Capture } from '../ingest/capture.ts';
import { toPage } from '../ingest/page.ts';
import { extractMetadata } from '../metadata/index.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { BlockRecord } from '../records/block.ts';
import type { DocumentRecord, WarningCode } from '../records/document.ts';

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

/** A stage threw: carries which one, so the build report can say where a capture failed. */
export class StageError extends Error {
  constructor(
    readonly stage: 'clean' | 'metadata' | 'claims',
    readonly cause: unknown,
  ) {
    super(`${stage} failed: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    this.name = 'StageError';
  }
}

function inStage<T>(stage: StageError['stage'], run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new StageError(stage, error);
  }
}

export function processCapture(capture: Capture): Processed {
  const { document, cleaned } = documentOf(capture);
  return { document, claims: claimsOf(document), cleaned };
}

/** The document record of a capture: clean and metadata stages. */
export function documentOf(capture: Capture): { document: DocumentRecord; cleaned: Cleaned } {
  const page = inStage('clean', () => toPage(capture));
  const cleaned = inStage('clean', () => cleanPage(page));
  const metadata = inStage('metadata', () => extractMetadata(page, cleaned));
  const warnings = new Set<WarningCode>(metadata.warnings);
  if (capture.replacedCharacters) warnings.add('decoding_replaced_characters');
  if (capture.charsetSniffFailed) warnings.add('charset_sniffer_failed');
  if (page.flattened) warnings.add('html_nesting_flattened');
  // An empty text is never silent: the cleaner tried every way it has, and says why none held.
  if (cleaned.extraction.method === 'none') warnings.add('no_main_text');
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
      captured_at: capture.capturedAt,
    },
    ...metadata.fields,
    text: cleaned.text,
    markdown: cleaned.markdown,
    word_count: countWords(cleaned.text),
    extraction: cleaned.extraction,
    warnings: [...warnings].sort(),
    provenance: Object.fromEntries(Object.entries(metadata.provenance).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  return { document, cleaned };
}

/** The cleaner's blocks as published records, for the audit view. */
export function blockRecords(documentId: string, cleaned: Cleaned): BlockRecord[] {
  return cleaned.blocks.map((block, position) => ({
    document_id: documentId,
    position,
    kind: block.kind,
    kept: block.kept,
    reason: block.kept ? null : block.reason || block.kind,
    text: block.text,
    start: block.span?.start ?? null,
    end: block.span?.end ?? null,
  }));
}

/** The claims stage over a document record. */
export function claimsOf(document: DocumentRecord): ClaimRecord[] {
  return inStage('claims', () => extractClaims({ id: document.id, text: document.text, language: document.language, published: document.published }));
}
