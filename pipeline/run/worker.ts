// The worker-thread task: one capture file (or one web archive of many captures), from its path to
// cached document and claims entries and a small summary per capture. Runs in a piscina pool so
// CPU-heavy stages use every core and a runaway capture can be stopped.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Capture } from '../ingest/capture.ts';
import { isWebArchivePath } from '../ingest/decode.ts';
import { IngestError } from '../ingest/errors.ts';
import { readCapture } from '../ingest/read.ts';
import { readWarc } from '../ingest/warc.ts';
import type { Problem } from '../records/report.ts';
import { claimsEntryPath, documentEntryPath, readJson, writeJsonAtomically, type ClaimsEntry, type DocumentEntry } from './cache.ts';
import type { StageKeys } from './code-version.ts';
import { minhashSignature } from './near-duplicates.ts';
import { blockRecords, claimsOf, documentId, documentOf, StageError } from './process.ts';

export interface CaptureTask {
  root: string;
  path: string;
  /** The SHA-256 of the file when the stat index vouches for it, so the bytes need not be read. */
  knownSha256: string | null;
  cacheDir: string;
  keys: StageKeys;
  maxContentBytes: number;
}

export interface CaptureSummary {
  path: string;
  sha256: string | null;
  id: string | null;
  textEmpty: boolean;
  /** Why the cleaner found no article text (its extraction reason), when it found none. */
  emptyReason?: string | null;
  claimCount: number;
  signature: number[] | null;
  /** Document warnings worth a line in the build report. */
  warnings: string[];
  problem: Problem | null;
}

export interface TaskResult {
  /** The file the task read: its size and mtime feed the stat index. */
  file: { path: string; size: number; mtimeMs: number; sha256: string | null };
  summaries: CaptureSummary[];
  /** Notes about the file as a whole (records skipped in a web archive). */
  notes: Problem[];
}

const emptySummary = (path: string): CaptureSummary => ({ path, sha256: null, id: null, textEmpty: true, claimCount: 0, signature: null, warnings: [], problem: null });

function problemFor(path: string, error: unknown): Problem {
  if (error instanceof IngestError) return { path, stage: 'ingest', code: error.code, severity: 'error', message: error.message };
  if (error instanceof StageError) return { path, stage: error.stage, code: 'internal_error', severity: 'error', message: `internal error: ${error.message}` };
  return { path, stage: 'process', code: 'internal_error', severity: 'error', message: `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
}

async function cachedEntries(task: CaptureTask, sha256: string): Promise<{ doc: DocumentEntry; claims: ClaimsEntry } | null> {
  const doc = await readJson<DocumentEntry>(documentEntryPath(task.cacheDir, task.keys.document, sha256));
  const claims = doc && (await readJson<ClaimsEntry>(claimsEntryPath(task.cacheDir, task.keys.claims, sha256)));
  return doc && claims ? { doc, claims } : null;
}

/** Runs the stages a capture's cache entries lack, and writes them. */
async function entriesOf(task: CaptureTask, capture: Capture): Promise<{ doc: DocumentEntry; claims: ClaimsEntry }> {
  const docPath = documentEntryPath(task.cacheDir, task.keys.document, capture.sha256);
  let doc = await readJson<DocumentEntry>(docPath);
  if (!doc) {
    const { document, cleaned } = documentOf(capture);
    doc = { document, blocks: blockRecords(document.id, cleaned), signature: minhashSignature(document.text) };
    await writeJsonAtomically(docPath, doc);
  }
  const claimsPath = claimsEntryPath(task.cacheDir, task.keys.claims, capture.sha256);
  let claims = await readJson<ClaimsEntry>(claimsPath);
  if (!claims) {
    claims = { claims: claimsOf(doc.document) };
    await writeJsonAtomically(claimsPath, claims);
  }
  return { doc, claims };
}

function summarise(path: string, sha256: string, entries: { doc: DocumentEntry; claims: ClaimsEntry }): CaptureSummary {
  const { doc, claims } = entries;
  return {
    path,
    sha256,
    id: documentId(sha256),
    textEmpty: doc.document.text.trim() === '',
    emptyReason: doc.document.text.trim() === '' ? doc.document.extraction.reason : null,
    claimCount: claims.claims.length,
    signature: doc.signature,
    warnings: doc.document.warnings,
    problem: null,
  };
}

async function processArchive(task: CaptureTask, result: TaskResult): Promise<void> {
  const archive = readWarc(task.root, task.path, { maxContentBytes: task.maxContentBytes });
  for (;;) {
    const next = await archive.next();
    if (next.done) {
      if (next.value > 0) result.notes.push({ path: task.path, stage: 'ingest', code: 'warc_records_skipped', severity: 'info', message: `${next.value} records skipped (requests, metadata, non-HTML or non-200 responses)` });
      return;
    }
    const item = next.value;
    if ('error' in item) {
      result.summaries.push({ ...emptySummary(item.path), problem: problemFor(item.path, item.error) });
      continue;
    }
    try {
      result.summaries.push(summarise(item.path, item.capture.sha256, await entriesOf(task, item.capture)));
    } catch (error) {
      result.summaries.push({ ...emptySummary(item.path), sha256: item.capture.sha256, problem: problemFor(item.path, error) });
    }
  }
}

export default async function processTask(task: CaptureTask): Promise<TaskResult> {
  const info = await stat(join(task.root, task.path)).catch(() => null);
  const result: TaskResult = { file: { path: task.path, size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0, sha256: null }, summaries: [], notes: [] };
  try {
    if (isWebArchivePath(task.path)) {
      await processArchive(task, result);
      return result;
    }
    const cached = task.knownSha256 ? await cachedEntries(task, task.knownSha256) : null;
    if (cached) {
      result.file.sha256 = task.knownSha256;
      result.summaries.push(summarise(task.path, task.knownSha256!, cached));
      return result;
    }
    const capture = await readCapture(task.root, task.path, { maxContentBytes: task.maxContentBytes });
    result.file.sha256 = capture.sha256;
    result.summaries.push(summarise(task.path, capture.sha256, await entriesOf(task, capture)));
  } catch (error) {
    // A damaged archive keeps the captures read before the damage.
    result.summaries.push({ ...emptySummary(task.path), problem: problemFor(task.path, error) });
  }
  return result;
}
