// Bounds how deeply HTML nests before it is parsed. Pathological pages (a capture nested 100,000
// levels deep) would make parsing quadratic and any recursive tree walk overflow the stack; as
// browsers do past their own limit, tags beyond the limit are dropped and their text is kept.
// One linear scan; pages within the limit are returned unchanged.

export const MAX_NESTING = 1000;

const VOID = new Set([
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
const IMPLIED_END = new Set([
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
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
// The end tag of each raw-text element, found without case on the page itself: searching a
// lower-cased copy would cost a copy of the page and shift every offset after a character whose
// lower case is longer ("İ", U+0130, becomes two), landing the scan beside the end tag.
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

interface Scan {
  exceeded: boolean;
  output: string;
}

function scan(html: string, limit: number, rewrite: boolean): Scan {
  let depth = 0;
  let exceeded = false;
  const parts: string[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0].startsWith('<!--')) continue;
    const [whole, slash, rawName, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (!slash && RAW_TEXT.has(name)) {
      // Skip the element's raw text: "<div>" inside a script is not a tag.
      const endTag = RAW_TEXT_END.get(name)!;
      endTag.lastIndex = TAG.lastIndex;
      const end = endTag.exec(html);
      TAG.lastIndex = end ? end.index : html.length;
      continue;
    }
    if (VOID.has(name) || IMPLIED_END.has(name) || selfClosing) continue;
    const drop = (slash ? depth : depth + 1) > limit;
    if (slash) depth = Math.max(0, depth - 1);
    else depth++;
    if (drop) {
      exceeded = true;
      if (!rewrite) return { exceeded, output: html };
      parts.push(html.slice(last, match.index));
      last = match.index + whole.length;
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
