// The claims extractor's fast paths give what the plain method gives: one scan for all cues against
// each cue's own matchAll, the tail-only abbreviation test on long sentences, the chrono skip, and
// lines without names left unsplit.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../pipeline/claims/index.ts';
import { findNamedMentions } from '../../pipeline/claims/actors.ts';
import { clauseAt, splitClauses } from '../../pipeline/claims/clauses.ts';
import { packsFor, type LanguagePack } from '../../pipeline/claims/language-packs.ts';
import { findCues, type CueMatch } from '../../pipeline/claims/relations.ts';
import { splitSentences } from '../../pipeline/claims/sentences.ts';
import { findTimes } from '../../pipeline/claims/time.ts';

const [en, fr] = [packsFor('en')[0]!, packsFor('fr')[0]!];

/** findCues as first written: every cue's pattern run over the whole sentence. */
function plainCues(text: string, pack: LanguagePack): Array<[string, number, number]> {
  const clauses = splitClauses(text, pack);
  const named = findNamedMentions(text);
  const matches: CueMatch[] = [];
  for (const cue of pack.cues) {
    for (const m of text.matchAll(cue.pattern)) {
      const end = m.index + m[0].length;
      if (named.some((n) => n.actor && m.index < n.end && n.start < end)) continue;
      const clause = clauseAt(clauses, m.index);
      const clauseText = text.slice(clause.start, clause.end);
      if (cue.requires && !cue.requires.test(clauseText)) continue;
      if (cue.unless?.test(clauseText)) continue;
      matches.push({ cue, relation: cue.relation, start: m.index, end, clause });
    }
  }
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of matches) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start).map((m) => [m.relation, m.start, m.end]);
}

const fastCues = (text: string, pack: LanguagePack) =>
  findCues(text, splitClauses(text, pack), pack, findNamedMentions(text)).map((m) => [m.relation, m.start, m.end]);

describe('one scan for all relation cues', () => {
  const sentences = [
    'Algeria bought Russian fighter jets and signed an arms deal, a trade agreement and a defence cooperation pact with Russia.',
    'Morocco condemned the attack, criticised the strikes on Libya and imposed new sanctions on Mali, while Egypt mediated talks.',
    'The United States backed the deal; France and Spain expanded their presence in the Sahel and deepened economic ties.',
    'Turkey did not take sides in the war between Libya and Egypt, but its strategic partnership with Qatar held.',
    '𝐀lgeria 𝐁ought arms — buying buyers buy, bought-bought; sanctionsanctions sanction 😀sanction',
    "L'Algérie a acheté des avions russes et a signé un accord de coopération militaire avec la Russie.",
    // English verbs are lemma cues (events.ts) since issue 15; nouns and phrases stay patterns.
    'Russian-Algerian relations, arms deliveries, joint exercises, a strategic partnership and sanctions on Iran came up amid the war in Sudan and the rapprochement with Egypt.',
  ];
  it('finds what each cue pattern finds on its own', () => {
    let found = 0;
    for (const text of sentences)
      for (const pack of [en, fr]) {
        const fast = fastCues(text, pack);
        expect(fast, text).toEqual(plainCues(text, pack));
        found += fast.length;
      }
    expect(found).toBeGreaterThan(20);
  });
});

describe('sentences ending in an abbreviation', () => {
  it('joins a long sentence ending in "No." to the next, and leaves a long final word alone', () => {
    const long = 'The agreement that Algeria and Russia signed in Moscow last week was filed as contract No. 5 in the register.';
    expect(splitSentences(long, en.abbreviations).map((s) => s.text)).toEqual([long]);
    const word = `${'a'.repeat(40)}${'𝐀'.repeat(20)}`;
    const text = `It ends on ${word}. Next one.`;
    expect(splitSentences(text, new Set([word])).map((s) => s.text)).toEqual([text]);
    expect(splitSentences(text, new Set(['a'])).length).toBe(2);
  });
});

describe('times', () => {
  it('reads chrono dates when a year is left free, and the same times when none is', () => {
    expect(findTimes('In March 1995, Algeria signed an agreement with Russia.', en).map((t) => t.value)).toEqual(['1995-03']);
    expect(findTimes('On 5 June 2001 and from 2003 to 2005, Algeria bought arms.', en).map((t) => t.value)).toEqual(['2001-06-05', '2003/2005']);
    expect(findTimes('The contract of 12/03/2019 was signed.', en).map((t) => t.value)).toEqual(['2019-12-03']);
  });
});

describe('lines without names', () => {
  it('keep the offsets and paragraphs of the lines around them', () => {
    const text = 'Nothing to see here. It said so.\nRussia sold jets to Algeria. It bought them.\nNo names.';
    const claims = extractClaims({ id: 'doc_00000000000000bb', text, language: 'en' });
    expect(claims.map((c) => [c.text, c.start])).toEqual([['Russia sold jets to Algeria.', 33]]);
  });
});
