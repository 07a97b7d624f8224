// Markup left inside text (issue 14): a text dump made from a page's source, or a JSON-LD
// articleBody written by a template, can carry raw HTML tags (`<br>`, `<a href=…>`) and entities
// (`&eacute;`, `&#8217;`). Tags of HTML elements are removed (those that end a line in a browser
// become a line break) and entities are decoded by the `entities` package, as a browser decodes
// them: every named entity is known, and a number out of range becomes U+FFFD instead of throwing.
// Also the footnote markers a text renderer prints for superscript links (`^[12]`, `^[n 3]`).
import { decodeHTMLStrict } from 'entities';

/** Elements whose start or end tag breaks the line in a browser. */
const BREAKING =
  'address|article|aside|blockquote|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul';
/** Inline elements: their tags vanish and their text runs on. */
const INLINE =
  'a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|img|ins|kbd|label|mark|q|s|samp|small|source|span|strike|strong|sub|sup|time|tt|u|var|wbr|picture|meta|link';
const TAG_REST = String.raw`(?:\s[^<>]*)?\/?>`;
const BREAKING_TAG = new RegExp(String.raw`<\/?(?:${BREAKING})${TAG_REST}`, 'giu');
const INLINE_TAG = new RegExp(String.raw`<\/?(?:${INLINE})${TAG_REST}`, 'giu');
/** Elements whose content is never text; an HTML comment. */
const HIDDEN = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/giu;
/** Cheap pre-check: could the text hold a tag or an entity at all? */
const MAYBE = /<[a-z/!]|&(?:#\d|#x[\da-f]|[a-z]+\d*;)/iu;

/**
 * The text without HTML tags and with entities decoded; line-breaking tags become "\n". Text with
 * neither comes back unchanged (a "<" or "&" that opens no tag or entity is left alone).
 */
export function unmarkup(text: string): string {
  if (!MAYBE.test(text)) return text;
  const stripped = text.replace(HIDDEN, ' ').replace(BREAKING_TAG, '\n').replace(INLINE_TAG, '');
  // Strict: only entities closed by ";" ("AT&T", "R&D", "&copy2020" in plain text stay as written).
  return stripped.includes('&') ? decodeHTMLStrict(stripped) : stripped;
}

const ANY_TAG = new RegExp(String.raw`<(\/?)(${BREAKING}|${INLINE})(\s[^<>]*)?\/?>`, 'giu');
/** Words outside tags that make a line running text with markup in it, not a code sample. */
const MIN_WORDS_AROUND_TAGS = 4;
const BLOCK_NAME = new RegExp(`^(?:${BREAKING})$`, 'iu');

/**
 * One line of a text dump as the page meant it. A renderer prints a tag only where the page shows
 * one: markup left in the page's text by a faulty template ("…the<br>", "<a href=…>the money</a>")
 * or a tag the text is about ("Single <img>", a code sample). Tags are removed only from lines of
 * running text, and there only when they are markup for sure: with attributes, a line break, a
 * tag closed on the same line, or a block tag at the line's edge. A line of nothing but line
 * breaks is blank. Entities are decoded everywhere.
 */
export function unmarkupLine(line: string): string {
  if (!MAYBE.test(line)) return line;
  const tags = [...line.matchAll(ANY_TAG)];
  let text = line;
  if (tags.length) {
    const outside = line.replace(ANY_TAG, ' ');
    if (!/\S/.test(outside) && tags.every((tag) => /^(?:br|hr|p|div)$/i.test(tag[2]!) && !tag[3])) return '';
    const words = outside.match(/\p{L}{2,}/gu)?.length ?? 0;
    if (words >= MIN_WORDS_AROUND_TAGS) {
      const opened = new Set(tags.filter((tag) => !tag[1]).map((tag) => tag[2]!.toLowerCase()));
      const closed = new Set(tags.filter((tag) => tag[1]).map((tag) => tag[2]!.toLowerCase()));
      text = line.replace(ANY_TAG, (tag, slash: string, rawName: string, attributes: string | undefined, at: number) => {
        const name = rawName.toLowerCase();
        const atEdge = line.slice(0, at).trim() === '' || line.slice(at + tag.length).trim() === '';
        const markup =
          attributes !== undefined || name === 'br' || name === 'wbr' || (slash ? opened.has(name) : closed.has(name)) || (atEdge && BLOCK_NAME.test(name));
        if (!markup) return tag;
        return BLOCK_NAME.test(name) ? '\n' : '';
      });
    }
  }
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * A footnote marker as a text renderer prints a superscript link: "^[12]", "^[n 3]", "^[iii]",
 * "^[a]". It points to a note elsewhere on the page and is not part of the sentence.
 */
const FOOTNOTE_MARKER = /\^\[[\p{L}\p{N} .–-]{1,12}\]/gu;

/** The text without footnote markers. */
export function withoutFootnoteMarkers(text: string): string {
  return text.includes('^[') ? text.replace(FOOTNOTE_MARKER, '') : text;
}

/**
 * An entry of a reference list as renderers print it: the note opens with its back-link to the
 * marker in the text, "^" or "↑", followed by the source or by letters for several back-links
 * ("^ Smith, J. (2001)…", "^ ^a ^b Horn…", "↑ a b Müller…").
 */
export const REFERENCE_ENTRY = /^(?:\^|↑)(?:\s|\^?[a-z]\s)/u;
