// readLines (pipeline/publish/lines.ts): every line of a file as readline would give it, also lines
// longer than a read chunk, characters split between chunks, CRLF ends and a last line without one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../pipeline/publish/lines.ts';

const linesOf = async (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'pagepress-lines-')), 'file.jsonl');
  writeFileSync(path, text);
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
});
