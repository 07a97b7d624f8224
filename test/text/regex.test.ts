// Unit tests for the regex helpers that stand in for slower built-ins on the hot path: execAll must
// give what String.prototype.matchAll gives, and collapsedLength what collapse(text).trim().length gives.
import { describe, expect, it } from 'vitest';
import { collapse, collapsedLength } from '../../pipeline/clean/html/dom.ts';
import { countMatches, execAll } from '../../pipeline/text/regex.ts';

const both = (pattern: RegExp, text: string) => {
  const viaMatchAll = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
  const viaExecAll = [...execAll(pattern, text)].map((m) => [m.index, ...m]);
  return { viaMatchAll, viaExecAll };
};

describe('execAll', () => {
  it('finds the matches matchAll finds, groups and indices included', () => {
    const { viaMatchAll, viaExecAll } = both(/(\d+)-(\d+)/g, 'from 1990-1995 and 2001-2004, not 7');
    expect(viaExecAll).toEqual(viaMatchAll);
    expect(viaExecAll).toHaveLength(2);
  });
  it('steps over empty matches by a code point under the u flag, by a code unit without it', () => {
    for (const pattern of [/x*/gu, /x*/g, /(?=\p{L})/gu]) {
      const { viaMatchAll, viaExecAll } = both(pattern, 'a😀xxb😀');
      expect(viaExecAll).toEqual(viaMatchAll);
    }
  });
  it('starts at the pattern’s lastIndex, as matchAll’s copy does, and leaves it as it found it', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 3;
    const expected = [...'1 2 3 4'.matchAll(pattern)].map((m) => m.index);
    expect([...execAll(pattern, '1 2 3 4')].map((m) => m.index)).toEqual(expected);
    expect(expected).toEqual([4, 6]);
    expect(pattern.lastIndex).toBe(3);
    // Left early (a `return` inside the loop): lastIndex is still put back.
    for (const _ of execAll(pattern, '1 2 3 4')) break;
    expect(pattern.lastIndex).toBe(3);
  });
  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => [...execAll(/a/, 'a')]).toThrow(TypeError);
  });
});

describe('collapsedLength', () => {
  it('counts every UTF-16 code unit as \\s and trim() do', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}${c}b${c}`, `${c}x${c}`, c]) if (collapsedLength(text) !== collapse(text).trim().length) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
  it('collapses runs and trims both ends', () => {
    expect(collapsedLength('  one \n\t two\u00a0 three  ')).toBe('one two three'.length);
    expect(collapsedLength(' \n ')).toBe(0);
  });
});

describe('countMatches', () => {
  it('counts what match() finds, from the start whatever the lastIndex, and leaves the lastIndex as it was', () => {
    const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    const text = "L’État n'a pas dit « non » — 3.5 % of e-mail, rock'n'roll, 😀 naïve…";
    word.lastIndex = 9;
    const counted = countMatches(word, text);
    expect(word.lastIndex).toBe(9);
    expect(counted).toBe(text.match(word)!.length);
    expect(countMatches(/\S+/g, '  two\u00a0words\tand\u3000four  ')).toBe('  two\u00a0words\tand\u3000four  '.split(/\s+/).filter(Boolean).length);
    expect(countMatches(/\S+/g, ' \n ')).toBe(0);
  });
  it('refuses a pattern without the g flag, which test() would find again and again', () => {
    expect(() => countMatches(/\S+/, 'a b')).toThrow(TypeError);
  });
});
