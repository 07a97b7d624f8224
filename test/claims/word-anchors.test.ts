// The French event cues are tried only on sentences that hold one of the words their forms open
// with (claims/word-anchors.ts): the anchors must never rule out a pattern that would have matched.
import { describe, expect, it } from 'vitest';
import events from '../../pipeline/claims/data/events.json' with { type: 'json' };
import { wordPattern } from '../../pipeline/claims/language-packs.ts';
import { anchorsOf, foldedWords, leadingWord, mayMatch } from '../../pipeline/claims/word-anchors.ts';

const FRENCH = (events as { fr: { forms: string[] }[] }).fr;

describe('leadingWord', () => {
  it('takes the letters a form opens with when a literal space, apostrophe or hyphen follows them', () => {
    expect(leadingWord("convient (?:de|d')")).toBe('convient');
    expect(leadingWord('Accepte')).toBe('accepte');
    expect(leadingWord("l'")).toBe('l');
    expect(leadingWord('cessez-le-feu')).toBe('cessez');
  });
  it('gives none when the form opens with a group, may skip the space, or alternates outside a group', () => {
    expect(leadingWord("(?:s'|se )dit prêt")).toBeNull();
    expect(leadingWord('accept(?:e|ent)')).toBeNull();
    expect(leadingWord('dit ?prêt')).toBeNull();
    expect(leadingWord('signe|paraphe')).toBeNull();
    expect(leadingWord('signe (?:un|le)|paraphe')).toBeNull();
    expect(leadingWord('signe\\b')).toBeNull();
    // A "|" inside a group or a class is no alternation of the whole form.
    expect(leadingWord('signe (?:un|le) [|] accord')).toBe('signe');
  });
  it('makes an entry an anchored one only when every form has its word', () => {
    expect(anchorsOf(['signe', 'signent (?:un|le)'])).toEqual(new Set(['signe', 'signent']));
    expect(anchorsOf(['signe', '(?:a|b)signe'])).toBeNull();
  });
});

describe('foldedWords and mayMatch', () => {
  it('reads the runs of letters, lower-cased, apostrophes and hyphens cutting them', () => {
    expect(foldedWords('L’État a RAPPELÉ son porte-parole.')).toEqual(new Set(['l', 'état', 'a', 'rappelé', 'son', 'porte', 'parole']));
    // The long s, which a pattern's i flag reads as "s".
    expect(foldedWords('Il ſe dit prêt')).toContain('se');
    expect(mayMatch(null, new Set())).toBe(true);
    expect(mayMatch(new Set(['signe']), foldedWords('Paris signe un accord'))).toBe(true);
    expect(mayMatch(new Set(['signe']), foldedWords('Paris a signé un accord'))).toBe(false);
  });

  it('never rules out a French event pattern that matches: each literal form, written in a sentence in any case', () => {
    let tried = 0;
    for (const entry of FRENCH) {
      const anchors = anchorsOf(entry.forms);
      const pattern = wordPattern(entry.forms);
      for (const form of entry.forms) {
        if (!/^[\p{L} '’-]+$/u.test(form)) continue;
        for (const sentence of [
          `Hier, le gouvernement ${form} sans attendre.`,
          `« ${form.toUpperCase()} », titrait le journal.`,
          `${form[0]!.toUpperCase()}${form.slice(1)}: l’opposition réagit.`,
        ]) {
          pattern.lastIndex = 0;
          expect(pattern.test(sentence), sentence).toBe(true);
          expect(mayMatch(anchors, foldedWords(sentence)), sentence).toBe(true);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(3000);
  });

  it('agrees with the patterns on sentences written for it, and rules most patterns out', () => {
    const sentences = [
      "Le ministre a condamné l'attaque contre le convoi humanitaire.",
      'Les deux pays ont signé un accord de coopération militaire mardi.',
      "L'armée a bombardé des positions rebelles près de la frontière.",
      'Le président s’est dit prêt à rencontrer son homologue.',
      "Des manifestants ont protesté devant l'ambassade dimanche.",
      'La police a arrêté trois suspects après les affrontements.',
      'Le conseil municipal se réunira jeudi pour voter le budget.',
    ];
    let ruledOut = 0;
    for (const sentence of sentences) {
      const words = foldedWords(sentence);
      for (const entry of FRENCH) {
        const pattern = wordPattern(entry.forms);
        const anchors = anchorsOf(entry.forms);
        if (!mayMatch(anchors, words)) {
          ruledOut++;
          expect(pattern.test(sentence), `${sentence} / ${entry.forms[0]}`).toBe(false);
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(sentences.length * FRENCH.length * 0.8);
  });

  it('folds every letter of the anchors as the i flag does: no other character matches it that toLowerCase leaves apart', () => {
    const letters = new Set<string>();
    for (const entry of FRENCH) for (const word of anchorsOf(entry.forms) ?? []) for (const letter of word) letters.add(letter);
    const mismatched: string[] = [];
    for (const letter of letters) {
      const same = new RegExp(`^${letter}$`, 'iu');
      for (let code = 0; code < 0x10000; code++) {
        const character = String.fromCharCode(code);
        if (same.test(character) && [...foldedWords(character)].join('') !== letter) mismatched.push(`${letter} U+${code.toString(16)}`);
      }
    }
    expect(mismatched).toEqual([]);
  });
});
