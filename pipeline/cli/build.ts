// `pagepress build`: runs every stage over raw/ and publishes the version named in the config,
// or, with --shard I/N, one slice of the captures as a partial result for `pagepress merge`.
// Only the options are defined here; the pipeline is loaded when the command runs, so that
// `pagepress --help` stays instant.
import { InvalidArgumentError, type Command } from 'commander';
import { CONFIG_FILE, DEFAULT_CACHE, DEFAULT_ROOMY_WORKER_MB, DEFAULT_TIMEOUT_MS, defaultThreads } from '../defaults.ts';

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

interface BuildFlags {
  raw: string;
  out: string;
  config: string;
  concurrency: number;
  timeout: number;
  maxMb: number;
  workerMb: number;
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
    .option(
      '--concurrency <n>',
      'captures processed at once, each on a worker thread (0: one at a time in this thread, without time limits)',
      (v) => parsePositive(v, '--concurrency', true),
      defaultThreads(),
    )
    .option('--timeout <seconds>', 'time limit per capture', (v) => parsePositive(v, '--timeout'), DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-mb <n>', 'largest capture accepted, in MB after decompression', (v) => parsePositive(v, '--max-mb'), 64)
    .option(
      '--worker-mb <n>',
      'memory limit, in MB, of the worker that retries alone a capture too big for the others',
      (v) => parsePositive(v, '--worker-mb'),
      DEFAULT_ROOMY_WORKER_MB,
    )
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
      const { printOutcome, printReport, reportBuildFailure } = await import('./build-output.ts');
      try {
        const [{ readConfig }, { build }, { terminalProgress }, { writePartial }] = await Promise.all([
          import('../config.ts'),
          import('../run/build.ts'),
          import('../run/progress.ts'),
          import('../run/shards.ts'),
        ]);
        const config = await readConfig(flags.config);
        const common = {
          raw: flags.raw,
          threads: flags.concurrency,
          list: flags.list,
          timeoutMs: flags.timeout * 1000,
          maxContentBytes: flags.maxMb * 1024 * 1024,
          workerHeapMb: { roomy: flags.workerMb },
          progress: terminalProgress(),
        };
        if (flags.shard) {
          const partial = await writePartial({ ...common, out: flags.out, config, shard: flags.shard, cacheDir: flags.cache || null, strict: flags.strict });
          printReport(partial.report, `wrote ${partial.dir} (shard ${flags.shard.index}/${flags.shard.count})`);
        } else {
          printOutcome(await build({ ...common, out: flags.out, config, cacheDir: flags.cache || null, strict: flags.strict }));
        }
      } catch (error) {
        reportBuildFailure(error);
      }
    });
}
