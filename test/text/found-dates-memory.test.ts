// findDates keeps its answers across pages (the same date lines recur on every page of a site). A
// line is cut from its page's text, and V8 keeps a long substring as a view of the string it was cut
// from, so a kept key or a kept date's `text` that still pointed into the line kept the whole page
// alive, and a pool worker's heap grew with every page it ran. Forty pages of 1 MB, each with a
// date line of its own, must leave next to nothing behind once they are gone.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../pipeline/text/dates.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const PAGES = 40;
const PAGE_CHARS = 1024 * 1024;

/** A date line cut from a page's text, different on every call (the day and the writer change). */
function dateLineOfPage(n: number): string {
  const page = `Filed by reporter number ${n} on ${(n % 28) + 1} March 2021 at noon. ${'lorem ipsum '.repeat(PAGE_CHARS / 12)}`;
  return page.slice(0, page.indexOf('.') + 1);
}

describe('findDates', () => {
  it('keeps the dates of a line, not the page the line was cut from', () => {
    findDates('Filed on 1 March 2021.', { language: 'en' });
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const found: string[] = [];
    for (let n = 0; n < PAGES; n++) found.push(...findDates(dateLineOfPage(n), { language: 'en' }).map((date) => `${date.value} ${date.text}`));
    collectGarbage();
    const kept = process.memoryUsage().heapUsed - before;
    expect(found[3]).toBe('2021-03-04 on 4 March 2021');
    // With the pages kept: about 40 MB.
    expect(kept).toBeLessThan((PAGES * PAGE_CHARS) / 4);
  });
});
