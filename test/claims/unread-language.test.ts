// A document in a language no pack reads gets no claims: the English cues would read its words as English
// ("war" is German for "was", "die" for "the") and code events its sentences do not state. A document
// whose language is unknown is still read with every pack.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../pipeline/claims/index.ts';
import { isUnreadLanguage, packsFor } from '../../pipeline/claims/language-packs.ts';

const GERMAN =
  'Auf der Kundgebung in Berlin war der Slogan "Solidarität mit Russland" zu lesen.\n\nDer Krieg zwischen Russland und der Ukraine war das Thema in Paris.';
const ENGLISH = 'Russia delivered 14 Su-35 jets to Algeria in 2021.';
const pairs = (text: string, language: string | null) =>
  extractClaims({ id: 'doc_00000000000000ab', text, language }).map((c) => `${c.subject.id} ${c.object.id}`);

describe('documents in a language no pack reads', () => {
  it('yields no claims from German text, which the English cues would misread', () => {
    expect(pairs(GERMAN, null).length).toBeGreaterThan(0);
    expect(pairs(GERMAN, 'de')).toEqual([]);
    expect(pairs(GERMAN, 'de-AT')).toEqual([]);
  });

  it('reads English and French documents with their own pack, and unknown ones with every pack', () => {
    expect(pairs(ENGLISH, 'en')).toEqual(['RUS DZA']);
    expect(pairs(ENGLISH, 'EN-gb')).toEqual(['RUS DZA']);
    expect(pairs(ENGLISH, null)).toEqual(['RUS DZA']);
    expect(pairs(ENGLISH, 'und')).toEqual(['RUS DZA']);
    expect(packsFor('fr').map((p) => p.language)).toEqual(['fr']);
    expect(packsFor('ru')).toEqual([]);
    expect([isUnreadLanguage('de'), isUnreadLanguage('fr'), isUnreadLanguage(null), isUnreadLanguage('')]).toEqual([true, false, false, false]);
  });
});
