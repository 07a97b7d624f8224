// bench/chain-timer.ts answerOf: asking a worker many times leaves no listeners behind (they piled up,
// MaxListenersExceededWarning at --rounds >= 6), and a worker that exits without answering or erring
// rejects the wait instead of leaving the bench hanging.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { answerOf } from '../../bench/chain-timer.ts';

let worker: Worker | null = null;
afterEach(async () => {
  await worker?.terminate();
  worker = null;
});

describe('chain timer answers', () => {
  it('removes its listeners once answered', async () => {
    worker = new Worker("require('node:worker_threads').parentPort.on('message', (n) => require('node:worker_threads').parentPort.postMessage(n + 1));", {
      eval: true,
    });
    for (let i = 0; i < 12; i++) expect(await answerOf<number>(worker, i)).toBe(i + 1);
    expect(worker.listenerCount('message') + worker.listenerCount('error') + worker.listenerCount('exit')).toBe(0);
  });

  it('rejects when the worker exits without answering', async () => {
    worker = new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", { eval: true });
    await expect(answerOf(worker, 1)).rejects.toThrow(/exited \(code 3\)/);
  });
});
