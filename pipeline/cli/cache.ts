// `pagepress cache prune`: removes from the build cache what no recorded build needs (see
// run/cache-uses.ts for what a build records and why pruning is a command, not part of a build).
// Only the options are defined here; the code is loaded when the command runs.
import type { Command } from 'commander';
import { DEFAULT_CACHE } from '../defaults.ts';
import { reportFailure } from './common.ts';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function registerCache(program: Command): void {
  const cache = program.command('cache').description('manage the build cache (per-capture results kept between builds)');
  cache
    .command('prune')
    .description('remove the cached results, fragments and explorer chunks that no recorded build needs any more')
    .option('--cache <dir>', 'the build cache', DEFAULT_CACHE)
    .option('--dry-run', 'say what would be removed, and remove nothing')
    .addHelpText(
      'after',
      '\nEvery build that keeps its cache records what it used (<cache>/uses/), one record per raw folder (and shard\n' +
        'or list), replaced by the next build of it. Prune keeps what any record names and removes the rest:\n' +
        'results of captures since changed or removed, of older step versions, and fragments no build published.\n' +
        'A record whose raw folder is gone is dropped. A build into a recorded output folder is refused (lock) while it runs;\n' +
        'do not prune while a build into another folder uses the same cache.\n' +
        'Exit codes: 0 pruned, 1 nothing recorded (build first) or the cache could not be read.',
    )
    .action(async (flags: { cache: string; dryRun?: boolean }) => {
      try {
        const { pruneCache } = await import('../run/cache-uses.ts');
        const result = await pruneCache(flags.cache, { dryRun: flags.dryRun });
        const verb = result.dryRun ? 'would remove' : 'removed';
        const parts = (['steps', 'summaries', 'fragments'] as const).map(
          (part) => `${part} ${result.removed[part].files} files (${megabytes(result.removed[part].bytes)})`,
        );
        const total = (tally: typeof result.removed) => Object.values(tally).reduce((sum, t) => sum + t.bytes, 0);
        process.stdout.write(
          `${flags.cache}: ${verb} ${parts.join(', ')}; ${megabytes(total(result.remaining))} kept for ${result.kept.length} recorded build(s)\n`,
        );
        for (const use of result.kept)
          process.stdout.write(`  kept: ${use.raw} → ${use.out}${use.slice ? ` (${use.slice})` : ''}, built ${new Date(use.at).toISOString()}\n`);
        for (const use of result.forgotten) process.stdout.write(`  ${result.dryRun ? 'would forget' : 'forgot'}: ${use.raw} → ${use.out} (raw folder gone)\n`);
      } catch (error) {
        reportFailure(error);
      }
    });
}
