// Every command and snippet of a release's data card, run as printed from a copy of the unpacked
// archive, the way someone who never cloned pagepress would: the bundled checker on a bare node
// outside the project, sha256sum, ajv-cli and Python's jsonschema, pandas, R (readr) and DuckDB.
// What they load must equal the JSONL records (formula-like titles included), and the dataset
// folder must be byte-for-byte as unpacked afterwards. Interpreters that are not installed skip
// their snippets (CI installs Debian's pandas, jsonschema, R and readr; see .ci/run).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { listFiles } from '../../pipeline/publish/write-version.ts';
import { makeRelease } from '../../pipeline/release/archive.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { seededRandom } from '../../bench/synthetic.ts';
import { ARTICLE, generatedParagraph, textDump } from '../robustness/corpus.ts';

interface Block {
  language: string;
  code: string;
}

/** The fenced code blocks of a Markdown file, in order. */
function codeBlocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1], code: m[2] }));
}

/** A stranger's environment: no project paths, no node_modules to fall back on. */
const strangerEnv = () => {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  if (process.env.npm_config_cache) env.npm_config_cache = process.env.npm_config_cache;
  return env;
};

function run(command: string, args: string[], cwd: string, input?: string) {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', env: strangerEnv(), timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The first Python on this machine that can import every module named. */
function pythonWith(modules: string[]): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await listFiles(dir)) files.set(path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex'));
  return files;
}

let dataset: string;
let blocks: Block[];
let before: Map<string, string>;
const records = (table: string) => readFileSync(join(dataset, `${table}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const titles = () => records('documents').map((d) => d.title as string | null);

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-card-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  // Titles a spreadsheet would run as formulas: the CSV carries them with an apostrophe in front.
  writeFileSync(join(root, 'raw', 'neutral.txt'), textDump(ARTICLE, ['Home', 'World', 'Contact'], "'Neutral' is how Algiers describes its stance on the war"));
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${generatedParagraph(seededRandom(i + 1))}</p>`).join('');
  writeFileSync(join(root, 'raw', 'trade.html'), `<html><head><title>+7 per cent: trade between Algiers and Moscow rises again</title></head><body><article>${paragraphs}</article></body></html>`);
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
    expect(titles()).toEqual(expect.arrayContaining(["'Neutral' is how Algiers describes its stance on the war", '+7 per cent: trade between Algiers and Moscow rises again']));
  });

  it('validate.mjs checks the release on a bare node, and catches a changed record', () => {
    const [checker] = blocks.filter((b) => b.language === 'sh' && b.code.includes('validate.mjs'));
    const ok = run('bash', ['-c', checker.code], dataset);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/^valid: .* \(4 documents, \d+ claims\)\n$/);
    expect(ok.status).toBe(0);

    const tampered = mkdtempSync(join(tmpdir(), 'pagepress-tampered-'));
    cpSync(dataset, tampered, { recursive: true });
    const path = join(tampered, 'documents.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace("'Neutral' is how", "'Neutral' was how"));
    const bad = run('node', ['validate.mjs'], tampered);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('documents.jsonl:1: sha256: checksum does not match SHA256SUMS');
    expect(bad.stdout).toMatch(/documents\.csv:\d+: title: decodes to/);
    expect(run('node', ['validate.mjs', '--help'], tampered).stdout).toContain('usage: node validate.mjs [dataset-folder]');
  });

  it('the stock tools: sha256sum, ajv-cli and Python jsonschema', () => {
    const [, stock] = blocks.filter((b) => b.language === 'sh');
    const shell = run('bash', ['-c', stock.code], dataset);
    expect(shell.stdout).toContain('documents.jsonl: OK');
    expect(shell.stdout).toContain('validate.mjs: OK');
    expect(shell.stdout).not.toContain('FAILED');
    expect(shell.stdout).not.toContain('INVALID');
    for (const table of ['documents', 'claims', 'blocks']) expect(shell.stdout).toContain(`${table}.jsonl: valid`);
    expect(shell.status).toBe(0);

    const python = pythonWith(['jsonschema']);
    if (!python) return void console.warn('skipped the jsonschema snippet: no Python with jsonschema');
    const jsonschema = blocks.filter((b) => b.language === 'python').find((b) => b.code.includes('jsonschema'))!;
    const checked = run(python, ['-'], dataset, jsonschema.code);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toBe('documents.jsonl: valid\nclaims.jsonl: valid\nblocks.jsonl: valid\n');
  }, 300_000);

  it('pandas loads every table, without the inert apostrophes, with dates as dates', (context) => {
    const python = pythonWith(['pandas']);
    if (!python) return context.skip();
    const [snippet] = blocks.filter((b) => b.language === 'python');
    const check = [
      'import json',
      'print(json.dumps({',
      '  "pandas": pd.__version__,',
      '  "titles": [None if pd.isna(t) else t for t in documents["title"]],',
      '  "full_titles": [None if pd.isna(t) else t for t in documents_full["title"]],',
      '  "claims": len(claims), "claims_full": len(claims_full),',
      '  "date_dtype": str(documents["captured_not_before"].dtype),',
      '  "word_count_dtype": str(documents["word_count"].dtype),',
      '}))',
    ].join('\n');
    const result = run(python, ['-'], dataset, `${snippet.code}\n${check}\n`);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.titles).toEqual(titles());
    expect(out.full_titles).toEqual(titles());
    expect(out.claims).toBe(records('claims').length);
    expect(out.claims_full).toBe(records('claims').length);
    expect(out.date_dtype).toMatch(/^datetime64/);
    expect(out.word_count_dtype).toBe('Int64');
  });

  it('pandas reads the Parquet tables where pyarrow is installed', (context) => {
    const python = pythonWith(['pandas', 'pyarrow']);
    if (!python) return context.skip();
    const [, parquet] = blocks.filter((b) => b.language === 'python');
    const result = run(python, ['-'], dataset, `${parquet.code}\nprint(list(documents_full["title"]), len(claims_full))\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("'Neutral' is how Algiers");
  });

  it('R (readr) loads every table, without the inert apostrophes', (context) => {
    if (!hasCommand('Rscript') || run('Rscript', ['-e', 'library(readr)'], dataset).status !== 0) return context.skip();
    const snippet = blocks.find((b) => b.language === 'r')!;
    const check = ['writeLines(ifelse(is.na(documents$title), "<NA>", documents$title))', 'writeLines(as.character(nrow(claims)))', 'writeLines(class(documents$captured_not_before))'].join('\n');
    const result = run('Rscript', ['-'], dataset, `${snippet.code}\n${check}\n`);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -2)).toEqual(titles().map((t) => t ?? '<NA>'));
    expect(lines.at(-2)).toBe(String(records('claims').length));
    expect(lines.at(-1)).toBe('Date');
  });

  it('DuckDB loads every table, without the inert apostrophes', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`SET file_search_path = '${dataset.replace(/'/g, "''")}'`);
    const snippet = blocks.find((b) => b.language === 'sql')!;
    await connection.run(snippet.code);
    const rows = (await connection.runAndReadAll('SELECT title FROM documents ORDER BY id')).getRowObjectsJson().map((r) => r.title);
    expect(rows).toEqual(titles());
    const [count] = (await connection.runAndReadAll('SELECT count(*) AS n FROM claims')).getRowObjectsJson();
    expect(Number(count.n)).toBe(records('claims').length);
    connection.closeSync();
    instance.closeSync();
  });

  it('leaves the dataset folder as it was unpacked', async () => {
    expect(await snapshot(dataset)).toEqual(before);
  });
});
