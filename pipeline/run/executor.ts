// How capture tasks run: on a piscina pool of worker threads (every core busy; a task past its
// time limit is stopped by terminating its worker; one that outgrows a worker's heap is retried
// alone in a roomier one), or in this thread when threads is 0 (for
// debugging; no time limit). The steps never know which.
import { MessageChannel, type ResourceLimits } from 'node:worker_threads';
import { DEFAULT_ROOMY_WORKER_MB } from '../defaults.ts';
import { Piscina } from 'piscina';
import type { Problem } from '../records/report.ts';
import { siblingModule } from '../package-layout.ts';
import { compileRegexpsOnce } from './regexp-tier.ts';
import { failedSummary } from './steps.ts';
import { TIMED_HANDLER, type TimedTask } from './timed-worker.ts';
import type { CaptureTask, TaskResult } from './worker.ts';

export interface Executor {
  run(task: CaptureTask): Promise<TaskResult>;
  close(): Promise<void>;
  /** The tasks stopped or crashed so far (their worker never returned): what they cached is suspect. */
  readonly failed: readonly CaptureTask[];
}

export interface WorkerHeapMb {
  /** Old-generation heap of a pool worker. */
  pool: number;
  /** Heap of the worker that retries, alone, a capture that outgrew a pool worker. */
  roomy: number;
}

/**
 * Pool workers get a small heap on purpose: V8 sizes its heap from its limit, and with the default
 * (a quarter of the machine's memory) each worker hoards the garbage of large pages; with this one
 * the pool stays within memory that does not grow with the corpus. The rare capture that needs more
 * is retried in a roomy worker.
 */
export const DEFAULT_WORKER_HEAP_MB: WorkerHeapMb = { pool: 256, roomy: DEFAULT_ROOMY_WORKER_MB };

/**
 * The young generation (new objects, collected by scavenges) of every worker: V8's default, 48 MB (two
 * 16 MB semi-spaces and as much for large objects), fills several times per page, and the scavenges
 * that empty it were about an eighth of the per-page chain's CPU (node --cpu-prof). With 32 MB
 * semi-spaces a page's short-lived objects die before a collection sees them, so fewer are copied:
 * CPU of the chain over the tuned cpu-ratio pages (least of 3 passes, processes side by side on a
 * loaded machine): in a main thread 3.83 s with 16 MB semi-spaces, 3.08 s with 32 MB, 3.44 s with
 * 64 MB; on a worker with a pool worker's limits, 3.48 s with V8's default, 3.24 s with this. V8 grows the young generation towards this limit only when the page allocates that
 * much, so memory is spent by heavy pages, not by every worker. Output is unchanged.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

/** A worker's V8 limits: `heapLimitMb` for its old generation, and the young generation above. */
export const poolWorkerLimits = (heapLimitMb: number): ResourceLimits => ({
  maxOldGenerationSizeMb: heapLimitMb,
  maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
});

/**
 * How long a task may wait for a worker to start it, beyond the time limits of the tasks that may
 * run before it on the same worker: only a worker stuck while loading could exceed it, and the
 * build must not wait for that forever.
 */
const START_ALLOWANCE_MS = 300_000;

/** Why a task was stopped: at its time limit, or because no worker ever started it. */
class TaskTimeout extends Error {
  override name = 'TimeoutError';
  constructor(readonly neverStarted: boolean) {
    super(neverStarted ? 'no worker started the task' : 'time limit');
  }
}

