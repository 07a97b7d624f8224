// franc's francAll (franc 6.2, no only/ignore options), the same tuples in the same order, computed
// from an inverted index of its trigram models. franc scores a text against every language of its
// script by walking the text's trigrams once per language (126 Latin languages: ~126 × 1,000 lookups
// per page, a few per cent of the whole chain's CPU). The index lists, for each trigram, the
// languages whose model holds it and at which rank, so one walk of the text's trigrams touches only
// the languages that hold each one; a missing trigram's fixed penalty is counted for every language
// up front and taken back where the trigram is found. Same integers, so same scores and order.
// test/text/trigram-distances.test.ts compares it with franc's own on texts of several scripts.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's MAX_LENGTH: it reads no more than this many characters. */
const MAX_LENGTH = 2048;
/** franc's MAX_DIFFERENCE: the distance a trigram adds for a language whose model lacks it. */
const MAX_DIFFERENCE = 300;

export type TrigramTuple = [string, number];

interface ScriptIndex {
  /** Languages in franc's order (its data's key order), which breaks ties between equal distances. */
  languages: string[];
  /** Per trigram: pairs (language number, rank in that language's model), flattened. */
  postings: Map<string, Int32Array>;
}

const indexes = new Map<string, ScriptIndex>();

/** The script's index, built on its first text (Latin's: ~40k postings, a few ms). */
function indexOf(script: string): ScriptIndex {
  const known = indexes.get(script);
  if (known) return known;
  const models = data[script]!;
  const languages = Object.keys(models);
  const lists = new Map<string, number[]>();
  languages.forEach((language, number) => {
    const model = models[language]!.split('|');
    // franc keeps the first rank when a model lists a trigram twice (it fills its table from the end).
    const seen = new Set<string>();
    model.forEach((trigram, rank) => {
      if (seen.has(trigram)) return;
      seen.add(trigram);
      const list = lists.get(trigram);
      if (list) list.push(number, rank);
      else lists.set(trigram, [number, rank]);
    });
  });
  const postings = new Map<string, Int32Array>();
  for (const [trigram, list] of lists) postings.set(trigram, Int32Array.from(list));
  const index = { languages, postings };
  indexes.set(script, index);
  return index;
}

/** trigram-utils' clean: ASCII punctuation, symbols and digits to spaces, white space collapsed, trimmed, lower case. */
function clean(value: string): string {
  return value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Counts of the padded text's trigrams (trigram-utils' asDictionary). */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** franc's getTopScript: the script whose expression matches most characters (first on a tie). */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Languages of `value` with franc's normalised scores, best first: francAll(value, { minLength }). */
export function francAll(value: string, minLength: number): TrigramTuple[] {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !(script in data)) return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  const { languages, postings } = indexOf(script);
  const counts = trigramCounts(sample);
  const distances = new Int32Array(languages.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [trigram, count] of counts) {
    const list = postings.get(trigram);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) {
      // franc's difference is count − rank − 1 (it compares the count with the rank), as a magnitude.
      distances[list[i]!]! += Math.abs(count - list[i + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  // A stable sort on the distance, from franc's language order, as franc's own.
  const tuples: TrigramTuple[] = languages.map((language, i) => [language, distances[i]!]);
  tuples.sort((a, b) => a[1] - b[1]);
  const min = tuples[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const tuple of tuples) tuple[1] = 1 - (tuple[1] - min) / max || 0;
  return tuples;
}
