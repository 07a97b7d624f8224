import { describe, expect, it } from 'vitest';
import { amdahlBound } from '../../bench/amdahl.ts';

const part = (cpuSeconds: number, mainCpuSeconds = 0) => ({ cpuSeconds, mainCpuSeconds });

describe('amdahlBound', () => {
  it('spreads each part over the cores, but never below the main thread’s own CPU in it', () => {
    // Head: the main thread alone (1 s); pages: 80 s on two workers; tail: 9 s, 6 s of it on the main thread.
    const bound = amdahlBound({ head: part(1, 1), pages: part(80, 2), tail: part(9, 6) }, 2, 90);
    expect(bound.seconds).toBe(1 + 40 + 6);
    expect(bound.speedup).toBeCloseTo(90 / 47);
    expect(bound.parts.tail).toEqual({ seconds: 6, mainBound: true });
    expect(bound.parts.pages).toEqual({ seconds: 40, mainBound: false });
  });

  it('is paced by the main thread when it spends more on the pages than a worker does', () => {
    const bound = amdahlBound({ head: part(0), pages: part(10, 6), tail: part(0) }, 2, 10);
    expect(bound.seconds).toBe(6);
    expect(bound.parts.pages.mainBound).toBe(true);
  });

  it('counts a second worker’s start-up against the parallel build', () => {
    // One thread took 100 s; two workers spent 104 s on the pages (the second loaded the pipeline).
    expect(amdahlBound({ head: part(0), pages: part(104), tail: part(0) }, 2, 100).speedup).toBeCloseTo(100 / 52);
  });
});
