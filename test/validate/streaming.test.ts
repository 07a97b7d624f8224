// `validate` reads JSONL tables line by line, so a version is checked without holding its files or
// texts in memory: here a version with a document longer than 1 MB among many, built for real.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraph, seededRandom, writeSyntheticCorpus } from '../../bench/synthetic.ts';
import { readConfig } from '../../pipeline/config.ts';
import { build } from '../../pipeline/run/build.ts';
import { formatProblem, validateDataset } from '../../pipeline/validate/index.ts';
import { PROJECT_ROOT, versionJsonlText, writeVersionJsonlText } from '../helpers.ts';

let version: string;

/** A plain-text capture of about `bytes` bytes: paragraphs that survive cleaning and make claims. */
function longDispatch(bytes: number): string {
  const random = seededRandom(7);
  const paragraphs = ['Dispatch: Algeria and Russia', '', 'By A. Writer', ''];
  let length = 0;
  while (length < bytes) {
    const text = paragraph(random, 6);
    paragraphs.push(text, '');
    length += text.length + 2;
  }
  return paragraphs.join('\n');
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-streaming-'));
  const raw = join(root, 'raw');
  cpSync(join(PROJECT_ROOT, 'raw'), raw, { recursive: true });
  mkdirSync(join(raw, 'long'));
  writeFileSync(join(raw, 'long', 'dispatch.txt'), longDispatch(1_200_000));
  writeSyntheticCorpus(join(raw, 'synthetic'), 60, 11);
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  version = (await build({ raw, out: join(root, 'dist'), config, cacheDir: null })).versionDir;
}, 600_000);

/** A copy of the version with one file edited. */
function damaged(edit: (dir: string) => void): string {
  const dir = `${version}-damaged-${Math.random().toString(36).slice(2)}`;
  cpSync(version, dir, { recursive: true });
  edit(dir);
  return dir;
}

const jsonLines = (dir: string, table: string) => versionJsonlText(dir, table).split('\n');

describe('validate, streaming', () => {
  it('passes on a version with a document line longer than 1 MB among many records', async () => {
    const lines = jsonLines(version, 'documents');
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeGreaterThan(1_000_000);
    const { problems, counts } = await validateDataset(version);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts.documents).toBe(lines.length - 1);
    expect(counts.documents).toBeGreaterThan(50);
    expect(counts.blocks).toBeGreaterThan(1000);
    expect(counts.claims).toBeGreaterThan(100);
  });

  it('checks claim evidence deep inside the long document, and keeps line numbers', async () => {
    const documents = jsonLines(version, 'documents')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const long = documents.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const claims = jsonLines(version, 'claims');
    const index = claims.findIndex((l) => l && JSON.parse(l).document_id === long.id && JSON.parse(l).start > 900_000);
    expect(index).toBeGreaterThanOrEqual(0);
    const claim = JSON.parse(claims[index]);
    const blockLine = Math.floor(jsonLines(version, 'blocks').length / 2);
    const dir = damaged((d) => {
      claims[index] = JSON.stringify({ ...claim, start: claim.start + 1, end: claim.end + 1 });
      writeVersionJsonlText(d, 'claims', claims.join('\n'));
      const blocks = jsonLines(d, 'blocks');
      blocks.splice(blockLine - 1, 0, '');
      writeVersionJsonlText(d, 'blocks', blocks.join('\n'));
    });
    const found = (await validateDataset(dir)).problems.map(formatProblem);
    expect(found).toContain(`claims.jsonl.gz:${index + 1}: text: is not the document text at [${claim.start + 1}, ${claim.end + 1})`);
    expect(found).toContain(`blocks.jsonl.gz:${blockLine}: -: not valid JSON: Unexpected end of JSON input`);
    // The records after the empty line are read, a line further down, and none is out of place
    // (line 1 carries the checksum and size mismatches of the edited file).
    expect(found.filter((m) => m.startsWith('blocks.jsonl.gz:') && !m.startsWith('blocks.jsonl.gz:1: '))).toEqual([
      `blocks.jsonl.gz:${blockLine}: -: not valid JSON: Unexpected end of JSON input`,
    ]);
  });
});
