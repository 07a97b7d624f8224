// Small tools for regular expressions and the text they scan: the one escaper the lexicon's patterns and
// the claims' quantity patterns share (a word with "." or "$" matches itself, not a class of strings),
// matching and counting without building a match array per hit, and the whitespace test they share.

/** The text with every character that means something in a regular expression escaped. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matches of a global pattern in `text`, in order, exactly as `text.matchAll(pattern)` gives
 * them. matchAll first copies the pattern (a new RegExp from its source and flags) on every call:
 * for the claims' per-sentence word lists that copy measured about five times the cost of the search
 * itself. This runs the pattern itself, from its lastIndex as matchAll's copy would, and puts the
 * lastIndex back when done (matchAll leaves the pattern untouched): the caller must only not run the
 * same pattern inside the loop.
 */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError('execAll needs a global pattern, as matchAll does');
  const from = pattern.lastIndex;
  const unicode = pattern.unicode || pattern.flags.includes('v');
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // An empty match moves on by one character (a code point under the u or v flag), as matchAll does.
      if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
      yield match;
    }
  } finally {
    pattern.lastIndex = from;
  }
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

/**
 * How many times a global pattern matches `text`, as `text.match(pattern)?.length ?? 0` counts them,
 * without the array and the string per match that match() builds: test() builds neither, and the
 * chain counts every page's words (a few thousand strings a page, only to be counted). The pattern
 * must not match the empty string (test() would find it again at the same place); its lastIndex is
 * put back when done.
 */
export function countMatches(pattern: RegExp, text: string): number {
  if (!pattern.global) throw new TypeError('countMatches needs a global pattern');
  const from = pattern.lastIndex;
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  pattern.lastIndex = from;
  return count;
}

const WHITESPACE_WORD = /\S+/g;

/** The words of a text as a split at white space gives them (runs of non-space characters), counted without splitting. */
export const countWhitespaceWords = (text: string): number => countMatches(WHITESPACE_WORD, text);

/**
 * The characters `\s` matches and `trim()` removes (ECMAScript WhiteSpace and LineTerminator: tab,
 * line feed, vertical tab, form feed, carriage return, space, no-break space, the Zs spaces, line and
 * paragraph separators, the byte order mark), by UTF-16 code unit.
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
