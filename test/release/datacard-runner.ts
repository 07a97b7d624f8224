// Runs the code blocks of a dataset version's data card (README.md) as printed, in the version's
// folder, with a stranger's environment: shell blocks with bash, Python with the first python3
// that has the modules a block imports, R with Rscript, SQL with DuckDB. An interpreter or module
// that is not installed skips its block (and says so) rather than failing it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export interface CardBlock {
  language: string;
  code: string;
}

export interface BlockRun {
  block: CardBlock;
  /** Why the block was not run, or null when it ran. */
  skipped: string | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The fenced code blocks of a Markdown file, in order. */
export function codeBlocks(markdown: string): CardBlock[] {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ language: m[1]!, code: m[2]! }));
}

/** A stranger's environment: no project paths, no npm variables pointing at the clone. */
function strangerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  if (process.env.npm_config_cache) env.npm_config_cache = process.env.npm_config_cache;
  return env;
}

export function runIn(cwd: string, command: string, args: string[], input?: string): Omit<BlockRun, 'block' | 'skipped'> {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', env: strangerEnv(), timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The first Python on this machine that can import every module named. */
export function pythonWith(modules: string[]): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return null;
}

export const rWithReadr = () => spawnSync('Rscript', ['-e', 'library(readr)'], { encoding: 'utf8' }).status === 0;

const importsOf = (code: string) => [...code.matchAll(/^(?:import|from)\s+([\w.]+)/gm)].flatMap((m) => m[1]!.split(',')).map((m) => m.trim().split('.')[0]!);
/** Modules a block needs that its imports do not name (pandas reads Parquet through pyarrow). */
const impliedModules = (code: string) => (code.includes('read_parquet') ? ['pyarrow'] : []);

/** Runs one block in `folder`, with `extra` code appended (checks a test adds after a snippet). */
export async function runBlock(folder: string, block: CardBlock, extra = ''): Promise<BlockRun> {
  const code = `${block.code}${extra ? `\n${extra}\n` : ''}`;
  if (block.language === 'sh') return { block, skipped: null, ...runIn(folder, 'bash', ['-c', code]) };
  if (block.language === 'python') {
    const modules = [...new Set([...importsOf(block.code), ...impliedModules(block.code)])];
    const python = pythonWith(modules);
    if (!python) return { block, skipped: `no python3 with ${modules.join(', ')}`, status: null, stdout: '', stderr: '' };
    return { block, skipped: null, ...runIn(folder, python, ['-'], code) };
  }
  if (block.language === 'r') {
    if (!rWithReadr()) return { block, skipped: 'no Rscript with readr', status: null, stdout: '', stderr: '' };
    return { block, skipped: null, ...runIn(folder, 'Rscript', ['-'], code) };
  }
  if (block.language === 'sql') {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // Relative paths in the snippet resolve in the dataset folder, as in a duckdb shell started there.
      await connection.run(`SET file_search_path = '${folder.replace(/'/g, "''")}'`);
      await connection.run(block.code);
      const out = extra ? JSON.stringify((await connection.runAndReadAll(extra)).getRowObjectsJson()) : '';
      return { block, skipped: null, status: 0, stdout: out, stderr: '' };
    } catch (error) {
      return { block, skipped: null, status: 1, stdout: '', stderr: (error as Error).message };
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }
  return { block, skipped: `no runner for ${block.language} blocks`, status: null, stdout: '', stderr: '' };
}

/** Every block of the folder's data card, run as printed. */
export async function runDataCard(folder: string): Promise<BlockRun[]> {
  const runs: BlockRun[] = [];
  for (const block of codeBlocks(readFileSync(join(folder, 'README.md'), 'utf8'))) runs.push(await runBlock(folder, block));
  return runs;
}
