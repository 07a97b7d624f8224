// `pagepress merge`: combines the partial results of `build --shard I/N` into the dataset version.
import type { Command } from 'commander';
import { readConfig, CONFIG_FILE } from '../config.ts';
import { mergePartials } from '../run/shards.ts';
import { printReport } from './build.ts';
import { reportFailure } from './common.ts';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine partial results of `build --shard I/N` into the dataset version')
    .argument('<parts...>', 'partial result folders (one per shard)')
    .option('--out <dir>', 'folder of dataset versions', 'dist')
    .option('--config <file>', 'dataset config', CONFIG_FILE)
    .option('--strict', 'exit non-zero when any capture was rejected')
    .addHelpText('after', '\nThe merged version is byte-identical to a single `pagepress build` of the same captures.')
    .action(async (parts: string[], flags: { out: string; config: string; strict?: boolean }) => {
      try {
        const config = await readConfig(flags.config);
        const result = await mergePartials(parts, flags.out, config);
        printReport(result.report, `${result.outcome === 'written' ? 'wrote' : 'up to date:'} ${result.versionDir}`);
        if (flags.strict && result.report.counts.rejected > 0) process.exitCode = 1;
      } catch (error) {
        reportFailure(error);
      }
    });
}
