// The shape of the explorer's generated data files, shared by the generator (Node) and the page
// (browser) so both sides agree on it at compile time.
import type { BlockRecord } from '../../records/block.ts';
import type { DocumentRecord } from '../../records/document.ts';
import type { Quantity } from '../../records/claim.ts';

/** Name of the global object every data file registers itself in. */
export const DATA_GLOBAL = 'PAGEPRESS_DATA';

/**
 * What a data file registers: its JSON value gzip-compressed and base64-encoded, which the page
 * inflates (DecompressionStream). The explorer's chunks repeat the text of the documents and blocks
 * beside them, so as plain JSON they were a third of a version's bytes; compressed, a few percent.
 */
export interface PackedData {
  gzipBase64: string;
}

/** Data file keys (also their paths under explore/data/, without ".js"). */
export const INDEX_KEY = 'index';
export const CLAIMS_KEY = 'claims';
export const documentChunkKey = (chunk: number) => `documents/${String(chunk).padStart(4, '0')}`;
export const blockChunkKey = (chunk: number) => `blocks/${String(chunk).padStart(4, '0')}`;

export interface VocabularyEntry {
  name: string;
  definition: string;
}

export interface ActorEntry {
  id: string;
  type: string;
  /** The name the claims use most often for this actor. */
  label: string;
}

/**
 * Everything the tables, counts and network need, loaded once at start. Column-oriented (one array
 * per field) and with repeated strings interned, so 100,000 claims stay a few megabytes.
 */
export interface ExplorerIndex {
  format: 1;
  dataset: { title: string | null; version: string | null };
  /** Whether the version has blocks.jsonl (the audit view needs it). */
  hasBlocks: boolean;
  relations: VocabularyEntry[];
  modalities: VocabularyEntry[];
  actors: ActorEntry[];
  /** Interned strings: actor names as written, attributions, time texts. */
  strings: string[];
  documents: {
    id: string[];
    title: (string | null)[];
    site: (string | null)[];
    published: (string | null)[];
    language: (string | null)[];
    genre: (string | null)[];
    words: number[];
    path: string[];
    /** Number of claims whose document_id is this document. */
    claims: number[];
    /** Which documents/NNNN.js chunk holds the full record. */
    chunk: number[];
    /** Which blocks/NNNN.js chunks hold this document's blocks (usually one, empty without blocks). */
    blockChunks: number[][];
    blocksKept: number[];
    blocksDropped: number[];
  };
  claims: {
    id: string[];
    /** Index into documents, -1 when the document is not in the version. */
    doc: number[];
    start: number[];
    end: number[];
    /** Index into actors. */
    subject: number[];
    /** Index into strings. */
    subjectName: number[];
    object: number[];
    objectName: number[];
    /** Index into relations / modalities. */
    relation: number[];
    modality: number[];
    negative: (0 | 1)[];
    /** Index into strings, -1 for none. */
    attributedTo: number[];
    timeValue: (string | null)[];
    /** Index into strings, -1 for none. */
    timeText: number[];
    quantities: Quantity[][];
    confidence: number[];
    extractor: number[];
    /** 1 when the claim's text is not document.text.slice(start, end) (the page flags it). */
    evidenceMismatch: (0 | 1)[];
  };
  documentChunks: number;
  blockChunks: number;
}

/**
 * The index is published as two files: what the documents table needs (loaded first, so the first
 * table appears without waiting for the claims), and the claim columns with their actors and strings.
 */
export type ClaimParts = 'claims' | 'actors' | 'strings';
export type DocumentsIndex = Omit<ExplorerIndex, ClaimParts>;
export type ClaimsIndex = Pick<ExplorerIndex, ClaimParts>;

/** A document as the document view shows it: the published record without its Markdown rendering. */
export type ExplorerDocument = Omit<DocumentRecord, 'markdown'>;

export interface DocumentChunk {
  documents: ExplorerDocument[];
}

export type ExplorerBlock = Omit<BlockRecord, 'document_id'>;

export interface BlockChunk {
  /** Blocks by document id, in the order blocks.jsonl lists them. */
  blocks: Record<string, ExplorerBlock[]>;
}
