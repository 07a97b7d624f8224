// `pagepress build`: runs every stage over raw/ and publishes the version named in the config,
// or, with --shard I/N, one slice of the captures as a partial result for `pagepress merge`.
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { readConfig, CONFIG_FILE } from '../config.ts';
import { build, DEFAULT_TIMEOUT_MS, StrictFailure, type BuildResult } from '../run/build.ts';
import { defaultThreads } from '../run/executor.ts';
import { terminalProgress } from '../run/progress.ts';
import { writePartial } from '../run/shards.ts';
import { SEVERITIES, type BuildReport, type Problem } from '../records/report.ts';
import { reportFailure } from './common.ts';

export const DEFAULT_CACHE = '.cache/pagepress';

export function parsePositive(value: string, flag: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new InvalidArgumentError(`${flag} takes a whole number ≥ ${allowZero ? 0 : 1}, not "${value}"`);
  return n;
}

export function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || count < 1 || index >= count) throw new InvalidArgumentError(`--shard takes I/N with 0 ≤ I < N (e.g. 0/4), not "${value}"`);
  return { index, count };
}

const problemLine = (p: Problem) => `  ${p.severity}: ${p.path}: ${p.stage}: ${p.code}: ${p.message.split('\n')[0]}\n`;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What a build or merge prints: the whole report when it wrote the version, one line when it was up to date. */
export function printOutcome(result: BuildResult): void {
  if (result.outcome === 'written') printReport(result.report, `wrote ${result.versionDir}`);
  else printUpToDate(result.report, result.versionDir);
}

/**
 * An up-to-date version was built from these same captures, and that build printed their problems: they are
 * counted here, not printed again, so each problem (a near-duplicate pair, a rejected file) is reported once.
 */
export function printUpToDate(report: BuildReport, versionDir: string): void {
  const { counts, problems } = report;
  const severities = SEVERITIES.map((severity) => [severity, problems.filter((p) => p.severity === severity).length] as const).filter(([, n]) => n > 0);
  const held =
    problems.length === 0
      ? 'no problems'
      : `${plural(problems.length, 'problem')} (${severities.map(([severity, n]) => (severity === 'info' ? `${n} info` : plural(n, severity))).join(', ')}) in ${join(versionDir, 'build-report.json')}`;
  process.stdout.write(`up to date: ${versionDir} (${plural(counts.documents, 'document')}, ${plural(counts.claims, 'claim')}; ${held})\n`);
}

/** Reports a failure; a --strict one first lists every capture that failed it, since no build-report.json was written. */
export function reportBuildFailure(error: unknown): void {
  if (error instanceof StrictFailure) for (const p of error.failures) process.stderr.write(problemLine(p));
  reportFailure(error);
}

/** Prints the counts and the problems worth a look. */
export function printReport(report: BuildReport, headline: string): void {
  const { counts, problems } = report;
  process.stdout.write(
    `${headline}: ${counts.documents} documents, ${counts.claims} claims from ${counts.files} files ` +
      `(${counts.rejected} rejected, ${counts.duplicates} duplicates, ${plural(counts.near_duplicates, 'near-duplicate pair')}, ${counts.skipped} skipped)\n`,
  );
  const shown = problems.filter((p) => p.severity !== 'info');
  for (const p of shown.slice(0, 20)) process.stderr.write(problemLine(p));
  if (shown.length > 20) process.stderr.write(`  … and ${shown.length - 20} more in build-report.json\n`);
  const internal = problems.filter((p) => p.code === 'internal_error').length;
  if (internal > 0) process.stderr.write(`  ${internal} internal error${internal === 1 ? '' : 's'}: a bug in pagepress, please report it with the message above\n`);
}

interface BuildFlags {
  raw: string;
  out: string;
  config: string;
  concurrency: number;
  timeout: number;
  maxMb: number;
  cache: string | false;
  shard?: { index: number; count: number };
  list?: string;
  strict?: boolean;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the dataset version named in pagepress.config.json from the captures in raw/')
    .option('--raw <dir>', 'folder of captures', 'raw')
    .option('--out <dir>', 'folder of dataset versions (with --shard: folder for the partial result)', 'dist')
    .option('--config <file>', 'dataset config', CONFIG_FILE)
    .option('--concurrency <n>', 'captures processed at once, each on a worker thread (0: one at a time in this thread, without time limits)', (v) => parsePositive(v, '--concurrency', true), defaultThreads())
    .option('--timeout <seconds>', 'time limit per capture', (v) => parsePositive(v, '--timeout'), DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-mb <n>', 'largest capture accepted, in MB after decompression', (v) => parsePositive(v, '--max-mb'), 64)
    .option('--cache <dir>', 'cache of per-capture results', DEFAULT_CACHE)
    .option('--no-cache', 'do not keep results between builds')
    .option('--shard <I/N>', 'process only slice I of N (by path hash) and write a partial result', parseShard)
    .option('--list <file>', 'process only the captures listed in this file (paths relative to --raw, one a line); with --shard, the list is the shard')
    .option('--strict', 'publish nothing (with --shard: write no partial result) and exit 1 when any capture was rejected or a listed capture is missing')
    .addHelpText(
      'after',
      '\nWrites <out>/<version>/ atomically; an existing version is never rewritten.\n' +
        'Problems with single captures are listed in <out>/<version>/build-report.json; the build goes on without them,\n' +
        'unless --strict is given: then they are printed and nothing is written, so the build can be run again once they are fixed.\n' +
        'Exit codes: 0 built (or up to date), 1 failed (nothing published; with --strict, also when a capture was rejected).',
    )
    .action(async (flags: BuildFlags) => {
      try {
        const config = await readConfig(flags.config);
        const common = {
          raw: flags.raw,
          threads: flags.concurrency,
          list: flags.list,
          timeoutMs: flags.timeout * 1000,
          maxContentBytes: flags.maxMb * 1024 * 1024,
          progress: terminalProgress(),
        };
        if (flags.shard) {
          const partial = await writePartial({ ...common, out: flags.out, config, shard: flags.shard, cacheDir: flags.cache || null, strict: flags.strict });
          printReport(partial.report, `wrote ${partial.dir} (shard ${flags.shard.index}/${flags.shard.count})`);
        } else {
          const result: BuildResult = await build({ ...common, out: flags.out, config, cacheDir: flags.cache || null, strict: flags.strict });
          printOutcome(result);
        }
      } catch (error) {
        reportBuildFailure(error);
      }
    });
}
