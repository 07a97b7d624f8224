// Pool workers start with the V8 limits the executor states (run/executor.ts): the old generation of
// a pool worker and a young generation larger than V8's 48 MB default, which cut the per-page chain's
// garbage-collection CPU.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaptureTask } from '../../pipeline/run/worker.ts';
import { createExecutor, DEFAULT_WORKER_HEAP_MB, WORKER_YOUNG_GENERATION_MB } from '../../pipeline/run/executor.ts';

const WORKER = new URL(`file://${join(import.meta.dirname, '..', 'fixtures', 'run', 'limits-worker.ts')}`);

describe('pool worker limits', () => {
  it('starts pool workers with the stated old and young generations', async () => {
    const executor = createExecutor({ threads: 1, timeoutMs: 60_000, workerFile: WORKER });
    try {
      const limits = (await executor.run({ path: 'any.txt' } as CaptureTask)) as unknown as {
        maxOldGenerationSizeMb: number;
        maxYoungGenerationSizeMb: number;
      };
      expect(limits.maxOldGenerationSizeMb).toBe(DEFAULT_WORKER_HEAP_MB.pool);
      expect(limits.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
      expect(WORKER_YOUNG_GENERATION_MB).toBeGreaterThan(48);
    } finally {
      await executor.close();
    }
  }, 120_000);
});
