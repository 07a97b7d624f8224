// Rules out, before they run, the patterns of a word list that cannot match a sentence: a pattern
// whose every form opens with a whole word (its "anchor") can match only a sentence holding one of
// those words. The French event cues are some 250 patterns, each a case-insensitive alternation run
// over every French sentence (4% of the chain's CPU); a set of the sentence's words, made once, rules
// out nearly all of them. Exact: a pattern is skipped only when it could not have matched.

/** A form's leading letters, then a literal space, apostrophe or hyphen that no quantifier follows, or the form's end. */
const LEADING_WORD = /^(\p{L}+)(?:[ '’-](?![?*+{])|$)/u;

/**
 * The word a form's match opens with, lower-cased: the form's leading run of letters, when what
 * follows it is literal (a space, an apostrophe, a hyphen, or nothing). Null when the form opens
 * otherwise (a group, a class) or may match something else altogether (an alternation outside any
 * group, an escape), so that the pattern is always run.
 */
export function leadingWord(form: string): string | null {
  if (form.includes('\\') || alternatesAtTop(form)) return null;
  const found = LEADING_WORD.exec(form);
  return found ? fold(found[1]!) : null;
}

/** Whether a form holds a "|" outside every group: "a|b" matches "b", whatever "a" opens with. */
function alternatesAtTop(form: string): boolean {
  let depth = 0;
  let inClass = false;
  for (const ch of form) {
    if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** The words any match of the forms must open with; null when some form has none (see leadingWord). */
export function anchorsOf(forms: readonly string[]): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const form of forms) {
    const word = leadingWord(form);
    if (word === null) return null;
    words.add(word);
  }
  return words;
}

/**
 * Letters as a pattern's i flag compares them: lower case, and the long s ("ſ"), which the flag
 * folds to "s" while toLowerCase keeps it, as "s" (test/claims/word-anchors.test.ts checks that no
 * other letter of the anchors has a case variant that toLowerCase does not map to it).
 */
const fold = (text: string) => text.toLowerCase().replaceAll('ſ', 's');

const LETTER_RUN = /\p{L}+/gu;

/**
 * The runs of letters of a text, folded: a form anchored by a word matches only where that word is
 * a whole run (the patterns allow no letter or digit before a match, and the anchor ends before a
 * space, an apostrophe or a hyphen).
 */
export function foldedWords(text: string): ReadonlySet<string> {
  return new Set(fold(text).match(LETTER_RUN));
}

/** Whether a pattern with these anchors may match a text of these words (always, without anchors). */
export const mayMatch = (anchors: ReadonlySet<string> | null, words: ReadonlySet<string>): boolean => {
  if (anchors === null) return true;
  for (const anchor of anchors) if (words.has(anchor)) return true;
  return false;
};
