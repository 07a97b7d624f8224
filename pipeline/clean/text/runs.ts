// A second way to find a text dump's article, independent of the span scores in index.ts: each
// line classed in the manner of jusText (Pomikálek 2011) by its length, the density of its
// language's function words and its end, short lines then taking the class of their neighbours,
// and the article taken as the best run of good lines. It reads no widget vocabulary beyond what
// the caller marks as chrome, and it weighs a run of chrome by its lines, not by escalating
// costs, so its runs reach across a share bar that the span scores take for the article's end:
// index.ts uses it to find the article's opening above the span. (As a replacement for a weak
// span, the wrong-part-of-the-page case, it moved no held-out snippet: see openingAbove.)
import { nearestClass, type ParagraphClass } from '../context-classes.ts';
import { stopwordDensity, stopwordLanguage, STOPWORDS, words } from '../stopwords.ts';

export type LineClass = ParagraphClass;

/** What the classifier needs of a paragraph of the dump. */
export interface LineFacts {
  text: string;
  /** Words (or their equivalent for scripts written without spaces). */
  weight: number;
  endsSentence: boolean;
  /** Chrome, a repeated label, printed script: never the article, whatever its shape. */
  excluded: boolean;
  /** A byline or date line: an article's head prints one right over its first paragraph. */
  dated: boolean;
}

// jusText's lengths in characters, and the function-word thresholds the HTML classifier uses
// (pipeline/clean/html/classify.ts: our lists are a few dozen words each, so prose reads lower
// than on jusText's long lists).
const LENGTH_LOW = 70;
// jusText's long block is 200 characters; a news paragraph in a dump is often one or two
// sentences of 100–200 characters, and at 200 an article of such paragraphs had no good line at
// all (segments tuned 0.8667 / held out 0.8557 at 200 against 0.8700 / 0.8627 at 100).
const LENGTH_HIGH = 100;
const STOPWORDS_LOW = 0.2;
const STOPWORDS_HIGH = 0.25;
/** The least density of the chosen list's words over the page's sentences for the page to be in its language. */
const SAMPLE_DENSITY = 0.15;

/**
 * A form control as a text renderer prints it, opening the line: "[*] Receive our letter",
 * "[ ] I agree…". A newsletter or sign-up form's options read like sentences but are a form.
 */
const OPENS_WITH_CONTROL = /^\[[^\]]{0,3}\]/u;

/** Words of the page's sentences read to tell its language, as the HTML classifier reads its paragraphs'. */
const LANGUAGE_SAMPLE_WORDS = 5000;

/** Each line's words, split once however often the language sample and the line's class ask for them. */
export type LineWords = (line: LineFacts) => string[];

/** A memo of each line's words (stopwords.ts's words) for one page's lines. */
export function lineWords(): LineWords {
  const split = new Map<LineFacts, string[]>();
  return (line) => {
    let list = split.get(line);
    if (list === undefined) {
      list = words(line.text);
      split.set(line, list);
    }
    return list;
  };
}

/** The stopword list for the page: its detected language's, else the densest list's in its text, else none. */
export function runLanguage(lines: readonly LineFacts[], detected: string | null, wordsOf: LineWords = lineWords()): string | null {
  if (detected && STOPWORDS[detected]) return detected;
  // Only sentences of some length: menus and labels are names, and short words of other languages
  // ("a" opens Hungarian noun phrases as English ones) would pass for a list's function words.
  // The sample is the first LANGUAGE_SAMPLE_WORDS words of those lines in order (the words of the
  // lines joined by spaces are each line's words in turn), so the reading stops there.
  const sample: string[] = [];
  for (const line of lines) {
    if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
    if (!line.endsSentence || line.text.length < LENGTH_LOW) continue;
    for (const word of wordsOf(line)) {
      if (sample.length >= LANGUAGE_SAMPLE_WORDS) break;
      sample.push(word);
    }
  }
  const language = stopwordLanguage(sample);
  return language && stopwordDensity(sample, language) >= SAMPLE_DENSITY ? language : null;
}

