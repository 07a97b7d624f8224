// `pagepress merge`: combines the partial results of `build --shard I/N` into the dataset version.
import type { Command } from 'commander';
import { CONFIG_FILE } from '../defaults.ts';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine partial results of `build --shard I/N` into the dataset version')
    .argument('<parts...>', 'partial result folders (one per shard)')
    .option('--out <dir>', 'folder of dataset versions', 'dist')
    .option('--config <file>', 'dataset config', CONFIG_FILE)
    .option('--strict', 'publish nothing and exit 1 when any capture was rejected or a listed capture is missing')
    .addHelpText(
      'after',
      '\nThe merged version is byte-identical to a single `pagepress build` of the same captures.\nExit codes: 0 merged (or up to date), 1 failed (nothing published; with --strict, also when a capture was rejected).',
    )
    .action(async (parts: string[], flags: { out: string; config: string; strict?: boolean }) => {
      const { printOutcome, reportBuildFailure } = await import('./build-output.ts');
      try {
        const [{ readConfig }, { mergePartials }] = await Promise.all([import('../config.ts'), import('../run/shards.ts')]);
        const config = await readConfig(flags.config);
        const result = await mergePartials(parts, flags.out, config, { strict: flags.strict });
        printOutcome(result);
      } catch (error) {
        reportBuildFailure(error);
      }
    });
}
