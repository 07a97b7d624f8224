// Modality and polarity of a claim: attributed (with its source), negated, predicted, hedged or
// asserted, read from the cue words of the language pack around the relation cue.
import type { Modality } from '../records/claim.ts';
import { clauseAt, type Clause } from './clauses.ts';
import type { LanguagePack } from './language-packs.ts';
import type { Mention } from './actors.ts';
import type { CueMatch } from './relations.ts';
import { lemmatise, verbBetween } from './events.ts';
import { execAll } from '../text/regex.ts';

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
  const trimmed = raw
    .replace(LEADING_FILLER, '')
    .replace(/^(?:that|que|qu['’])\s+/iu, '')
    .replace(/[\s,;:.!?"“”]+$/u, '')
    .trim();
  if (trimmed === '') return null;
  const words = trimmed.split(/\s+/u).length;
  return words <= MAX_SOURCE_WORDS ? trimmed : null;
}

/** Finds the sentence's attribution, if any: "according to X", "X said (that)", ", X said.". */
export function findAttribution(text: string, clauses: readonly Clause[], pack: LanguagePack, named: readonly Mention[] = []): Attribution | null {
  // "States" in "the United States" is a name, not a reporting verb.
  const insideName = (start: number, end: number) => named.some((n) => n.actor && start < n.end && n.start < end);
  const firstOutsideNames = (pattern: RegExp) => {
    for (const m of execAll(pattern, text)) if (!insideName(m.index, m.index + m[0].length)) return m;
    return null;
  };
  const phrase = firstOutsideNames(pack.attributionPhrase);
  if (phrase) {
    const cueEnd = phrase.index + phrase[0].length;
    const clause = clauseAt(clauses, cueEnd);
    const rawStart = cueEnd;
    const source = cleanSource(text.slice(rawStart, clause.end));
    const sourceStart = source ? text.indexOf(source, rawStart) : rawStart;
    return { cueStart: phrase.index, cueEnd, source, sourceStart, sourceEnd: source ? sourceStart + source.length : rawStart };
  }
  const verb = firstOutsideNames(pack.attributionVerb);
  if (verb) {
    const cueEnd = verb.index + verb[0].length;
    const clause = clauseAt(clauses, verb.index);
    const before = cleanSource(text.slice(clause.start, verb.index));
    if (before) {
      const sourceStart = text.indexOf(before, clause.start);
      return { cueStart: verb.index, cueEnd, source: before, sourceStart, sourceEnd: sourceStart + before.length };
    }
    // "Germany, which holds the presidency, said it would …", "Turkey, a NATO member, said …": the verb
    // opens its clause after an aside on the sentence's subject, and what follows it is the statement
    // (it has a verb of its own), not a speaker written after the verb ("…, said the minister"). The
    // speaker is the subject before the aside: the sentence's first clause, when it ends at a comma and
    // has no verb ("Germany criticised Russia, saying it had …" is the subject's own act, then its words).
    const opening = clauses[0];
    if (
      opening &&
      opening.end <= verb.index &&
      pack.language === 'en' &&
      /^\s*,/u.test(text.slice(opening.end)) &&
      verbBetween(text, cueEnd, clause.end) &&
      !verbBetween(text, opening.start, opening.end) &&
      // "If Turkey, a NATO member, said …, the US would …", "In Kenya, …": a clause opened by a
      // subordinating word or a preposition is no subject ("The president of Brazil, …" is one).
      !['SCONJ', 'ADP'].includes(lemmatise(text).find((t) => t.start >= opening.start && t.pos !== 'PUNCT')?.pos ?? '')
    ) {
      const subject = cleanSource(text.slice(opening.start, opening.end));
      if (subject) {
        const sourceStart = text.indexOf(subject, opening.start);
        return { cueStart: verb.index, cueEnd, source: subject, sourceStart, sourceEnd: sourceStart + subject.length };
      }
    }
    const after = cleanSource(text.slice(cueEnd, clause.end));
    if (after) {
      const sourceStart = text.indexOf(after, cueEnd);
      return { cueStart: verb.index, cueEnd, source: after, sourceStart, sourceEnd: sourceStart + after.length };
    }
  }
  if (pack.attributionBare) {
    const bare = firstOutsideNames(pack.attributionBare);
    if (bare) return { cueStart: bare.index, cueEnd: bare.index + bare[0].length, source: null, sourceStart: bare.index, sourceEnd: bare.index };
  }
  return null;
}

function occursOutside(pattern: RegExp, text: string, from: number, to: number, cueStart: number, cueEnd: number): boolean {
  const window = text.slice(from, to);
  for (const match of execAll(pattern, window)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (end <= cueStart || start >= cueEnd) return true;
  }
  return false;
}

/** A question mark at the end of the sentence (ASCII or full-width), before any closing quotes or brackets. */
const ASKS = /[?\uff1f][\s"'\u00bb\u201d\u2019)\]]*$/u;

/** Whether the sentence (one sentence, as the splitter cut it) asks a question rather than stating something. */
export const asksWhether = (sentence: string): boolean => ASKS.test(sentence);

/**
 * Reads the modality of a relation cue. A negation counts when it stands shortly before the cue with
 * no other cue in between ("did not condemn the Russian invasion" negates the condemning only).
 */
export function readModality(text: string, cue: CueMatch, cues: readonly CueMatch[], attribution: Attribution | null, pack: LanguagePack): ModalityReading {
  const { clause, start: cueStart, end: cueEnd } = cue;
  const previousCue = cues.filter((c) => c !== cue && c.end <= cueStart).pop();
  const negationFrom = Math.max(clause.start, cueStart - NEGATION_REACH, previousCue ? previousCue.end : 0);
  const negated = occursOutside(pack.negation, text, negationFrom, cueStart, cueStart, cueEnd);
  const polarity = negated ? 'negative' : 'positive';
  const applies = attribution !== null && (attribution.cueEnd <= cueStart || attribution.cueStart >= clause.end || attribution.source === null);
  if (applies) return { modality: 'attributed', polarity, attributedTo: attribution.source };
  if (negated) return { modality: 'negated', polarity, attributedTo: null };
  // A question asks whether the act happened rather than stating it ("Did Russia attack Ukraine?", "Will
  // France sanction Iran?", "ont-ils rompu leurs relations ?"): uncertain, whatever its tense. `text` is one
  // sentence as the splitter cut it (abbreviations such as "U.S." inside it), so its own end is the one to read.
  if (asksWhether(text)) return { modality: 'hedged', polarity, attributedTo: null };
  const within = (pattern: RegExp) => occursOutside(pattern, text, clause.start, clause.end, cueStart, cueEnd);
  if (within(pack.uncertain)) return { modality: 'hedged', polarity, attributedTo: null };
  if (within(pack.predicted)) return { modality: 'predicted', polarity, attributedTo: null };
  if (within(pack.hedged)) return { modality: 'hedged', polarity, attributedTo: null };
  return { modality: 'asserted', polarity, attributedTo: null };
}