export function createExecutor(options: { threads: number; timeoutMs: number; workerFile?: URL; heapMb?: Partial<WorkerHeapMb> }): Executor {
  const heapMb: WorkerHeapMb = { ...DEFAULT_WORKER_HEAP_MB, ...options.heapMb };
  // Before any worker starts: they inherit the process's V8 flags (see regexp-tier.ts).
  compileRegexpsOnce();
  // In this thread, the task runner (readers of every capture format, and the steps) is loaded on the
  // first task: a build on workers never loads it here.
  if (options.threads === 0) return { run: async (task) => (await import('./worker.ts')).default(task), close: async () => {}, failed: [] };
  const workerFile = options.workerFile ?? siblingModule(import.meta.url, './worker');
  // A TypeScript worker (in the clone, or a test's) loads through tsx, as the main thread does;
  // resolved from here, not from the working directory, which may be anywhere. The compiled one needs nothing.
  const execArgv = workerFile.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  // PAGEPRESS_CPU_PROF=<folder>: each worker writes a V8 CPU profile there when it ends (the main
  // thread's comes from node --cpu-prof), so where a build's CPU goes can be read per thread.
  const profileDir = process.env.PAGEPRESS_CPU_PROF;
  if (profileDir) execArgv.push('--cpu-prof', '--cpu-prof-dir', profileDir);
  const poolOf = (threads: number, heapLimitMb: number) => {
    const pool = new Piscina<TimedTask<CaptureTask>, TaskResult>({
      filename: workerFile.href,
      // The handler that says when each task starts (see timed-worker.ts).
      name: TIMED_HANDLER,
      execArgv,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 1000,
      resourceLimits: poolWorkerLimits(heapLimitMb),
    });
    // A worker that cannot start fails its task (handled below); the pool's own event must not crash us.
    pool.on('error', () => {});
    return pool;
  };
  const pool = poolOf(options.threads, heapMb.pool);
  // Created on the first capture that needs it: most corpora never do.
  let roomy: Piscina<TimedTask<CaptureTask>, TaskResult> | null = null;
  /**
   * Runs a task on `on`, stopping it `budgetMs` after its handler started (time spent waiting for
   * a worker to start or to free up does not count; see timed-worker.ts). Reports how long it ran.
   */
  const runTimed = async (on: Piscina<TimedTask<CaptureTask>, TaskResult>, task: CaptureTask, budgetMs: number, ran: { ms: number }) => {
    const controller = new AbortController();
    const channel = new MessageChannel();
    let startedAt: number | null = null;
    // Until the task starts: the limits of the tasks ahead of it in a busy pool, and the allowance.
    let timer = setTimeout(() => controller.abort(new TaskTimeout(true)), options.timeoutMs * (options.threads + 1) + START_ALLOWANCE_MS);
    channel.port1.once('message', () => {
      startedAt = performance.now();
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new TaskTimeout(false)), budgetMs);
    });
    try {
      return await on.run({ task, started: channel.port2 }, { signal: controller.signal, transferList: [channel.port2] });
    } finally {
      clearTimeout(timer);
      channel.port1.close();
      if (startedAt !== null) ran.ms += performance.now() - startedAt;
    }
  };
  const failed: CaptureTask[] = [];
  const failure = (task: CaptureTask, error: unknown): TaskResult => {
    failed.push(task);
    const name = (error as Error).name;
    const code = (error as NodeJS.ErrnoException).code;
    const neverStarted = (error as Error).cause instanceof TaskTimeout && ((error as Error).cause as TaskTimeout).neverStarted;
    const problem: Problem =
      name === 'AbortError' || name === 'TimeoutError'
        ? {
            path: task.path,
            stage: 'process',
            code: 'timeout',
            severity: 'error',
            message: neverStarted
              ? 'no worker thread started processing it (a worker stuck while starting up?) and it was given up'
              : `processing took longer than ${options.timeoutMs / 1000} s and was stopped (raise the limit with --timeout)`,
          }
        : code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              path: task.path,
              stage: 'process',
              code: 'out_of_memory',
              severity: 'error',
              message: `processing needed more than ${heapMb.roomy} MB of memory and was stopped (raise the limit with --worker-mb)`,
            }
          : {
              path: task.path,
              stage: 'process',
              code: 'internal_error',
              severity: 'error',
              message: `internal error: worker failed: ${(error as Error).stack ?? error}`,
            };
    return {
      file: { path: task.path, size: 0, mtimeMs: 0, sha256: null },
      summaries: [failedSummary(task.path, problem)],
      notes: [],
    };
  };
  return {
    async run(task) {
      // One time limit for the task, whichever worker ends up running it: the roomy worker gets
      // what the pool worker left of it.
      const ran = { ms: 0 };
      try {
        return await runTimed(pool, task, options.timeoutMs, ran);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return failure(task, error);
      }
      roomy ??= poolOf(1, heapMb.roomy);
      try {
        return await runTimed(roomy, task, Math.max(1, options.timeoutMs - ran.ms), ran);
      } catch (error) {
        return failure(task, error);
      }
    },
    close: async () => {
      await Promise.all([pool.destroy(), roomy?.destroy()]);
    },
    failed,
  };
}
