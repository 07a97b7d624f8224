// A paragraph-level classifier over the whole page, in the manner of jusText (Pomikálek 2011): each
// block is first judged on its own by length, link density and the density of the language's
// function words, then short and near-good blocks take the class of their neighbours. It reads no
// class names or containers, so it finds the article where the container vote failed (an article
// inside a wrapper named like chrome, a page without one container). A last resort: markup-blind.
import { nearestClass, type ParagraphClass } from '../context-classes.ts';
import { stopwordDensity, stopwordLanguage, words } from '../stopwords.ts';
import { NOTES_SIGNAL } from './footnotes.ts';
import type { Verdict } from './judge.ts';
import type { Segment } from './segment.ts';

type Initial = ParagraphClass;

// jusText's lengths: a paragraph under 70 characters is short, one over 200 with enough function
// words is good; over 20% link text is bad. Its function-word thresholds (0.30 / 0.32) suit its long
// lists; ours are a few dozen words each, so prose reads lower: 0.20 / 0.25, set on the tuned part of
// dev/segments (at 0.30 / 0.32 well-written paragraphs were judged bad and two more pages came out empty).
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.2;
const STOPWORDS_HIGH = 0.25;
const MAX_LINK_DENSITY = 0.2;
/** Scripts written without spaces (or a language without a list): judged by length and links alone. */
const LENGTH_ONLY_GOOD = 200;

const CLASSIFIED_KINDS = new Set<Segment['kind']>(['paragraph', 'heading', 'list', 'quote', 'table', 'caption']);

function initialClass(segment: Segment, language: string | null, wordsOf: (segment: Segment) => string[]): Initial {
  if (!CLASSIFIED_KINDS.has(segment.kind)) return 'bad';
  // Comments are never the article, whatever their shape.
  if (segment.chrome?.kind === 'comment') return 'bad';
  // Nor are the notes the footnote markers point to.
  if (segment.chrome === NOTES_SIGNAL) return 'bad';
  // Nor a consent notice, a sign-in box or a dialog: their sentences read like prose (function
  // words, few links) and, on a page whose article the container missed, outweighed the article.
  if (segment.overlay) return 'bad';
  const text = segment.text;
  const linkDensity = segment.textChars > 0 ? segment.linkChars / segment.textChars : 0;
  if (linkDensity > MAX_LINK_DENSITY) return 'bad';
  if (text.length < LENGTH_LOW) return segment.linkChars > 0 ? 'bad' : 'short';
  if (!language) return text.length >= LENGTH_ONLY_GOOD ? 'good' : 'neargood';
  const density = stopwordDensity(wordsOf(segment), language);
  if (density >= STOPWORDS_HIGH) return text.length > LENGTH_HIGH ? 'good' : 'neargood';
  if (density >= STOPWORDS_LOW) return 'neargood';
  return 'bad';
}

/** Words of the page's paragraphs read to tell its language. */
const LANGUAGE_SAMPLE_WORDS = 5000;

/** Verdicts for the segments of a whole page: kept = classified good. */
export function classifyParagraphs(segments: Segment[]): Verdict[] {
  // Each paragraph's words are read twice, for the page's language and for its own verdict: split
  // once. The language sample is the first 5,000 words of the paragraphs in order (the words of the
  // paragraphs joined by spaces are each paragraph's words in turn), so the split stops there.
  const split = new Map<Segment, string[]>();
  const wordsOf = (segment: Segment) => {
    let list = split.get(segment);
    if (list === undefined) {
      list = words(segment.text);
      split.set(segment, list);
    }
    return list;
  };
  const sample: string[] = [];
  for (const segment of segments) {
    if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
    if (segment.kind !== 'paragraph') continue;
    for (const word of wordsOf(segment)) {
      if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
      sample.push(word);
    }
  }
  const language = stopwordLanguage(sample);
  const initial = segments.map((s) => initialClass(s, language, wordsOf));
  const final: Initial[] = [...initial];

  const neighbour = (from: number, step: 1 | -1, skipNearGood: boolean) => nearestClass(initial, from, step, skipNearGood);
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'short') continue;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    if (prev === 'good' && next === 'good') final[i] = 'good';
    else if (prev === 'bad' && next === 'bad') final[i] = 'bad';
    else if ((prev === 'bad' && neighbour(i, -1, false) === 'neargood') || (next === 'bad' && neighbour(i, 1, false) === 'neargood')) final[i] = 'good';
    else final[i] = 'bad';
  }
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'neargood') continue;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    final[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  }
  return segments.map((segment, i) =>
    final[i] === 'good'
      ? { kept: true, kind: segment.kind, reason: null }
      : {
          kept: false,
          kind: 'boilerplate',
          reason: `paragraph classifier: ${initial[i] === 'short' ? 'short, between chrome' : initial[i] === 'neargood' ? 'near-good, between chrome' : 'too many links or too few function words'}`,
        },
  );
}
