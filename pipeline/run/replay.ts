// Rebuilding a published version reproduces the failures it was published with. A capture stopped
// at its time limit (or out of worker memory, or whose worker crashed) keeps nothing in the cache,
// so a rebuild runs it again; on a machine less loaded than the first time it may succeed, and the
// "unchanged" rebuild would then make a version with one more document than the one published,
// which is refused (a published version is never rewritten). So the build records, beside the
// cache's record of each version it published, which captures failed that way and the bytes they
// had; a rebuild of that same version gives those captures, when their bytes, the steps (their code
// and options) and the limits they failed under are unchanged, the problem they were published with
// instead of running them. Raising the limit (--timeout, --worker-mb) or changing a step retries
// them, as does building any other version.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../publish/checksums.ts';
import type { Problem } from '../records/report.ts';
import { readJson, writeJsonAtomically } from './cache.ts';
import { publishedRecordStem } from './fingerprint.ts';
import type { Plan } from './steps.ts';

/** The limits a capture's task ran under. */
export interface TaskLimits {
  timeoutMs: number;
  roomyHeapMb: number;
}

/** A capture whose task the executor stopped or lost, with what its bytes hashed to. */
export interface FailedCapture {
  path: string;
  sha256: string;
  problem: Problem;
}

interface Recorded {
  /** SHA-256 of the version's SHA256SUMS: the record only holds for the version as it was written. */
  checksums: string;
  /** The steps with their cache keys (which hash their code and options). */
  plan: Plan;
  limits: TaskLimits;
  failures: FailedCapture[];
}

const recordPath = (cacheDir: string, out: string, version: string) => `${publishedRecordStem(cacheDir, out, version)}.failures.json`;

/** Records the failures `out/<version>` was published (or found unchanged) with. */
export async function recordFailures(cacheDir: string, out: string, version: string, plan: Plan, limits: TaskLimits, failures: FailedCapture[]): Promise<void> {
  const sums = await readFile(join(out, version, 'SHA256SUMS'));
  await writeJsonAtomically(recordPath(cacheDir, out, version), { checksums: sha256(sums), plan, limits, failures } satisfies Recorded);
}

/** Whether a failure under `then` would recur under `now`: the limit it hit is no higher now. */
function wouldRecur(problem: Problem, then: TaskLimits, now: TaskLimits): boolean {
  if (problem.code === 'timeout') return now.timeoutMs <= then.timeoutMs;
  if (problem.code === 'out_of_memory') return now.roomyHeapMb <= then.roomyHeapMb;
  return true;
}

/**
 * The failures to reproduce when rebuilding `out/<version>` with `plan` under `limits`, by path:
 * none when the version is absent or no longer the one recorded (edited, or rebuilt by another
 * cache), or when a step changed.
 */
export async function failuresToReplay(cacheDir: string, out: string, version: string, plan: Plan, limits: TaskLimits): Promise<Map<string, FailedCapture>> {
  const recorded = await readJson<Recorded>(recordPath(cacheDir, out, version));
  const sums = await readFile(join(out, version, 'SHA256SUMS')).catch(() => null);
  if (!recorded || !sums || sha256(sums) !== recorded.checksums) return new Map();
  if (JSON.stringify(recorded.plan) !== JSON.stringify(plan)) return new Map();
  return new Map(recorded.failures.filter((f) => wouldRecur(f.problem, recorded.limits, limits)).map((f) => [f.path, f]));
}
