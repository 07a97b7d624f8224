// Ingest never rejects a page for the charset sniffer's exceptions: <meta> tags cut at every byte
// around the end of the 1,024-byte sniffing window, and malformed ones, all decode.
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { documentOf } from '../../pipeline/run/process.ts';

const WINDOW = 1024;

/** Declarations in the forms pages use, one of them with the empty charset the sniffer throws on. */
const TAGS = [
  '<meta charset="windows-1251">',
  '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
  "<meta content='text/html;charset=koi8-r' http-equiv='content-type'>",
  '<meta http-equiv="Content-Type" content="text/html; charset=">',
  '<meta content="charset= ">',
];

/** A page whose tag starts `offset` bytes before the window's end and whose body is Cyrillic in windows-1251. */
function pageWithTag(tag: string, offset: number): Buffer {
  const lead = '<html><head><title>t</title>';
  const filler = `<!--${'x'.repeat(WINDOW - offset - lead.length - 7)}-->`;
  const body = Buffer.from([0x3c, 0x70, 0x3e, 0xc0, 0xeb, 0xe6, 0xe8, 0xf0, 0x3c, 0x2f, 0x70, 0x3e]); // <p>Алжир</p> in windows-1251
  return Buffer.concat([Buffer.from(lead + filler + tag + '</head><body>', 'latin1'), body, Buffer.from('</body></html>')]);
}

describe('charset sniffing', () => {
  it('decodes a page whose <meta> tag is cut at every byte by the sniffing window', () => {
    for (const tag of TAGS) {
      for (let offset = 1; offset <= tag.length + 1; offset++) {
        const bytes = pageWithTag(tag, offset);
        expect(bytes.indexOf(tag)).toBe(WINDOW - offset);
        const capture = decodeCapture('page.html', bytes);
        expect(capture.format).toBe('html');
        expect(capture.content).toContain('</body>');
      }
    }
  });

  it('reads an empty content charset as no declaration and warns, instead of rejecting the page', () => {
    const bytes = Buffer.from(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset="><title>Note</title></head><body><p>Algérie et Russie : une note sur la coopération.</p></body></html>',
    );
    const capture = decodeCapture('page.html', bytes);
    expect(capture.charsetSniffFailed).toBe(true);
    expect(capture.encoding).toBe('utf-8');
    expect(capture.content).toContain('Algérie');
    const { document } = documentOf(capture);
    expect(document.warnings).toContain('charset_sniffer_failed');
    expect(document.text).toContain('coopération');
  });

  it('still honours a charset named later in the same tag when the prescan fails', () => {
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta content="charset=" charset="windows-1251"><title>t</title></head><body>'),
      Buffer.from([0x3c, 0x70, 0x3e, 0xc0, 0xeb, 0xe6, 0xe8, 0xf0, 0x3c, 0x2f, 0x70, 0x3e]),
      Buffer.from('</body></html>'),
    ]);
    const capture = decodeCapture('page.html', bytes);
    expect(capture.charsetSniffFailed).toBe(true);
    expect(capture.encoding).toBe('windows-1251');
    expect(capture.content).toContain('Алжир');
  });

  it('leaves well-formed pages alone: no warning, the declared encoding', () => {
    const capture = decodeCapture('page.html', pageWithTag('<meta charset="windows-1251">', 200));
    expect(capture.charsetSniffFailed).toBe(false);
    expect(capture.encoding).toBe('windows-1251');
    expect(capture.content).toContain('Алжир');
  });
});
