// Language of a text, as an ISO 639-1 code (639-3 where there is none), detected with franc, and
// whether the detection is sure. franc always names its nearest language: placeholder Latin (lorem
// ipsum) comes out as Catalan or French, and a text between two languages as whichever is a hair
// closer. Unsure cases are told apart so the document says language_uncertain instead of guessing.
// bench/language.ts measures the rule on ../shared/dev. franc's scores come from trigram-distances.ts
// (the same tuples from an inverted index of its models, cheaper per page).
import placeholderLatin from '../lexicon/placeholder-latin.json' with { type: 'json' };
// The one table needed: the package's index also loads its 780 KB list of every language.
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { francAll } from './trigram-distances.ts';

/** Below this many characters franc's trigram statistics are unreliable. */
const MIN_LENGTH = 40;

/** franc reads no more than this many characters (its MAX_LENGTH). */
const FRANC_SAMPLE = 2048;

/**
 * The smallest lead of the best language over the runner-up, as franc's normalised score difference
 * times the characters it read: roughly how many trigrams' worth of distance separate the two, which
 * unlike the raw score difference does not shrink as the text grows. Chosen on ../shared/dev (html,
 * text and segments captures whose page declares a language, Scots and Low German winners aside: 1,289
 * that franc gets right, 56 wrong): under 4, 1 right capture is flagged (0.1 %) and 6 wrong ones; under
 * 3, 1 and 5; under 5, 3 and 6; under 10, 7 and 11.
 */
export const MIN_LEAD = 4;

/**
 * Scots and Low German, whose trigram models sit so close to English and German that they are the
 * runner-up of half the near ties on ../shared/dev, never the language a page declared there; when one
 * comes out on top (2 captures, an English and a German page) it is wrong. They are not counted as a
 * rival, and winning with one is unsure.
 */
const SHADOW_VARIETIES = new Set(['sco', 'nds']);

/**
 * Words of the placeholder Latin of page templates (the lexicon's placeholder-latin.json: lorem
 * ipsum and its variants, none a common word of a modern language). franc has no Latin, so such
 * text is always assigned a Romance language with confidence.
 */
const PLACEHOLDER_LATIN = new Set(placeholderLatin.words);

/**
 * Share of a text's words in PLACEHOLDER_LATIN from which it reads as placeholder text. On ../shared/dev
 * the 64 lorem-ipsum captures of Readability's test pages hold 0.62 to 0.88; real pages hold under 0.01,
 * but for one whose template's placeholder text the cleaner kept (0.296).
 */
export const PLACEHOLDER_SHARE = 0.3;

export interface LanguageDetection {
  /** franc's best language, or null when the text is too short or franc cannot tell. */
  language: string | null;
  /** Why the detection is not to be trusted (too little text, placeholder Latin, a near tie), or null when it is. */
  uncertain: 'little_text' | 'placeholder_latin' | 'close_second' | 'shadow_variety' | null;
}

/** The best language of a text, sure or not (dates are read in it). */
export function detectLanguage(text: string): string | null {
  return languageOf(text).language;
}

/** The best language of a text and whether franc is sure of it. */
export function languageOf(text: string): LanguageDetection {
  return detect(text);
}

/**
 * Individual languages franc names that ISO 639-1 codes only as their macrolanguage: Mandarin
 * ("cmn") is "zh", as pages declare it and the date parser reads it.
 */
const MACROLANGUAGE_1: Readonly<Record<string, string>> = { cmn: 'zh' };
const toIso6391 = (code: string) => iso6393To1[code] ?? MACROLANGUAGE_1[code] ?? code;

function detect(text: string): LanguageDetection {
  const hasLetters = /\p{L}/u.test(text);
  if (text.trim().length < MIN_LENGTH) return { language: null, uncertain: hasLetters ? 'little_text' : null };
  const [best, ...rest] = francAll(text, MIN_LENGTH);
  if (!best || best[0] === 'und') return { language: null, uncertain: hasLetters ? 'little_text' : null };
  const language = toIso6391(best[0]);
  if (placeholderShare(text) >= PLACEHOLDER_SHARE) return { language, uncertain: 'placeholder_latin' };
  if (SHADOW_VARIETIES.has(best[0])) return { language, uncertain: 'shadow_variety' };
  // A script with one language (Greek, Hebrew, Thai …) has no runner-up: nothing to confuse.
  const rival = rest.find(([code]) => !SHADOW_VARIETIES.has(code));
  const lead = rival ? (1 - rival[1]) * Math.min(text.length, FRANC_SAMPLE) : Infinity;
  return { language, uncertain: lead < MIN_LEAD ? 'close_second' : null };
}

/** Share of the words of a text that belong to placeholder Latin. */
export function placeholderShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let latin = 0;
  for (const word of words) if (PLACEHOLDER_LATIN.has(word)) latin++;
  return latin / words.length;
}

/** Normalises a declared language tag (`en-US`, `fr_FR`, `EN`) to its primary subtag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