/** A sentence's end followed by the next sentence's capital, inside a paragraph. */
const INNER_SENTENCE_END = /[.!?…。！？][”"’'»)]*\s+[“"‘'«(]?\p{Lu}/u;
/** The least share of letters among a line's visible characters for it to be text. */
const LETTER_SHARE = 0.5;

function initialClass(line: LineFacts, language: string | null, wordsOf: LineWords): LineClass {
  if (line.excluded || OPENS_WITH_CONTROL.test(line.text)) return 'bad';
  const chars = charsOf(line);
  if (chars < LENGTH_LOW) return 'short';
  // A long line that does not end a sentence is a list of labels or a headline run together, or
  // a sentence cut off by a renderer: evidence, not proof, so it stays near-good at best.
  // A paragraph whose last sentence lost its stop (a trailing "more" link cut away) still holds
  // full stops inside it: only a line with no sentence end anywhere is capped.
  const sentences = line.endsSentence || INNER_SENTENCE_END.test(line.text);
  const capped = (cls: LineClass): LineClass => (cls === 'good' && !sentences ? 'neargood' : cls);
  // Rules, box drawing and symbol rows are not text, however long.
  if ((line.text.match(/\p{L}/gu)?.length ?? 0) < line.text.replace(/\s+/gu, '').length * LETTER_SHARE) return 'bad';
  if (!language) {
    // No list for the page's language: length and terminal punctuation alone.
    if (!sentences) return 'bad';
    return chars > LENGTH_HIGH ? 'good' : 'neargood';
  }
  const density = stopwordDensity(wordsOf(line), language);
  if (density >= STOPWORDS_HIGH) return capped(chars > LENGTH_HIGH ? 'good' : 'neargood');
  if (density >= STOPWORDS_LOW) return 'neargood';
  return 'bad';
}

/**
 * jusText's context pass: a short line between good ones is good, between bad ones bad; a near-good
 * line is good unless bad lines stand on both sides. The dump's ends count as bad.
 */
export function classifyLines(lines: readonly LineFacts[], language: string | null, wordsOf: LineWords = lineWords()): LineClass[] {
  const initial = lines.map((line) => initialClass(line, language, wordsOf));
  const final = [...initial];
  const neighbour = (from: number, step: 1 | -1, skipNearGood: boolean) => nearestClass(initial, from, step, skipNearGood);
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'short') continue;
    const prev = neighbour(i, -1, true);
    const next = neighbour(i, 1, true);
    // jusText also takes a short block next to a near-good one for good; a dump has no links to
    // tell a menu from a caption, and a menu's labels sit next to its near-good blurbs.
    final[i] = prev === 'good' && next === 'good' ? 'good' : 'bad';
  }
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'neargood') continue;
    final[i] = neighbour(i, -1, true) === 'bad' && neighbour(i, 1, true) === 'bad' ? 'bad' : 'good';
  }
  return final;
}

/** Lines between a byline or date line and the article's first paragraph (tags, a picture's credit). */
const HEAD_WITHIN = 3;
/** What a head over a paragraph is worth, in words: about a paragraph's. */
const HEAD_POINTS = 30;

/** What a bad line costs the run it interrupts: a few menu labels or a caption part no article, a long run of them does. */
const BAD_LINE = 3;

/**
 * Points of each line for the run: a good line its weight, a bad one a fixed cost (a long bad line
 * costs by its length: a paragraph of chrome parts two texts more than a label does).
 */
export function runScores(lines: readonly LineFacts[], classes: readonly LineClass[]): number[] {
  let sinceDated = Infinity;
  return classes.map((cls, i) => {
    sinceDated = lines[i]!.dated ? 0 : sinceDated + 1;
    if (cls !== 'good') return -Math.max(BAD_LINE, lines[i]!.weight / 4);
    // A short line between good ones (a subheading, a caption) goes with them but earns nothing.
    if (isShortLine(lines[i]!)) return 0;
    // The first good line a few lines under a byline or a date line opens an article: a page's
    // teasers and forms carry no such head, so a one-paragraph article can outweigh them.
    const opens = sinceDated <= HEAD_WITHIN;
    if (opens) sinceDated = Infinity;
    return lines[i]!.weight + (opens ? HEAD_POINTS : 0);
  });
}

/** A line too short to be judged on its own: it takes its neighbours' class and earns nothing. */
export const isShortLine = (line: LineFacts) => charsOf(line) < LENGTH_LOW;
/** A line's length in characters; scripts written without spaces say as much in half as many. */
const charsOf = (line: LineFacts) => Math.max(line.text.length, line.weight * 2);
