// What a pool worker module exports for the executor: its task handler wrapped so that, for each
// task, it tells the executor the moment the handler starts. The executor starts a task's time
// limit then, so the limit counts processing alone: not the worker's start-up (loading the
// pipeline takes seconds, far more on a loaded machine, and a replacement worker starts after every
// one stopped at its limit), nor the wait in the pool's queue.
import type { MessagePort } from 'node:worker_threads';

export interface TimedTask<T> {
  task: T;
  /** Receives one message when the handler starts; transferred to the worker with the task. */
  started: MessagePort;
}

/** The name under which a worker module exports its timed handler (piscina's `name` option). */
export const TIMED_HANDLER = 'timedTask';

export function timed<T, R>(handler: (task: T) => Promise<R>): (message: TimedTask<T>) => Promise<R> {
  return async ({ task, started }) => {
    started.postMessage('started');
    started.close();
    return handler(task);
  };
}
