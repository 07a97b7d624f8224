// The worker-thread task: one capture file (or one web archive of many captures), from its path to
// the cache entries of every step of the plan and a small summary per capture. Runs in a piscina
// pool so CPU-heavy steps use every core and a runaway capture can be stopped.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import '../pipeline-code.ts';
import type { Capture } from '../ingest/capture.ts';
import { isWebArchivePath } from '../ingest/decode.ts';
import { IngestError } from '../ingest/errors.ts';
import { readCapture } from '../ingest/read.ts';
import { readWarc } from '../ingest/warc.ts';
import type { Problem } from '../records/report.ts';
import { StageError } from '../steps/step.ts';
import { archiveRecordPath, cacheStore, sha256OfFile, summaryPath, withinLimit, writeJsonAtomically, type ArchiveRecord, type StoredSummary } from './cache.ts';
import { serialiseAhead } from './serialise-ahead.ts';
import { timed } from './timed-worker.ts';
import { failedSummary, runSteps, stepsOf, type CaptureSummary, type Made, type Plan } from './steps.ts';

export type { CaptureSummary } from './steps.ts';

export interface CaptureTask {
  root: string;
  path: string;
  /** The SHA-256 of the file when the stat index vouches for it, so the bytes need not be read. */
  knownSha256: string | null;
  cacheDir: string;
  /** The steps to run, with their cache keys. */
  plan: Plan;
  maxContentBytes: number;
}

export interface TaskResult {
  /** The file the task read: its size and mtime feed the stat index. */
  file: { path: string; size: number; mtimeMs: number; sha256: string | null };
  summaries: CaptureSummary[];
  /** Notes about the file as a whole (records skipped in a web archive). */
  notes: Problem[];
}

function problemFor(path: string, error: unknown): Problem {
  if (error instanceof IngestError) return { path, stage: 'ingest', code: error.code, severity: 'error', message: error.message };
  if (error instanceof StageError) return { path, stage: error.stage, code: 'internal_error', severity: 'error', message: `internal error: ${error.message}` };
  return {
    path,
    stage: 'process',
    code: 'internal_error',
    severity: 'error',
    message: `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  };
}

const summarise = (path: string, sha256: string, made: Made): CaptureSummary => ({
  path,
  sha256,
  problem: null,
  drop: made.drop,
  facts: made.facts,
  notes: made.notes,
  counts: made.counts,
});

/** Runs the steps whose cache entries a capture lacks, and writes them. */
const madeOf = async (task: CaptureTask, capture: Capture) => (await runSteps(stepsOf(task.plan), capture.sha256, capture, cacheStore(task.cacheDir)))!;

/** The summary of what was made of a capture, once its document is serialised for publishing (here, in parallel). */
async function finished(task: CaptureTask, path: string, sha256: string, made: Made): Promise<CaptureSummary> {
  const summary = summarise(path, sha256, made);
  await serialiseAhead(task.cacheDir, task.plan, summary, made);
  // For the next build, which then need not send this capture to a worker at all (collect in build.ts).
  const { path: _path, problem: _problem, ...rest } = summary;
  const stored: StoredSummary = { ...rest, contentBytes: made.parts.document?.source.content_bytes ?? null };
  await writeJsonAtomically(summaryPath(task.cacheDir, task.plan, sha256), stored);
  return summary;
}

async function processArchive(task: CaptureTask, result: TaskResult): Promise<void> {
  const archive = readWarc(task.root, task.path, { maxContentBytes: task.maxContentBytes });
  for (;;) {
    const next = await archive.next();
    if (next.done) {
      if (next.value > 0)
        result.notes.push({
          path: task.path,
          stage: 'ingest',
          code: 'warc_records_skipped',
          severity: 'info',
          message: `${next.value} records skipped (requests, metadata, non-HTML or non-200 responses)`,
        });
      return;
    }
    const item = next.value;
    if ('error' in item) {
      result.summaries.push(failedSummary(item.path, problemFor(item.path, item.error)));
      continue;
    }
    try {
      result.summaries.push(await finished(task, item.path, item.capture.sha256, await madeOf(task, item.capture)));
    } catch (error) {
      result.summaries.push(failedSummary(item.path, problemFor(item.path, error), item.capture.sha256));
    }
  }
}

export default async function processTask(task: CaptureTask): Promise<TaskResult> {
  const info = await stat(join(task.root, task.path)).catch(() => null);
  const result: TaskResult = { file: { path: task.path, size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0, sha256: null }, summaries: [], notes: [] };
  try {
    if (isWebArchivePath(task.path)) {
      await processArchive(task, result);
      // Hashed, so that the stat index vouches for the archive as for any capture file: without its
      // hash no build of a folder holding one web archive could take the unchanged fast path
      // (fingerprint.ts), and 1,000 realistic captures with 3 archives rebuilt unchanged in 5.8 s of
      // CPU instead of a fraction of a second. Streamed: an archive can be larger than memory.
      result.file.sha256 = task.knownSha256 ?? (await sha256OfFile(join(task.root, task.path)));
      // For the next build, which then need not send the archive to a worker (collect in build.ts);
      // not when a record failed for another reason than its bytes (an internal error may not recur).
      // Nor when the file changed while it was read: its hash (taken after) would name what was read before.
      const after = await stat(join(task.root, task.path)).catch(() => null);
      const unchanged = info !== null && after !== null && after.size === info.size && after.mtimeMs === info.mtimeMs;
      if (unchanged && result.file.sha256 && result.summaries.every((s) => !s.problem || s.problem.stage === 'ingest'))
        await writeJsonAtomically(archiveRecordPath(task.cacheDir, task.plan, result.file.sha256), {
          sha256: result.file.sha256,
          path: task.path,
          maxContentBytes: task.maxContentBytes,
          summaries: result.summaries,
          notes: result.notes,
        } satisfies ArchiveRecord);
      return result;
    }
    const cached = task.knownSha256 ? await runSteps(stepsOf(task.plan), task.knownSha256, null, cacheStore(task.cacheDir)) : null;
    // Entries made under a higher size limit are not taken past a lower one: readCapture then refuses the file as a cold build does.
    if (cached && withinLimit(info?.size ?? 0, cached.parts.document?.source.content_bytes, task.maxContentBytes)) {
      result.file.sha256 = task.knownSha256;
      result.summaries.push(await finished(task, task.path, task.knownSha256!, cached));
      return result;
    }
    const capture = await readCapture(task.root, task.path, { maxContentBytes: task.maxContentBytes });
    result.file.sha256 = capture.sha256;
    result.summaries.push(await finished(task, task.path, capture.sha256, await madeOf(task, capture)));
  } catch (error) {
    // A damaged archive keeps the captures read before the damage.
    result.summaries.push(failedSummary(task.path, problemFor(task.path, error)));
  }
  return result;
}

/** The handler pool workers run: processTask, saying when it starts (see timed-worker.ts). */
export const timedTask = timed(processTask);
