// Bounds how deeply HTML nests before it is parsed. Pathological pages (a capture nested 100,000
// levels deep) would make parsing quadratic and any recursive tree walk overflow the stack; as
// browsers do past their own limit, tags beyond the limit are dropped and their text is kept.
// One linear scan; pages within the limit are returned unchanged.

export const MAX_NESTING = 1000;

export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'frame',
  'basefont',
  'isindex',
]);
// Tags whose end tag is usually implied: counting them would mistake long flat lists for depth.
export const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
]);
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

// The end tag of each raw-text element, found without case on the page itself: searching a
// lower-cased copy would cost a copy of the page and shift every offset after a character whose
// lower case is longer ("İ", U+0130, becomes two), landing the scan beside the end tag.
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * One tag or comment found by nextTag. The scan reuses one object and allocates only each tag's
 * name: a regular expression's match array (the whole tag and three groups) for every tag of the
 * page was 5% of the bytes the chain allocates per page.
 */
interface Tag {
  start: number;
  end: number;
  comment: boolean;
  closing: boolean;
  selfClosing: boolean;
  /** Lower case. */
  name: string;
}

const SLASH = 0x2f;

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A character of a tag's name: a letter, a digit, ":" or "-". */
const isNameChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x3a || c === 0x2d;
/** A word character of a regular expression's \b (without the u flag): ASCII letters, digits and "_"; NaN (past the end) is none. */
const isWordChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f;

/**
 * The first tag or comment at or after `from`, into `tag`; false when there is none. Exactly what
 * the pattern `<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->` (global) matches
 * from `from`: a name is cut back to its last word boundary ("<a->" names "a"; "<ab_c>" is no tag),
 * the tag ends at the first ">" after its name, and is self-closing when "/" stands right before it.
 */
function nextTag(html: string, from: number, tag: Tag): boolean {
  for (let at = html.indexOf('<', from); at !== -1; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === SLASH;
    const nameStart = closing ? at + 2 : at + 1;
    if (isAsciiLetter(html.charCodeAt(nameStart))) {
      let nameEnd = nameStart + 1;
      while (isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
      while (nameEnd > nameStart && isWordChar(html.charCodeAt(nameEnd - 1)) === isWordChar(html.charCodeAt(nameEnd))) nameEnd--;
      const close = nameEnd > nameStart ? html.indexOf('>', nameEnd) : -1;
      if (close !== -1) {
        tag.start = at;
        tag.end = close + 1;
        tag.comment = false;
        tag.closing = closing;
        tag.selfClosing = close - 1 >= nameEnd && html.charCodeAt(close - 1) === SLASH;
        tag.name = html.slice(nameStart, nameEnd).toLowerCase();
        return true;
      }
    }
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close !== -1) {
        tag.start = at;
        tag.end = close + 3;
        tag.comment = true;
        return true;
      }
    }
  }
  return false;
}

interface Scan {
  exceeded: boolean;
  output: string;
}

function scan(html: string, limit: number, rewrite: boolean): Scan {
  let depth = 0;
  let exceeded = false;
  const parts: string[] = [];
  let last = 0;
  const tag: Tag = { start: 0, end: 0, comment: false, closing: false, selfClosing: false, name: '' };
  for (let from = 0; nextTag(html, from, tag); ) {
    from = tag.end;
    if (tag.comment) continue;
    const { name, closing } = tag;
    if (!closing && RAW_TEXT.has(name)) {
      // Skip the element's raw text: "<div>" inside a script is not a tag.
      const endTag = RAW_TEXT_END.get(name)!;
      endTag.lastIndex = from;
      const end = endTag.exec(html);
      from = end ? end.index : html.length;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || tag.selfClosing) continue;
    const drop = (closing ? depth : depth + 1) > limit;
    if (closing) depth = Math.max(0, depth - 1);
    else depth++;
    if (drop) {
      exceeded = true;
      if (!rewrite) return { exceeded, output: html };
      parts.push(html.slice(last, tag.start));
      last = tag.end;
    }
  }
  if (!rewrite) return { exceeded, output: html };
  parts.push(html.slice(last));
  return { exceeded, output: parts.join('') };
}

/** Returns the HTML with tags nested deeper than `limit` removed (text kept), and whether any were. */
export function limitNesting(html: string, limit = MAX_NESTING): { html: string; flattened: boolean } {
  if (!scan(html, limit, false).exceeded) return { html, flattened: false };
  return { html: scan(html, limit, true).output, flattened: true };
}
