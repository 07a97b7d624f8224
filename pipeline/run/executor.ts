// How capture tasks run: on a piscina pool of worker threads (every core busy; a task past its
// time limit is stopped by terminating its worker; one that outgrows a worker's heap is retried
// alone in a roomier one), or in this thread when threads is 0 (for
// debugging; no time limit). The steps never know which.
import { Piscina } from 'piscina';
import type { Problem } from '../records/report.ts';
import { siblingModule } from '../package-layout.ts';
import { failedSummary } from './steps.ts';
import processTask, { type CaptureTask, type TaskResult } from './worker.ts';

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
export const DEFAULT_WORKER_HEAP_MB: WorkerHeapMb = { pool: 256, roomy: 4096 };

export function createExecutor(options: { threads: number; timeoutMs: number; workerFile?: URL; heapMb?: WorkerHeapMb }): Executor {
  const heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  if (options.threads === 0) return { run: processTask, close: async () => {}, failed: [] };
  const workerFile = options.workerFile ?? siblingModule(import.meta.url, './worker');
  // A TypeScript worker (in the clone) loads through tsx, as the main thread does; resolved from
  // here, not from the working directory, which may be anywhere. The compiled one needs nothing.
  const execArgv = workerFile.pathname.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  const poolOf = (threads: number, heapLimitMb: number) => {
    const pool = new Piscina<CaptureTask, TaskResult>({
      filename: workerFile.href,
      execArgv,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 1000,
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    });
    // A worker that cannot start fails its task (handled below); the pool's own event must not crash us.
    pool.on('error', () => {});
    return pool;
  };
  const pool = poolOf(options.threads, heapMb.pool);
  // Created on the first capture that needs it: most corpora never do.
  let roomy: Piscina<CaptureTask, TaskResult> | null = null;
  const failed: CaptureTask[] = [];
  const failure = (task: CaptureTask, error: unknown): TaskResult => {
    failed.push(task);
    const name = (error as Error).name;
    const code = (error as NodeJS.ErrnoException).code;
    const problem: Problem =
      name === 'AbortError' || name === 'TimeoutError'
        ? {
            path: task.path,
            stage: 'process',
            code: 'timeout',
            severity: 'error',
            message: `processing took longer than ${options.timeoutMs / 1000} s and was stopped (raise the limit with --timeout)`,
          }
        : code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              path: task.path,
              stage: 'process',
              code: 'out_of_memory',
              severity: 'error',
              message: `processing needed more than ${heapMb.roomy} MB of memory and was stopped`,
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
      // One time limit for the task, whichever worker ends up running it.
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        return await pool.run(task, { signal });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') return failure(task, error);
      }
      roomy ??= poolOf(1, heapMb.roomy);
      try {
        return await roomy.run(task, { signal });
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
