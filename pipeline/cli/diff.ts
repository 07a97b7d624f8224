// `pagepress diff OLD NEW`: what changed between two dataset versions, and the version bump it calls for.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { reportFailure, UsageError } from './common.ts';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('list documents and claims added, removed and changed between two dataset versions, and schema changes')
    .argument('<old>', 'older version folder (e.g. dist/0.1.0)')
    .argument('<new>', 'newer version folder')
    .option('--json', 'print changes.json-style data instead of Markdown')
    .action(async (oldDir: string, newDir: string, flags: { json?: boolean }) => {
      try {
        for (const dir of [oldDir, newDir]) {
          if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`${dir}: no such dataset version folder`);
        }
        const { diffVersions, renderChangelog } = await import('../publish/changes.ts');
        const changes = await diffVersions(oldDir, basename(oldDir), newDir, basename(newDir));
        process.stdout.write(flags.json ? `${JSON.stringify(changes, null, 2)}\n` : renderChangelog(changes));
      } catch (error) {
        reportFailure(error);
      }
    });
}
