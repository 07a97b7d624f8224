// readLines (pipeline/publish/lines.ts): every line of a file as readline would give it, also lines
// longer than a read chunk, characters split between chunks, CRLF ends and a last line without one;
// a .gz file decompressed, and a damaged one refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../pipeline/publish/lines.ts';

const linesOf = async (text: string, compressed = false) => {
  const path = join(mkdtempSync(join(tmpdir(), 'pagepress-lines-')), compressed ? 'file.jsonl.gz' : 'file.jsonl');
  writeFileSync(path, compressed ? gzipSync(text) : text);
  const lines: string[] = [];
  for await (const line of readLines(path)) lines.push(line);
  return lines;
};

describe('readLines', () => {
  it('splits at line feeds, drops CR of CRLF, keeps a last line without an end', async () => {
    expect(await linesOf('{"a":1}\n{"b":"é"}\r\n\nlast')).toEqual(['{"a":1}', '{"b":"é"}', '', 'last']);
    expect(await linesOf('')).toEqual([]);
    expect(await linesOf('one\n')).toEqual(['one']);
  });

  it('joins lines that run across read chunks, multi-byte characters included', async () => {
    // Over 1 MB per line (the chunk size), and a 3-byte character at every offset modulo 3.
    const long = 'ab€'.repeat(400_000);
    const lines = await linesOf(`${long}\nshort\n€${long}`);
    expect(lines).toEqual([long, 'short', `€${long}`]);
  });

  it('decompresses a .gz file on the way, the same lines as the plain text', async () => {
    const long = 'ab€'.repeat(400_000);
    const text = `{"a":1}\r\n${long}\nshort\n€${long}`;
    expect(await linesOf(text, true)).toEqual(await linesOf(text));
    expect(await linesOf('', true)).toEqual([]);
  });

  it('fails on a damaged .gz file instead of giving part of it as lines', async () => {
    const damaged = gzipSync('one\ntwo\n'.repeat(1000)).subarray(0, 40);
    const path = join(mkdtempSync(join(tmpdir(), 'pagepress-lines-')), 'file.jsonl.gz');
    writeFileSync(path, damaged);
    await expect(async () => {
      for await (const _ of readLines(path));
    }).rejects.toThrow(/unexpected end of file/);
  });
});
