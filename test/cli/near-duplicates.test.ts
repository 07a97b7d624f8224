// Near-duplicates as a user sees them: the same article saved from two differently dressed pages is
// one pair — one line in the build's output and report, counted in the summary — and an up-to-date
// rebuild does not print it again. Both documents keep the near_duplicate warning.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../pipeline/records/report.ts';
import { FIXTURES, PROJECT_ROOT, PROJECT_VERSION, versionJsonlText } from '../helpers.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });

/** The fixture's story in another site's chrome: other menus, sidebar and footer, no cookie banner. */
function redressed(html: string): string {
  const $ = cheerio.load(html);
  const headline = $('h1').first().text();
  const story = $('.story-body').html();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${headline} - Shoreline Daily</title></head><body>
<header><nav><a href="/">Front page</a> <a href="/world">World</a> <a href="/coast">Coast</a> <a href="/letters">Letters</a> <a href="/puzzles">Puzzles</a></nav></header>
<main><article><h1>${headline}</h1><div class="body">${story}</div></article></main>
<aside><h3>Trending now</h3><ul><li><a href="/t1">Storm warning issued for the weekend</a></li><li><a href="/t2">Lifeboat crew honoured at ceremony</a></li></ul></aside>
<footer><p>Shoreline Daily, part of Example Regional Media. Contact the newsroom.</p></footer></body></html>`;
}

let work: string;
let first: ReturnType<typeof run>;
let second: ReturnType<typeof run>;
const versionDir = `dist/${PROJECT_VERSION}`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pagepress-near-'));
  mkdirSync(join(work, 'raw'));
  cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(work, 'pagepress.config.json'));
  const original = readFileSync(join(FIXTURES, 'extract', 'news-site', 'source.html'), 'utf8');
  // b sorts before c: the pair is reported on b.
  writeFileSync(join(work, 'raw', 'c-ledger.html'), original);
  writeFileSync(join(work, 'raw', 'b-shoreline.html'), redressed(original));
  first = run(['build', '--concurrency', '1'], work);
  second = run(['build', '--concurrency', '1'], work);
}, 120_000);

describe('near-duplicates', () => {
  it('are one pair in the build that found them, counted in the summary', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^wrote ${versionDir.replaceAll('.', '\\.')}: 2 documents, \\d+ claims from 2 files \\(0 rejected, 0 duplicates, 1 near-duplicate pair, 0 skipped\\)\\n$`,
      ),
    );
    const lines = first.stderr.split('\n').filter((line) => line.includes('near_duplicate'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {2}warning: b-shoreline\.html: dedupe: near_duplicate: near-duplicate of c-ledger\.html \(doc_[0-9a-f]{16}\)/);
  });

  it('are one problem in build-report.json, with the count, and a warning on both documents', () => {
    const report = JSON.parse(readFileSync(join(work, versionDir, 'build-report.json'), 'utf8')) as BuildReport;
    expect(report.counts.near_duplicates).toBe(1);
    expect(report.problems.filter((p) => p.code === 'near_duplicate').map((p) => p.path)).toEqual(['b-shoreline.html']);
    const documents = versionJsonlText(join(work, versionDir), 'documents')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(documents.map((d) => [d.source.path, d.warnings.includes('near_duplicate')]).sort()).toEqual([
      ['b-shoreline.html', true],
      ['c-ledger.html', true],
    ]);
  });

  it('are not printed again by an up-to-date build, which says where the report is', () => {
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toMatch(
      new RegExp(
        `^up to date: ${versionDir.replaceAll('.', '\\.')} \\(2 documents, \\d+ claims; 1 problem \\(1 warning\\) in ${versionDir.replaceAll('.', '\\.')}/build-report\\.json\\)\\n$`,
      ),
    );
  });
});
