// Deeply nested HTML is bounded before parsing: no stack overflow, text kept, normal pages untouched.
import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../pipeline/ingest/limit-nesting.ts';
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
