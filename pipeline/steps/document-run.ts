// What step `document` (document.ts) runs: a capture becomes its document record — the page read
// (ingest), cleaned of its chrome (clean), and what it states about itself (metadata) — with the
// cleaner's blocks for the audit view. The document's warnings that deserve a line in the build
// report are its notes. Loaded by the threads that run the step, never by a build's main thread.
import { cleanPage, type Cleaned } from '../clean/index.ts';
import type { Capture } from '../ingest/capture.ts';
import { toPage } from '../ingest/page.ts';
import { extractMetadata } from '../metadata/index.ts';
import type { BlockRecord } from '../records/block.ts';
import type { DocumentRecord, WarningCode } from '../records/document.ts';
import { countMatches } from '../text/regex.ts';
import { inStage, type DocumentInput, type Line, type Outcome } from './step.ts';

export const documentId = (sha256: string) => `doc_${sha256.slice(0, 16)}`;

/** A word as the published word count counts it: letters and digits, joined inside by an apostrophe, a dot or a hyphen. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export const countWords = (text: string): number => countMatches(WORD, text);

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

/** Document warnings that also deserve a line in the build report, and what they mean. */
const REPORTED_WARNINGS: Partial<Record<WarningCode, string>> = {
  decoding_replaced_characters: 'invalid byte sequences for its character encoding were replaced with U+FFFD; the text is otherwise kept',
  charset_sniffer_failed: 'the charset sniffer failed on its <meta> tags; the encoding was read from them the tolerant way, or from the bytes',
  html_nesting_flattened: 'HTML nested deeper than the parser limit: the deepest tags were dropped, their text kept',
  no_main_text:
    'no main text found: every way of finding it (container, page hints, paragraph classifier, JSON-LD) gave nothing; the document is kept with an empty text, and its extraction.reason says why',
};

/** The step's outcome for one capture: its document and blocks, and its warnings that make report lines. */
export function documentOutcome({ capture }: DocumentInput): Outcome {
  const { document, cleaned } = documentOf(capture);
  const notes: Line[] = [];
  for (const warning of document.warnings) {
    const message = REPORTED_WARNINGS[warning];
    if (message) notes.push({ stage: 'ingest', code: warning, severity: 'warning', message });
  }
  return { parts: { document, blocks: blockRecords(document.id, cleaned) }, notes };
}
