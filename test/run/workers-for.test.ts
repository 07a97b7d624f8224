// How many pool workers a build starts for the captures it has left to run: enough bytes of work
// for each worker to be worth its start-up, with compressed captures counted at their inflated size;
// and the order they are sent in, the most work first.
import { describe, expect, it } from 'vitest';
import { BYTES_PER_WORKER, largestFirst, workBytes, workersFor } from '../../pipeline/run/build.ts';

const MB = 1024 * 1024;

describe('workersFor', () => {
  it('starts one worker per BYTES_PER_WORKER of work, at least one and at most the thread count; 0 threads stays 0', () => {
    expect(workersFor(2, 1)).toBe(1);
    expect(workersFor(2, BYTES_PER_WORKER)).toBe(1);
    expect(workersFor(2, BYTES_PER_WORKER + 1)).toBe(2);
    expect(workersFor(8, 100 * BYTES_PER_WORKER)).toBe(8);
    expect(workersFor(0, 100 * BYTES_PER_WORKER)).toBe(0);
  });

  it('counts a gzipped capture or web archive at about the size it inflates to, a plain one at its own', () => {
    expect(workBytes('news/page.html', 3 * MB)).toBe(3 * MB);
    expect(workBytes('news/page.html.gz', 3 * MB)).toBeGreaterThan(BYTES_PER_WORKER);
    expect(workBytes('crawl/batch.warc.GZ', 3 * MB)).toBeGreaterThan(BYTES_PER_WORKER);
    // 3 MB of gzipped pages is more work than one worker should carry alone; 3 MB of plain pages is not.
    expect(workersFor(2, workBytes('a.txt.gz', 3 * MB))).toBe(2);
    expect(workersFor(2, workBytes('a.txt', 3 * MB))).toBe(1);
  });
});

describe('largestFirst', () => {
  it('sends the captures with the most work first, a gzipped one by its inflated size, ties in listing order', () => {
    const paths = ['a.html', 'b.html.gz', 'c.txt', 'd.html', 'e.warc.gz'];
    const sizes = [3 * MB, 1 * MB, 0.5 * MB, 3 * MB, 2 * MB];
    const left = [0, 1, 2, 3, 4];
    // By bytes on disk b (1 MB) would go fourth; it inflates to about 4 MB, more than a or d.
    expect(
      largestFirst(
        left,
        left.map((i) => workBytes(paths[i]!, sizes[i]!)),
      ),
    ).toEqual([4, 1, 0, 3, 2]);
  });

  it('returns the indices it was given, not their positions', () => {
    expect(largestFirst([7, 2, 9], [1, 5, 5])).toEqual([2, 9, 7]);
    expect(largestFirst([], [])).toEqual([]);
  });
});
