// Deeply nested HTML is bounded before parsing: no stack overflow, text kept, normal pages untouched.
import { describe, expect, it } from 'vitest';
import { IMPLIED_END, RAW_TEXT, VOID, limitNesting } from '../../pipeline/ingest/limit-nesting.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { processCapture } from '../../pipeline/run/process.ts';

describe('limitNesting', () => {
  it('leaves ordinary pages byte-for-byte alone, flat lists of unclosed <p> and <li> included', () => {
    const html = `<html><body><ul>${'<li>item'.repeat(5000)}</ul>${'<p>para'.repeat(5000)}<script>if (a<b) x="<div><div>"</script></body></html>`;
    expect(limitNesting(html, 100)).toEqual({ html, flattened: false });
  });

  it('drops tags past the limit and keeps their text', () => {
    const html = `<div><div><div><b>deep</b></div></div></div><p>after</p>`;
    const { html: out, flattened } = limitNesting(html, 2);
    expect(flattened).toBe(true);
    expect(out).toBe('<div><div>deep</div></div><p>after</p>');
  });

  it('finds the end of a script after letters whose lower case is longer (Turkish İ)', () => {
    // "İ" lower-cases to two characters: a scan that searched a lower-cased copy landed 40
    // characters past the script's end tag and missed the nesting after it.
    const html = `<p>${'İ'.repeat(40)}</p><script>x</script><div><div><div>deep</div></div></div>`;
    expect(limitNesting(html, 2)).toEqual({
      html: `<p>${'İ'.repeat(40)}</p><script>x</script><div><div>deep</div></div>`,
      flattened: true,
    });
  });

  it('lets a page nested 100,000 levels deep through the whole pipeline', () => {
    const n = 100_000;
    const paragraph =
      'Algeria and Russia signed a new agreement on military cooperation, according to officials in both capitals, who described it as a milestone.';
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>${paragraph}</p>${'</div>'.repeat(n)}</body></html>`;
    const { document } = processCapture(decodeCapture('deep.html', Buffer.from(html)));
    expect(document.text).toContain(paragraph);
    expect(document.warnings).toContain('html_nesting_flattened');
  });
});

/**
 * The scan as it was written with one regular expression (TAG below), kept here as the reference the
 * hand-written tag scanner must agree with on every input: same tags, same names, same ends (the
 * lists of tags are the module’s own: they are not what is tested).
 */
function referenceLimitNesting(html: string, limit: number): { html: string; flattened: boolean } {
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  let depth = 0;
  let exceeded = false;
  const parts: string[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0].startsWith('<!--')) continue;
    const [whole, slash, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (!slash && RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
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
      parts.push(html.slice(last, match.index));
      last = match.index + whole.length;
    }
  }
  parts.push(html.slice(last));
  return exceeded ? { html: parts.join(''), flattened: true } : { html, flattened: false };
}

describe('limitNesting’s tag scanner', () => {
  // Pieces that sit on each edge of the tag pattern: names cut at a word boundary ("a-", "ab_c"),
  // names with ":" and digits, "/" before ">", comments closed or not, raw text, stray "<" and ">".
  const PIECES = [
    '<div>',
    '</div>',
    '<DIV class="x">',
    '<a->',
    '<a-b>',
    '<ab_c>',
    '</a_>',
    '<x:y>',
    '<h1>',
    '<b/>',
    '<i / >',
    '<span',
    '>',
    '<',
    '</',
    '<!--',
    '-->',
    '<!-->',
    '<!---->',
    '<script>',
    '</SCRIPT>',
    '<style>a<b{}</style>',
    '<p>',
    '<br>',
    '<img src=a/>',
    'text ',
    '/',
    '_',
    'İ',
    '\n',
    '<1>',
    '<-a>',
  ];

  it('finds the same tags as the regular expression it replaced, on 3,000 generated pages', () => {
    // A fixed linear congruential sequence: the same pages on every run.
    let seed = 20_261_207;
    const next = () => {
      // In 32-bit integer arithmetic (a float product would lose the low bits), its high bits taken.
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed >>> 16;
    };
    for (let page = 0; page < 3000; page++) {
      const length = 1 + (next() % 60);
      let html = '';
      for (let i = 0; i < length; i++) html += PIECES[next() % PIECES.length];
      for (const limit of [0, 1, 2, 4]) expect(limitNesting(html, limit), html).toEqual(referenceLimitNesting(html, limit));
    }
  });
});
