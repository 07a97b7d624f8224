// Ingest: bytes in, a decoded Capture out, or a clear rejection.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { IngestError } from '../../pipeline/ingest/errors.ts';

const rejects = (path: string, bytes: Uint8Array, code: string, limits?: { maxContentBytes: number }) => {
  try {
    decodeCapture(path, bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    return (error as IngestError).message;
  }
  throw new Error('expected a rejection');
};

describe('decodeCapture', () => {
  it('decodes UTF-8 text and records provenance', () => {
    const bytes = Buffer.from('Algeria and Russia — a note.\n');
    const capture = decodeCapture('a/b.txt', bytes);
    expect(capture).toMatchObject({ path: 'a/b.txt', format: 'text', encoding: 'utf-8', bytes: bytes.length, contentBytes: bytes.length, compression: null });
    expect(capture.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops a UTF-8 byte order mark and one U+FEFF after it (the decoder drops the mark, the capture a leading U+FEFF), and no more: a third is text the page holds', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(decodeCapture('a.txt', Buffer.concat([bom, Buffer.from('Café notes.')])).content).toBe('Café notes.');
    expect(decodeCapture('b.txt', Buffer.concat([bom, bom, Buffer.from('Café notes.')])).content).toBe('Café notes.');
    expect(decodeCapture('c.txt', Buffer.concat([bom, bom, bom, Buffer.from('x')])).content).toBe('\uFEFFx');
  });

  it('marks damaged UTF-8 as replaced and decodes the rest', () => {
    const capture = decodeCapture('d.txt', Buffer.concat([Buffer.from('Zürich '), Buffer.from([0xc3, 0x28]), Buffer.from(' ünd')]));
    expect(capture.encoding).toBe('utf-8');
    expect(capture.replacedCharacters).toBe(true);
    expect(capture.content).toBe('Zürich \uFFFD( ünd');
  });

  it('gunzips and keeps both sizes', () => {
    const inner = Buffer.from('<!doctype html><title>x</title><p>Hello</p>');
    const capture = decodeCapture('page.html.gz', gzipSync(inner));
    expect(capture.format).toBe('html');
    expect(capture.compression).toBe('gzip');
    expect(capture.contentBytes).toBe(inner.length);
    expect(capture.content).toContain('Hello');
  });

  it('honours <meta charset> for legacy encodings', () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Alg'),
      Buffer.from([0xe9]),
      Buffer.from('rie</p></body></html>'),
    ]);
    const capture = decodeCapture('fr.html', html);
    expect(capture.encoding).toBe('windows-1252');
    expect(capture.content).toContain('Algérie');
  });

  it('decodes a saved page as UTF-8 when its bytes are UTF-8 despite a legacy <meta charset>', () => {
    const html = Buffer.from(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>人工智能迈上新台阶</p></body></html>',
    );
    const capture = decodeCapture('saved.html', html);
    expect(capture.encoding).toBe('utf-8');
    expect(capture.content).toContain('人工智能迈上新台阶');
  });

  it('honours the XML prolog', () => {
    const html = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>Alg'),
      Buffer.from([0xe9]),
      Buffer.from('rie</p></body></html>'),
    ]);
    expect(decodeCapture('x.xhtml', html).content).toContain('Algérie');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Moscou et Alger', 'utf16le')]);
    const capture = decodeCapture('u16.txt', bytes);
    expect(capture.encoding).toBe('utf-16le');
    expect(capture.content).toBe('Moscou et Alger');
  });

  it('falls back to a detected legacy encoding when bytes are not UTF-8', () => {
    const capture = decodeCapture(
      'legacy.txt',
      Buffer.from('Les relations entre l\u2019Alg\u00e9rie et la Russie se sont renforc\u00e9es en d\u00e9cembre.', 'latin1'),
    );
    expect(capture.encoding).not.toBe('utf-8');
    expect(capture.content).toContain('Algérie');
  });

  it('flags invalid UTF-8 in a page that declares UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>bad '), Buffer.from([0xc3, 0x28]), Buffer.from('</p>')]);
    const capture = decodeCapture('bad.html', bytes);
    expect(capture.replacedCharacters).toBe(true);
    expect(capture.content).toContain('\uFFFD');
  });

  it('rejects empty files and binaries with a clear code', () => {
    rejects('empty.txt', Buffer.alloc(0), 'empty');
    rejects('blank.txt', Buffer.from('  \n\n '), 'empty');
    expect(rejects('img.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'binary')).toContain('PNG');
    expect(rejects('doc.txt', Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'binary')).toContain('PDF');
  });

  it('refuses a gzip that expands past the limit, and a truncated gzip', () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x61));
    expect(bomb.length).toBeLessThan(20_000);
    rejects('bomb.txt.gz', bomb, 'gzip_too_large', { maxContentBytes: 1_000_000 });
    const whole = gzipSync(Buffer.from('some text '.repeat(1000)));
    rejects('cut.txt.gz', whole.subarray(0, whole.length - 20), 'gzip_corrupt');
  });
});
