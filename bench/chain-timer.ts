// Starts bench/chain-worker.ts for one round of the CPU benches (bench/cpu-sample.ts's rule: a fresh
// worker per round, so each timed page is new to its process) with a build pool worker's V8 settings:
// its resource limits and the process's regular-expression flag (set before it starts), running the
// compiled lib/ (recompiled first when a source is newer: bench/compiled-lib.ts).
import { Worker } from 'node:worker_threads';
import { DEFAULT_WORKER_HEAP_MB, poolWorkerLimits } from '../pipeline/run/executor.ts';
import { compileRegexpsOnce } from '../pipeline/run/regexp-tier.ts';
import type { ChainRequest, ChainTiming } from './chain-worker.ts';
import { compileLibWhenStale } from './compiled-lib.ts';

/** One round: a fresh worker warms up on `request.warmup`, times `request.files` once, and is terminated. */
export async function timeChainOnce(request: ChainRequest): Promise<ChainTiming> {
  compileRegexpsOnce();
  compileLibWhenStale('the CPU bench would time stale or no compiled code');
  // Started from a plain-JavaScript stub that registers tsx in the worker and then imports the
  // TypeScript module (a worker given a .ts entry, even with tsx in its execArgv, cannot load it); no
  // flags of this process's (tsx's own) are passed on.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./chain-worker.ts', import.meta.url).href);
  const worker = new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); })`, {
    eval: true,
    execArgv: [],
    resourceLimits: poolWorkerLimits(DEFAULT_WORKER_HEAP_MB.pool),
  });
  try {
    return await answerOf<ChainTiming>(worker, request);
  } finally {
    await worker.terminate();
  }
}

/**
 * Posts `request` and waits for the worker's one answer; rejects on its error or on its exit before
 * answering (which would otherwise leave the bench waiting forever). Its listeners are removed once
 * settled, so a worker asked many times does not pile them up.
 */
export function answerOf<T>(worker: Worker, request: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (answer: T) => {
      settle();
      resolve(answer);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`worker exited (code ${code}) before answering`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}
