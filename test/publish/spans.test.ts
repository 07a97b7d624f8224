import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Span, timed } from '../../pipeline/publish/spans.ts';

/** Spins this thread for `cpuMs` of its own CPU time, as measured by process.cpuUsage. */
function spin(cpuMs: number): void {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let i = 0; i < 1e5; i++) x += Math.sqrt(i);
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= cpuMs) break;
  }
  expect(x).toBeGreaterThan(0);
}

describe('timed', () => {
  it.runIf(existsSync('/proc/thread-self/stat'))('tells the calling thread’s own CPU apart from the process’s', async () => {
    const spans: Span[] = [];
    await timed(
      (span) => spans.push(span),
      'spin',
      async () => spin(300),
    );
    expect(spans).toHaveLength(1);
    // Clock ticks of 10 ms: the thread's CPU is the spin's, within a few ticks.
    expect(spans[0]!.threadCpuSeconds).toBeGreaterThan(0.2);
    expect(spans[0]!.threadCpuSeconds).toBeLessThanOrEqual(spans[0]!.cpuSeconds + 0.02);
  });
});
