// The build executor: discover → read and process every capture (bounded concurrency) → merge
// byte-identical duplicates → drop pages with no article → publish one dataset version atomically.
// Steps never know how they are scheduled; a capture that fails is reported and the build goes on.
import { stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import { UserFacingError } from '../errors.ts';
import type { DatasetConfig } from '../config.ts';
import { discover } from '../ingest/discover.ts';
import { IngestError } from '../ingest/errors.ts';
import { readCapture } from '../ingest/read.ts';
import { renderDataset } from '../publish/dataset.ts';
import { removeStaleTemporaries, writeVersionAtomically, type WriteOutcome } from '../publish/write-version.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { BuildReport, Problem } from '../records/report.ts';
import { acquireLock } from './lock.ts';
import { processCapture } from './process.ts';
import { silentProgress, type Progress } from './progress.ts';

export interface BuildOptions {
  raw: string;
  out: string;
  config: DatasetConfig;
  concurrency?: number;
  progress?: Progress;
}

export interface BuildResult {
  report: BuildReport;
  outcome: WriteOutcome;
  versionDir: string;
}

interface Outcome {
  path: string;
  document?: DocumentRecord;
  claims?: ClaimRecord[];
  problem?: Problem;
}

/** Reads and processes one capture; every failure becomes a Problem, never an exception. */
async function processPath(raw: string, path: string): Promise<Outcome> {
  let capture;
  try {
    capture = await readCapture(raw, path);
  } catch (error) {
    if (error instanceof IngestError) return { path, problem: { path, stage: 'ingest', code: error.code, severity: 'error', message: error.message } };
    return { path, problem: { path, stage: 'ingest', code: 'internal_error', severity: 'error', message: `internal error: ${(error as Error).stack ?? error}` } };
  }
  try {
    const { document, claims } = processCapture(capture);
    return { path, document, claims };
  } catch (error) {
    return { path, problem: { path, stage: 'clean', code: 'internal_error', severity: 'error', message: `internal error while processing: ${(error as Error).stack ?? error}` } };
  }
}

/** Runs every stage over the captures in memory and returns what would be published. */
export async function collect(raw: string, options: { concurrency?: number; progress?: Progress } = {}) {
  const progress = options.progress ?? silentProgress;
  const found = await discover(raw);
  const problems: Problem[] = found.skipped.map((s) => ({ path: s.path, stage: 'discover', code: s.code, severity: 'warning', message: s.message }));
  const limit = pLimit(options.concurrency ?? 4);
  progress.start(found.files.length, 'build');
  const outcomes = await Promise.all(
    found.files.map((path) =>
      limit(async () => {
        const outcome = await processPath(raw, path);
        progress.tick(path);
        return outcome;
      }),
    ),
  );
  progress.done();

  // Byte-identical captures are one document; the first path (code-point order) names it.
  const documents = new Map<string, DocumentRecord>();
  const claims = new Map<string, ClaimRecord[]>();
  let duplicates = 0;
  let rejected = 0;
  for (const outcome of outcomes) {
    if (outcome.problem) {
      problems.push(outcome.problem);
      rejected++;
      continue;
    }
    const document = outcome.document!;
    const first = documents.get(document.id);
    if (first) {
      first.source.duplicate_paths.push(document.source.path);
      duplicates++;
      problems.push({ path: document.source.path, stage: 'dedupe', code: 'duplicate', severity: 'info', message: `byte-identical to ${first.source.path}: recorded as one document` });
      continue;
    }
    if (document.text.trim() === '') {
      problems.push({ path: document.source.path, stage: 'clean', code: 'no_article', severity: 'error', message: 'no article text found (the page is all chrome): not published' });
      rejected++;
      continue;
    }
    documents.set(document.id, document);
    claims.set(document.id, outcome.claims!);
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    documents: [...documents.values()],
    claims: [...claims.values()].flat(),
    problems,
    counts: { files: found.files.length, rejected, duplicates, skipped: found.skipped.length },
  };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const rawInfo = await stat(options.raw).catch(() => null);
  if (!rawInfo?.isDirectory()) throw new UserFacingError(`${options.raw}: no such folder of captures (give one with --raw)`);
  const lock = await acquireLock(options.out);
  try {
    await removeStaleTemporaries(options.out);
    const collected = await collect(options.raw, options);
    const report: BuildReport = {
      dataset: options.config.name,
      version: options.config.version,
      counts: { ...collected.counts, documents: collected.documents.length, claims: collected.claims.length },
      problems: collected.problems,
    };
    const files = renderDataset({ config: options.config, documents: collected.documents, claims: collected.claims, report });
    const outcome = await writeVersionAtomically(options.out, options.config.version, files);
    return { report, outcome, versionDir: `${options.out}/${options.config.version}` };
  } finally {
    await lock.release();
  }
}
