// The worker-thread task: one capture, from its path to cached document and claims entries. Runs
// in a piscina pool so CPU-heavy stages use every core and a runaway capture can be stopped.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../ingest/errors.ts';
import { readCapture } from '../ingest/read.ts';
import type { Problem } from '../records/report.ts';
import { claimsEntryPath, documentEntryPath, readJson, writeJsonAtomically, type ClaimsEntry, type DocumentEntry } from './cache.ts';
import type { StageKeys } from './code-version.ts';
import { minhashSignature } from './near-duplicates.ts';
import { claimsOf, documentId, documentOf, StageError } from './process.ts';

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
  size: number;
  mtimeMs: number;
  id: string | null;
  textEmpty: boolean;
  claimCount: number;
  signature: number[] | null;
  /** Document warnings worth a line in the build report. */
  warnings: string[];
  problem: Problem | null;
}

async function entriesFor(task: CaptureTask, sha256: string | null): Promise<{ sha256: string; doc: DocumentEntry; claims: ClaimsEntry }> {
  if (sha256) {
    const doc = await readJson<DocumentEntry>(documentEntryPath(task.cacheDir, task.keys.document, sha256));
    const claims = doc && (await readJson<ClaimsEntry>(claimsEntryPath(task.cacheDir, task.keys.claims, sha256)));
    if (doc && claims) return { sha256, doc, claims };
  }
  const capture = await readCapture(task.root, task.path, { maxContentBytes: task.maxContentBytes });
  const docPath = documentEntryPath(task.cacheDir, task.keys.document, capture.sha256);
  let doc = await readJson<DocumentEntry>(docPath);
  if (!doc) {
    const { document } = documentOf(capture);
    doc = { document, signature: minhashSignature(document.text) };
    await writeJsonAtomically(docPath, doc);
  }
  const claimsPath = claimsEntryPath(task.cacheDir, task.keys.claims, capture.sha256);
  let claims = await readJson<ClaimsEntry>(claimsPath);
  if (!claims) {
    claims = { claims: claimsOf(doc.document) };
    await writeJsonAtomically(claimsPath, claims);
  }
  return { sha256: capture.sha256, doc, claims };
}

export default async function processTask(task: CaptureTask): Promise<CaptureSummary> {
  const info = await stat(join(task.root, task.path)).catch(() => null);
  const summary: CaptureSummary = {
    path: task.path,
    sha256: null,
    size: info?.size ?? 0,
    mtimeMs: info?.mtimeMs ?? 0,
    id: null,
    textEmpty: true,
    claimCount: 0,
    signature: null,
    warnings: [],
    problem: null,
  };
  try {
    const { sha256, doc, claims } = await entriesFor(task, task.knownSha256);
    return { ...summary, sha256, id: documentId(sha256), textEmpty: doc.document.text.trim() === '', claimCount: claims.claims.length, signature: doc.signature, warnings: doc.document.warnings };
  } catch (error) {
    const path = task.path;
    if (error instanceof IngestError) summary.problem = { path, stage: 'ingest', code: error.code, severity: 'error', message: error.message };
    else if (error instanceof StageError) summary.problem = { path, stage: error.stage, code: 'internal_error', severity: 'error', message: `internal error: ${error.message}` };
    else summary.problem = { path, stage: 'process', code: 'internal_error', severity: 'error', message: `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
    return summary;
  }
}
