// How capture tasks run: on a piscina pool of worker threads (every core busy; a task past its
// time limit is stopped by terminating its worker), or in this thread when threads is 0 (for
// debugging; no time limit). The steps never know which.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Problem } from '../records/report.ts';
import processTask, { type CaptureTask, type TaskResult } from './worker.ts';

export interface Executor {
  run(task: CaptureTask): Promise<TaskResult>;
  close(): Promise<void>;
}

export const defaultThreads = () => Math.max(1, availableParallelism());

export function createExecutor(options: { threads: number; timeoutMs: number; workerFile?: URL }): Executor {
  if (options.threads === 0) return { run: processTask, close: async () => {} };
  const pool = new Piscina<CaptureTask, TaskResult>({
    filename: (options.workerFile ?? new URL('./worker.ts', import.meta.url)).href,
    // Workers load the TypeScript sources through tsx, as the main thread does; resolved from
    // here, not from the working directory, which may be anywhere.
    execArgv: ['--import', import.meta.resolve('tsx')],
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 1000,
  });
  // A worker that cannot start fails its task (handled below); the pool's own event must not crash us.
  pool.on('error', () => {});
  return {
    async run(task) {
      try {
        return await pool.run(task, { signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        const timedOut = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
        const problem: Problem = timedOut
          ? { path: task.path, stage: 'process', code: 'timeout', severity: 'error', message: `processing took longer than ${options.timeoutMs / 1000} s and was stopped` }
          : { path: task.path, stage: 'process', code: 'internal_error', severity: 'error', message: `internal error: worker failed: ${(error as Error).stack ?? error}` };
        return {
          file: { path: task.path, size: 0, mtimeMs: 0, sha256: null },
          summaries: [{ path: task.path, sha256: null, id: null, textEmpty: true, claimCount: 0, signature: null, warnings: [], problem }],
          notes: [],
        };
      }
    },
    close: () => pool.destroy(),
  };
}
