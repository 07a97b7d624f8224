// classTokens keeps the words of every class string it has seen across pages. A class attribute is
// cut from its page's source, and V8 keeps a long substring as a view of the string it was cut
// from: a cache that kept the attribute itself kept its whole page alive, and a pool worker's heap
// grew with every page it ran. Forty pages of 1 MB, each with a class of its own, must leave
// next to nothing behind once they are gone.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { classTokens } from '../../../pipeline/clean/html/dom.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const PAGES = 40;
const PAGE_CHARS = 1024 * 1024;

/** A page's source, different on every call, and an element whose class attribute is cut from it. */
function elementOfPage(n: number): Element {
  const source = `<div class="gallery-caption-wrapper-${n}">${'lorem ipsum '.repeat(PAGE_CHARS / 12)}</div>`;
  const start = source.indexOf('"') + 1;
  return { attribs: { class: source.slice(start, source.indexOf('"', start)) } } as unknown as Element;
}

describe('classTokens', () => {
  it('keeps the words of a class string, not the page it was cut from', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const words: string[] = [];
    for (let n = 0; n < PAGES; n++) words.push(classTokens(elementOfPage(n)).join(' '));
    collectGarbage();
    const kept = process.memoryUsage().heapUsed - before;
    expect(words[3]).toBe('gallery caption wrapper 3');
    // With the pages kept: about 40 MB.
    expect(kept).toBeLessThan((PAGES * PAGE_CHARS) / 4);
  });
});
