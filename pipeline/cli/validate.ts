// `pagepress validate`: checks a dataset version against its schemas, keys and checksums.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { reportFailure, UsageError } from './common.ts';

/** The newest version folder under `out` by semantic version order. */
export async function newestVersion(out: string): Promise<string> {
  const names = await readdir(out).catch(() => {
    throw new UsageError(`${out}: no such folder; build a dataset first (make dataset) or name a version folder`);
  });
  const versions = names.filter((n) => /^\d+\.\d+\.\d+$/.test(n));
  if (versions.length === 0) throw new UsageError(`${out} holds no dataset version; build one first (make dataset)`);
  const key = (v: string) => v.split('.').map(Number);
  versions.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return join(out, versions[versions.length - 1]);
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a dataset version: schemas, CSV against JSONL, keys, checksums')
    .argument('[dir]', 'dataset version folder (default: the newest under dist/)')
    .addHelpText('after', '\nExit 0 when valid; 1 with one `file:line: field: message` line per problem (at most 50, then a count).')
    .action(async (dir: string | undefined) => {
      try {
        const target = dir ?? (await newestVersion('dist'));
        const [{ validateDataset }, { printValidation }] = await Promise.all([import('../validate/index.ts'), import('../validate/print.ts')]);
        process.exitCode = printValidation(target, await validateDataset(target), (text) => process.stdout.write(text));
      } catch (error) {
        reportFailure(error);
      }
    });
}
