// matchChrome skips candidate lengths no phrase could have at a word (pipeline/text/chrome-vocabulary.ts):
// its answers must be those of trying every length at every word, longest first, as it did before.
import { describe, expect, it } from 'vitest';
import { CHROME_VOCABULARIES, matchChrome } from '../../pipeline/text/chrome-vocabulary.ts';

describe('matchChrome', () => {
  it('finds multi-word phrases, brand names split by case, and phrases after other words', () => {
    const phrase = CHROME_VOCABULARIES.flatMap((v) => v.phrases).find((p) => p.trim().split(/\s+/).length >= 3)!;
    // A phrase of three or more words after two words that open none: found at its own place.
    const found = matchChrome(`zzq qqz ${phrase}`);
    expect(found?.phrases.length).toBeGreaterThan(0);
    expect(found!.coverage).toBeGreaterThan(0.4);
    expect(found!.coverage).toBeLessThan(1);
    // Run-together labels come apart at the capitals and join again into the brand names.
    expect(matchChrome('FacebookLinkedInWhatsApp')?.kind).toBe('share');
    expect(matchChrome('FacebookLinkedInWhatsApp')?.coverage).toBe(1);
    expect(matchChrome('zzq qqz')).toBeNull();
  });

  it('gives the answers of trying every candidate length at every word', () => {
    const phrases = CHROME_VOCABULARIES.flatMap((v) => v.phrases);
    // Texts mixing phrases (whole, cut, run together) with filler words.
    const texts: string[] = [];
    for (let i = 0; i < phrases.length; i += 7) {
      const a = phrases[i]!;
      const b = phrases[(i * 13 + 5) % phrases.length]!;
      texts.push(`${a} ${b}`, `the ${a.split(' ').slice(0, -1).join(' ')} of ${b}`, `${a.replace(/\s+/g, '')} and ${b.toUpperCase()}`);
    }
    for (const text of texts) expect(matchChrome(text)).toEqual(matchEveryLength(text));
  });
});

/** matchChrome as it was before the skip: every length from the longest phrase's down, at every word. */
function matchEveryLength(text: string) {
  const normalise = (t: string) =>
    t
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’]/g, "'")
      .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const kinds = new Map<string, string>();
  for (const { kind, phrases } of CHROME_VOCABULARIES) for (const p of phrases) if (!kinds.has(normalise(p))) kinds.set(normalise(p), kind);
  const longest = Math.max(...[...kinds.keys()].map((p) => p.split(' ').length));
  const words = normalise(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return null;
  const counts = new Map<string, number>();
  const found: string[] = [];
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n > 0; n--) {
      const candidate = words.slice(i, i + n).join(' ');
      const phrase = kinds.has(candidate) || n === 1 ? candidate : words.slice(i, i + n).join('');
      const kind = kinds.get(phrase);
      if (kind) {
        counts.set(kind, (counts.get(kind) ?? 0) + n);
        found.push(phrase);
        matched = n;
        break;
      }
    }
    covered += matched;
    i += matched || 1;
  }
  if (covered === 0) return null;
  const [kind] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { kind, coverage: covered / words.length, phrases: found };
}
