// Modality and polarity of a claim: attributed (with its source), negated, predicted, hedged or
// asserted, read from the cue words of the language pack around the relation cue.
import type { Modality } from '../records/claim.ts';
import { clauseAt, type Clause } from './clauses.ts';
import type { LanguagePack } from './language.ts';

export interface Attribution {
  /** The reporting words ("said", "according to"). */
  cueStart: number;
  cueEnd: number;
  /** Who said it, as written; null for "reportedly". */
  source: string | null;
  sourceStart: number;
  sourceEnd: number;
}

export interface ModalityReading {
  modality: Modality;
  polarity: 'positive' | 'negative';
  attributedTo: string | null;
}

/** Words of at most this many tokens can name a source ("Russian Foreign Minister Sergei Lavrov"). */
const MAX_SOURCE_WORDS = 10;
/** Negation further than this before the cue rarely scopes over it. */
const NEGATION_REACH = 60;

const LEADING_FILLER = /^[\s,;:"“”'‘’]*(?:(?:and|but|however|moreover|also|meanwhile|et|mais|cependant)\s+)?/iu;

function cleanSource(raw: string): string | null {
  const trimmed = raw.replace(LEADING_FILLER, '').replace(/^(?:that|que|qu['’])\s+/iu, '').replace(/[\s,;:.!?"“”]+$/u, '').trim();
  if (trimmed === '') return null;
  const words = trimmed.split(/\s+/u).length;
  return words <= MAX_SOURCE_WORDS ? trimmed : null;
}

/** Finds the sentence's attribution, if any: "according to X", "X said (that)", ", X said.". */
export function findAttribution(text: string, clauses: readonly Clause[], pack: LanguagePack): Attribution | null {
  pack.attributionPhrase.lastIndex = 0;
  const phrase = pack.attributionPhrase.exec(text);
  pack.attributionPhrase.lastIndex = 0;
  if (phrase) {
    const cueEnd = phrase.index + phrase[0].length;
    const clause = clauseAt(clauses, cueEnd);
    const rawStart = cueEnd;
    const source = cleanSource(text.slice(rawStart, clause.end));
    const sourceStart = source ? text.indexOf(source, rawStart) : rawStart;
    return { cueStart: phrase.index, cueEnd, source, sourceStart, sourceEnd: source ? sourceStart + source.length : rawStart };
  }
  pack.attributionVerb.lastIndex = 0;
  const verb = pack.attributionVerb.exec(text);
  pack.attributionVerb.lastIndex = 0;
  if (verb) {
    const cueEnd = verb.index + verb[0].length;
    const clause = clauseAt(clauses, verb.index);
    const before = cleanSource(text.slice(clause.start, verb.index));
    if (before) {
      const sourceStart = text.indexOf(before, clause.start);
      return { cueStart: verb.index, cueEnd, source: before, sourceStart, sourceEnd: sourceStart + before.length };
    }
    const after = cleanSource(text.slice(cueEnd, clause.end));
    if (after) {
      const sourceStart = text.indexOf(after, cueEnd);
      return { cueStart: verb.index, cueEnd, source: after, sourceStart, sourceEnd: sourceStart + after.length };
    }
  }
  if (pack.attributionBare) {
    pack.attributionBare.lastIndex = 0;
    const bare = pack.attributionBare.exec(text);
    pack.attributionBare.lastIndex = 0;
    if (bare) return { cueStart: bare.index, cueEnd: bare.index + bare[0].length, source: null, sourceStart: bare.index, sourceEnd: bare.index };
  }
  return null;
}

function occursOutside(pattern: RegExp, text: string, from: number, to: number, cueStart: number, cueEnd: number): boolean {
  const window = text.slice(from, to);
  for (const match of window.matchAll(pattern)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (end <= cueStart || start >= cueEnd) return true;
  }
  return false;
}

/** Reads the modality of a relation cue at [cueStart, cueEnd) in the sentence. */
export function readModality(
  text: string,
  clause: Clause,
  cueStart: number,
  cueEnd: number,
  attribution: Attribution | null,
  pack: LanguagePack,
): ModalityReading {
  const negated = occursOutside(pack.negation, text, Math.max(clause.start, cueStart - NEGATION_REACH), cueStart, cueStart, cueEnd);
  const polarity = negated ? 'negative' : 'positive';
  const applies = attribution !== null && (attribution.cueEnd <= cueStart || attribution.cueStart >= clause.end || attribution.source === null);
  if (applies) return { modality: 'attributed', polarity, attributedTo: attribution.source };
  if (negated) return { modality: 'negated', polarity, attributedTo: null };
  if (occursOutside(pack.predicted, text, clause.start, clause.end, cueStart, cueEnd)) return { modality: 'predicted', polarity, attributedTo: null };
  if (occursOutside(pack.hedged, text, clause.start, clause.end, cueStart, cueEnd)) return { modality: 'hedged', polarity, attributedTo: null };
  return { modality: 'asserted', polarity, attributedTo: null };
}
