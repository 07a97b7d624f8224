// The CPU benches' timing rule (bench/cpu-sample.ts): a process is warmed up on pages outside the sample,
// of the same part, so each timed page is timed the first time its process sees it (a warm-up over the
// sampled pages themselves flattered pagepress, which keeps results across pages).
import { describe, expect, it } from 'vitest';
import { splitSample } from '../../bench/cpu-sample.ts';

const names = [
  ...Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(3, '0')}.html`),
  ...Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(3, '0')}.html.gz`),
];

describe('cpu sample', () => {
  it('never warms up on a sampled page, and warms up within the part', () => {
    const parts = splitSample(names, 4, 60);
    expect(parts.map((part) => part.name)).toEqual(['tuned', 'held out']);
    for (const part of parts) {
      expect(part.files.length).toBeGreaterThan(0);
      expect(part.warmup.length).toBeGreaterThan(0);
      expect(part.warmup.filter((file) => part.files.includes(file))).toEqual([]);
      const heldOut = part.name === 'held out';
      expect([...part.files, ...part.warmup].every((file) => file.startsWith('f') === heldOut)).toBe(true);
    }
    expect(parts[0]!.files).toEqual(names.filter((_, i) => i < 40 && i % 4 === 0));
  });

  it('spreads a capped warm-up over the part, still outside the sample', () => {
    const [tuned] = splitSample(names, 4, 5);
    expect(tuned!.warmup).toHaveLength(5);
    expect(new Set(tuned!.warmup).size).toBe(5);
    expect(tuned!.warmup.at(-1)! > 'a020.html').toBe(true);
    expect(tuned!.warmup.some((file) => tuned!.files.includes(file))).toBe(false);
  });
});
