// `pagepress build`: runs every stage over raw/ and publishes the version named in the config.
import { InvalidArgumentError, type Command } from 'commander';
import { readConfig, CONFIG_FILE } from '../config.ts';
import { build } from '../run/build.ts';
import { terminalProgress } from '../run/progress.ts';
import { reportFailure } from './common.ts';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the dataset version named in pagepress.config.json from the captures in raw/')
    .option('--raw <dir>', 'folder of captures', 'raw')
    .option('--out <dir>', 'folder of dataset versions', 'dist')
    .option('--config <file>', 'dataset config', CONFIG_FILE)
    .option('--concurrency <n>', 'captures read at once', (v) => parsePositive(v, '--concurrency'), 4)
    .option('--strict', 'exit non-zero when any capture was rejected')
    .addHelpText('after', '\nWrites <out>/<version>/ atomically; an existing version is never rewritten.\nProblems with single captures are listed in <out>/<version>/build-report.json.')
    .action(async (options: { raw: string; out: string; config: string; concurrency: number; strict?: boolean }) => {
      try {
        const config = await readConfig(options.config);
        const result = await build({ raw: options.raw, out: options.out, config, concurrency: options.concurrency, progress: terminalProgress() });
        const { counts, problems } = result.report;
        const verb = result.outcome === 'written' ? 'wrote' : 'up to date:';
        process.stdout.write(
          `${verb} ${result.versionDir}: ${counts.documents} documents, ${counts.claims} claims from ${counts.files} files ` +
            `(${counts.rejected} rejected, ${counts.duplicates} duplicates, ${counts.skipped} skipped)\n`,
        );
        const shown = problems.filter((p) => p.severity !== 'info');
        for (const p of shown.slice(0, 20)) process.stderr.write(`  ${p.severity}: ${p.path}: ${p.stage}: ${p.code}: ${p.message.split('\n')[0]}\n`);
        if (shown.length > 20) process.stderr.write(`  … and ${shown.length - 20} more in build-report.json\n`);
        if (problems.some((p) => p.code === 'internal_error')) process.exitCode = 3;
        else if (options.strict && counts.rejected > 0) process.exitCode = 1;
      } catch (error) {
        reportFailure(error);
      }
    });
}

export function parsePositive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} takes a whole number ≥ 1, not "${value}"`);
  return n;
}
