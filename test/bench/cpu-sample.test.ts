// The CPU benches' timing rule (bench/cpu-sample.ts): a part is timed over as many passes as it takes
// to time at least MIN_TIMED_PAGES pages, so a short part is not timed in one short pass.
import { describe, expect, it } from 'vitest';
import { MIN_TIMED_PAGES, passesFor } from '../../bench/cpu-sample.ts';

describe('cpu sample passes', () => {
  it('times a short part over several passes and a long one once', () => {
    expect(passesFor(17, 60)).toBe(4);
    expect(passesFor(60, 60)).toBe(1);
    expect(passesFor(144, 60)).toBe(1);
    expect(passesFor(17) * 17).toBeGreaterThanOrEqual(MIN_TIMED_PAGES);
  });
});
