// The cue chain (language-packs.ts cueChain): at an offset, the first cue from a given one on that
// matches there, with its match's end, as each cue's own word pattern would find it; calling it again
// from the next cue on finds every cue that matches at the offset, in the cues' order.
import { describe, expect, it } from 'vitest';
import { cueChain, packsFor, wordPattern } from '../../pipeline/claims/language-packs.ts';

/** Every cue whose own word pattern matches at `start`, with its match's end: what the chain must give. */
function oneByOne(words: string[][], text: string, start: number): Array<{ cue: number; end: number }> {
  return words.flatMap((list, cue) => {
    const sticky = new RegExp(wordPattern(list).source, 'iuy');
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    return match ? [{ cue, end: start + match[0].length }] : [];
  });
}

function chained(words: string[][], text: string, start: number): Array<{ cue: number; end: number }> {
  const firstCueAt = cueChain(words.map((list) => `(?:${list.join('|')})`));
  const found: Array<{ cue: number; end: number }> = [];
  for (let hit = firstCueAt(text, start, 0); hit; hit = firstCueAt(text, start, hit.cue + 1)) found.push(hit);
  return found;
}

describe('cue chain', () => {
  // Cues that overlap at one offset, one with capture groups of its own (which must not be taken for
  // the next cue's), one that matches only as a whole word, one that never matches there.
  const words = [['strikes? on'], ['(war)(s)?'], ['strike'], ['peace talks'], ['(s)(t)rik(e)s'], ['war']];
  const text = 'Air strikes on Libya, strikes, strikers and the wars.';
  it('finds every cue matching at an offset, with its own match end', () => {
    for (const start of [4, 22, 31, 48]) expect(chained(words, text, start), `at ${start}`).toEqual(oneByOne(words, text, start));
    expect(chained(words, text, 4)).toEqual([
      { cue: 0, end: 14 },
      { cue: 4, end: 11 },
    ]);
    expect(chained(words, text, 48)).toEqual([{ cue: 1, end: 52 }]);
    expect(chained(words, text, 31)).toEqual([]);
  });
  it('answers null from past the last cue', () => {
    expect(cueChain(['(?:war)'])('war', 0, 1)).toBeNull();
  });
  it("gives the packs' cues as their own patterns do", () => {
    for (const pack of packsFor('en').concat(packsFor('fr'))) {
      const sentence = 'Russia imposed sanctions on Iran and signed a strategic partnership; la France a condamné les frappes.';
      for (let start = 0; start < sentence.length; start++) {
        const found: number[] = [];
        for (let hit = pack.firstCueAt(sentence, start, 0); hit; hit = pack.firstCueAt(sentence, start, hit.cue + 1)) found.push(hit.cue);
        const own = pack.cues.flatMap((cue, k) => {
          const sticky = new RegExp(cue.pattern.source, 'iuy');
          sticky.lastIndex = start;
          return sticky.test(sentence) ? [k] : [];
        });
        expect(found, `${pack.language} at ${start}`).toEqual(own);
      }
    }
  });
});
