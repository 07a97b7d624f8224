// Words that page chrome is made of (share bars, follow buttons, sign-in dialogs, comment forms,
// cookie banners, newsletter boxes, related-post lists, footers), in several languages, matched
// against short texts. Shared by the HTML and text cleaners and by metadata (a widget label in a
// byline box is no name). The phrases themselves are data in pipeline/lexicon/ (per language, with
// where real pages use them); this module only matches them.
import type { ChromeKind } from './blocks.ts';
import { chromeFamilies, FRAGMENT } from '../lexicon/index.ts';

/** A family of chrome phrases and the block kind a line or element made of them belongs to. */
export interface ChromeVocabulary {
  kind: ChromeKind;
  /** Lower-case phrases; a short block that consists mostly of these is chrome. */
  phrases: readonly string[];
}

/** Every family with its block kind, in the order a matcher should try them (pipeline/lexicon/<lang>.json "chrome"). */
export const CHROME_VOCABULARIES: readonly ChromeVocabulary[] = chromeFamilies().map(({ kind, phrases }) => ({ kind, phrases }));

/** Copyright lines: "© 2022 …", "Copyright 2024 …", "(c) …", "All rights reserved" in the lexicon's languages. */
export const COPYRIGHT_PATTERN = new RegExp(`(?:©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|${FRAGMENT.rightsReserved})`, 'iu');

/**
 * A Creative Commons licence by name or address ("Creative Commons Attribution 2.0", "CC BY-SA 4.0",
 * "creativecommons.org/licenses/by/4.0"): with pipeline/lexicon license-context words around it
 * ("licensed under", "sous licence"), a line saying under what terms the page may be reused, which
 * sites print after the article like the copyright line. "Creative Commons" needs the licence's
 * own word or version after it, or a compound ("Creative-Commons-Lizenz"): an article may tell of
 * the organisation or of pictures "licensed under Creative Commons" in its prose. Case-sensitive:
 * "cc by" in lower case is no licence.
 */
export const CREATIVE_COMMONS =
  /\bcreativecommons\.org\/(?:licenses|publicdomain)\/|\bCreative[\s-]Commons(?:-\p{L}|\s+(?:Attribution|Zero|License|Licence|\d\.\d))|\bCC[\s-]?BY(?:[\s-](?:NC|ND|SA))*\b/u;

const normalisePhrase = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Phrase → kind, for whole-line lookups; the first family listing a phrase wins. */
const PHRASE_KIND: ReadonlyMap<string, ChromeKind> = (() => {
  const map = new Map<string, ChromeKind>();
  for (const { kind, phrases } of CHROME_VOCABULARIES) {
    for (const phrase of phrases) {
      const key = normalisePhrase(phrase);
      if (!map.has(key)) map.set(key, kind);
    }
  }
  return map;
})();

const LONGEST_PHRASE_WORDS = Math.max(...[...PHRASE_KIND.keys()].map((p) => p.split(' ').length));

/**
 * Per first word, the most words of a phrase that opens with it: matchChrome tries only lengths a
 * phrase could have at a word (most words open none), instead of building every candidate string
 * up to LONGEST_PHRASE_WORDS at each word (the cleaner calls it on every short block of a page).
 */
const PHRASE_WORDS_AFTER = (() => {
  const map = new Map<string, number>();
  for (const key of PHRASE_KIND.keys()) {
    const words = key.split(' ');
    map.set(words[0]!, Math.max(map.get(words[0]!) ?? 0, words.length));
  }
  return map;
})();

/**
 * Proper prefixes of the one-word phrases: a word among them may start a brand name that splitting
 * cut in two ("linked" of "LinkedIn"), so matchChrome tries every length there, as it always did.
 */
const ONE_WORD_PREFIXES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const key of PHRASE_KIND.keys()) if (!key.includes(' ')) for (let end = 1; end < key.length; end++) set.add(key.slice(0, end));
  return set;
})();

/** Splits run-together widget labels: "ShareTweetEmail" → "Share Tweet Email". */
export function splitRunTogether(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

export interface ChromeMatch {
  kind: ChromeKind;
  /** Share of the text's words covered by chrome phrases, 0–1. */
  coverage: number;
  phrases: string[];
}

/**
 * How much of a short text is chrome vocabulary: greedy longest-phrase cover of its words (after
 * splitting run-together labels). Linear in the number of words times the longest phrase length.
 */
export function matchChrome(text: string): ChromeMatch | null {
  const words = normalisePhrase(splitRunTogether(text)).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const counts = new Map<ChromeKind, number>();
  const phrases: string[] = [];
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    // Longer candidates that no phrase could be are skipped: the first match, longest first, is the same.
    const longest = ONE_WORD_PREFIXES.has(words[i]!) ? LONGEST_PHRASE_WORDS : Math.max(1, PHRASE_WORDS_AFTER.get(words[i]!) ?? 1);
    for (let n = Math.min(longest, words.length - i); n > 0; n--) {
      const candidate = words.slice(i, i + n).join(' ');
      // Brand names cased inside ("WhatsApp", "LinkedIn") come apart when run-together labels
      // are split ("FacebookLinkedInWhatsApp"): their halves joined again are the phrase.
      const phrase = PHRASE_KIND.has(candidate) || n === 1 ? candidate : words.slice(i, i + n).join('');
      const kind = PHRASE_KIND.get(phrase);
      if (kind) {
        counts.set(kind, (counts.get(kind) ?? 0) + n);
        phrases.push(phrase);
        matched = n;
        break;
      }
    }
    covered += matched;
    i += matched || 1;
  }
  if (covered === 0) return null;
  const [kind] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { kind, coverage: covered / words.length, phrases };
}
