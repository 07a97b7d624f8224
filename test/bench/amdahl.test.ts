import { describe, expect, it } from 'vitest';
import { amdahlBound } from '../../bench/amdahl.ts';

const part = (cpuSeconds: number, mainCpuSeconds = 0) => ({ cpuSeconds, mainCpuSeconds });

describe('amdahlBound', () => {
  it('halves the pages on two workers and keeps the head and the tail whole', () => {
    const bound = amdahlBound({ head: part(1, 1), pages: part(80, 2), tail: part(9, 4) }, 2, 90);
    expect(bound.seconds).toBe(1 + 40 + 9);
    expect(bound.speedup).toBeCloseTo(90 / 50);
    expect(bound.serialShare).toBeCloseTo(10 / 90);
    expect(bound.mainBound).toBe(false);
  });

  it('is paced by the main thread when it spends more on the pages than a worker does', () => {
    const bound = amdahlBound({ head: part(0), pages: part(10, 6), tail: part(0) }, 2, 10);
    expect(bound.seconds).toBe(6);
    expect(bound.mainBound).toBe(true);
  });

  it('counts a second worker’s start-up against the parallel build', () => {
    // One thread took 100 s; two workers spent 104 s on the pages (the second loaded the pipeline).
    expect(amdahlBound({ head: part(0), pages: part(104), tail: part(0) }, 2, 100).speedup).toBeCloseTo(100 / 52);
  });
});
