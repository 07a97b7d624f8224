// Every command and snippet of a release's data card, run as printed from a copy of the unpacked
// archive, the way someone who never cloned pagepress would: the bundled checker on a bare node
// outside the project, sha256sum, ajv-cli and Python's jsonschema, pandas, R (readr) and DuckDB.
// What they load must equal the JSONL records (formula-like titles included), and the dataset
// folder must be byte-for-byte as unpacked afterwards. Interpreters that are not installed skip
// their snippets (CI installs Debian's pandas, jsonschema, R and readr; see .ci/run).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { listFiles } from '../../pipeline/publish/write-version.ts';
import { makeRelease } from '../../pipeline/release/archive.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT, versionJsonlText } from '../helpers.ts';
import { seededRandom } from '../../bench/synthetic.ts';
import { ARTICLE, generatedParagraph, textDump } from '../robustness/corpus.ts';
import { codeBlocks, runBlock, runIn, type CardBlock } from './datacard-runner.ts';

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await listFiles(dir))
    files.set(
      path,
      createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex'),
    );
  return files;
}

let dataset: string;
let blocks: CardBlock[];
let before: Map<string, string>;
const records = (table: string) =>
  versionJsonlText(dataset, table)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const titles = () => records('documents').map((d) => d.title as string | null);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-card-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  // Titles a spreadsheet would run as formulas: the CSV carries them with an apostrophe in front.
  writeFileSync(join(root, 'raw', 'neutral.txt'), textDump(ARTICLE, ['Home', 'World', 'Contact'], "'Neutral' is how Algiers describes its stance on the war"));
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${generatedParagraph(seededRandom(i + 1))}</p>`).join('');
  writeFileSync(
    join(root, 'raw', 'trade.html'),
    `<html><head><title>+7 per cent: trade between Algiers and Moscow rises again</title></head><body><article>${paragraphs}</article></body></html>`,
  );
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const { versionDir } = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: null });
  const { archive } = await makeRelease(versionDir, join(root, 'release'), { name: config.name, version: config.version });
  // Unpacked where no node_modules can be found above it.
  const unpacked = join(root, 'download');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', archive, '-C', unpacked]);
  dataset = join(unpacked, `${config.name}-${config.version}`);
  blocks = codeBlocks(readFileSync(join(dataset, 'README.md'), 'utf8'));
  before = await snapshot(dataset);
}, 300_000);

describe('the data card of a release, run as printed', () => {
  it('has the blocks this test runs, and only those', () => {
    expect(blocks.map((b) => b.language)).toEqual(['python', 'python', 'r', 'sql', 'sh', 'sh', 'python']);
    expect(titles()).toEqual(
      expect.arrayContaining(["'Neutral' is how Algiers describes its stance on the war", '+7 per cent: trade between Algiers and Moscow rises again']),
    );
  });

  it('validate.mjs checks the release on a bare node, and catches a changed record', async () => {
    const checker = blocks.find((b) => b.language === 'sh' && b.code.includes('validate.mjs'))!;
    const ok = await runBlock(dataset, checker);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/^valid: .* \(4 documents, \d+ claims\)\n$/);
    expect(ok.status).toBe(0);

    const tampered = mkdtempSync(join(tmpdir(), 'pagepress-tampered-'));
    cpSync(dataset, tampered, { recursive: true });
    writeFileSync(join(tampered, 'documents.jsonl.gz'), gzipSync(versionJsonlText(tampered, 'documents').replace("'Neutral' is how", "'Neutral' was how")));
    const bad = runIn(tampered, 'node', ['validate.mjs']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('documents.jsonl.gz:1: sha256: checksum does not match SHA256SUMS');
    expect(bad.stdout).toMatch(/documents\.csv:\d+: title: decodes to/);
    expect(runIn(tampered, 'node', ['validate.mjs', '--help']).stdout).toContain('usage: node validate.mjs [dataset-folder]');
  });

  it('the stock tools: sha256sum, ajv-cli and Python jsonschema', async (context) => {
    const stock = blocks.find((b) => b.language === 'sh' && b.code.includes('sha256sum'))!;
    const shell = await runBlock(dataset, stock);
    expect(shell.stdout).toContain('documents.jsonl.gz: OK');
    expect(shell.stdout).toContain('validate.mjs: OK');
    expect(shell.stdout).not.toContain('FAILED');
    expect(shell.stdout).not.toContain('INVALID');
    for (const table of ['documents', 'claims', 'blocks']) expect(shell.stdout).toContain(`${table}.jsonl.gz: valid`);
    expect(shell.status).toBe(0);

    const checked = await runBlock(dataset, blocks.find((b) => b.language === 'python' && b.code.includes('jsonschema'))!);
    if (checked.skipped) return context.skip();
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toBe('documents.jsonl.gz: valid\nclaims.jsonl.gz: valid\nblocks.jsonl.gz: valid\n');
  }, 300_000);

  it('pandas loads every table, without the inert apostrophes, with dates as dates', async (context) => {
    const check = [
      'import json',
      'print(json.dumps({',
      '  "titles": [None if pd.isna(t) else t for t in documents["title"]],',
      '  "full_titles": [None if pd.isna(t) else t for t in documents_full["title"]],',
      '  "claims": len(claims), "claims_full": len(claims_full),',
      '  "date_dtype": str(documents["captured_not_before"].dtype),',
      '  "word_count_dtype": str(documents["word_count"].dtype),',
      '}))',
    ].join('\n');
    const result = await runBlock(dataset, blocks.find((b) => b.language === 'python' && b.code.includes('read_csv'))!, check);
    if (result.skipped) return context.skip();
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.titles).toEqual(titles());
    expect(out.full_titles).toEqual(titles());
    expect(out.claims).toBe(records('claims').length);
    expect(out.claims_full).toBe(records('claims').length);
    expect(out.date_dtype).toMatch(/^datetime64/);
    expect(out.word_count_dtype).toBe('Int64');
  });

  it('pandas reads the Parquet tables where pyarrow is installed', async (context) => {
    const result = await runBlock(
      dataset,
      blocks.find((b) => b.language === 'python' && b.code.includes('read_parquet'))!,
      'print(list(documents_full["title"]), len(claims_full))',
    );
    if (result.skipped) return context.skip();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("'Neutral' is how Algiers");
  });

  it('R (readr) loads every table, without the inert apostrophes', async (context) => {
    const check = [
      'writeLines(ifelse(is.na(documents$title), "<NA>", documents$title))',
      'writeLines(as.character(nrow(claims)))',
      'writeLines(class(documents$captured_not_before))',
    ].join('\n');
    const result = await runBlock(dataset, blocks.find((b) => b.language === 'r')!, check);
    if (result.skipped) return context.skip();
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -2)).toEqual(titles().map((t) => t ?? '<NA>'));
    expect(lines.at(-2)).toBe(String(records('claims').length));
    expect(lines.at(-1)).toBe('Date');
  });

  it('DuckDB loads every table, without the inert apostrophes', async () => {
    const titlesRun = await runBlock(dataset, blocks.find((b) => b.language === 'sql')!, 'SELECT title FROM documents ORDER BY id');
    expect(titlesRun.stderr).toBe('');
    expect(JSON.parse(titlesRun.stdout).map((r: { title: string | null }) => r.title)).toEqual(titles());
    const countRun = await runBlock(dataset, blocks.find((b) => b.language === 'sql')!, 'SELECT count(*) AS n FROM claims');
    expect(Number(JSON.parse(countRun.stdout)[0].n)).toBe(records('claims').length);
  });

  it('leaves the dataset folder as it was unpacked', async () => {
    expect(await snapshot(dataset)).toEqual(before);
  });
});
