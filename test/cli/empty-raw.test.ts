// A raw/ folder without a single capture is an error with a hint, for build, shards and merge:
// a wrong --raw must not turn into a valid 0-document dataset.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CAPTURE_EXTENSIONS_DESCRIBED } from '../../pipeline/ingest/decode.ts';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pagepress-empty-'));
  mkdirSync(join(work, 'raw'));
  cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(work, 'pagepress.config.json'));
});

describe('a raw/ folder without captures', () => {
  it('the hint names the extensions discover takes', () => {
    for (const extension of ['.html', '.htm', '.txt', '.warc', '.gz']) expect(CAPTURE_EXTENSIONS_DESCRIBED).toContain(extension);
  });

  it('build: an empty folder is an error with a hint, and nothing is published', () => {
    const result = run(['build'], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`pagepress: raw/ holds no captures (${CAPTURE_EXTENSIONS_DESCRIBED}); put saved pages there or point --raw at them\n`);
    expect(result.stdout).toBe('');
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });

  it('build: a folder of other files says what it passed over', () => {
    mkdirSync(join(work, 'raw', 'notes'));
    writeFileSync(join(work, 'raw', 'notes', 'todo.docx'), 'not a capture');
    const result = run(['build', '--raw', 'raw/'], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pagepress: raw/ holds no captures');
    expect(result.stderr).toContain('1 other path passed over, e.g. notes/todo.docx: not a capture');
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });

  it('build --shard: the same error, and no partial result', () => {
    const result = run(['build', '--shard', '0/2', '--out', 'parts'], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pagepress: raw/ holds no captures');
    expect(existsSync(join(work, 'parts', 'partial-0-of-2'))).toBe(false);
  });

  it('merge: partial results without captures are an error, and nothing is published', () => {
    const config = JSON.parse(readFileSync(join(work, 'pagepress.config.json'), 'utf8')) as { name: string; version: string };
    const part = join(work, 'parts', 'partial-0-of-1');
    mkdirSync(part, { recursive: true });
    // What a shard of an empty folder would have written before shards refused one.
    writeFileSync(
      join(part, 'partial.json'),
      JSON.stringify({
        format: 'pagepress-partial@2',
        dataset: config.name,
        version: config.version,
        shard: { index: 0, count: 1 },
        plan: [],
        summaries: [],
        skipped: [],
      }),
    );
    writeFileSync(join(part, 'entries.jsonl'), '');
    const result = run(['merge', 'parts/partial-0-of-1'], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^pagepress: the partial results hold no captures/);
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });

  it('build --list: an empty list is an error', () => {
    cpSync(join(PROJECT_ROOT, 'raw', '000_a3cbe3ac026cc08e.txt'), join(work, 'raw', '000_a3cbe3ac026cc08e.txt'));
    writeFileSync(join(work, 'list.txt'), '# nothing yet\n');
    const result = run(['build', '--list', 'list.txt'], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pagepress: list.txt names no captures');
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });
});
