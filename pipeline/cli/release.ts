// `pagepress release` packs a dataset version as a reproducible archive; `pagepress download`
// fetches one, checks it, unpacks it safely and validates it.
import type { Command } from 'commander';
import { CONFIG_FILE, DEFAULT_MAX_UNPACKED } from '../defaults.ts';
import { parsePositive } from './build.ts';
import { reportFailure } from './common.ts';
import { newestVersion } from './validate.ts';

export function registerRelease(program: Command): void {
  program
    .command('release')
    .description('pack a dataset version as <name>-<version>.tar.gz with its .sha256, reproducibly')
    .argument('[dir]', 'dataset version folder (default: the newest under dist/)')
    .option('--out <dir>', 'where to write the archive (outside the committed tree)', 'release')
    .option('--config <file>', 'dataset config', CONFIG_FILE)
    .addHelpText(
      'after',
      '\nEntry mtimes come from SOURCE_DATE_EPOCH, or, when it is not set, from the version\'s release date (its datapackage.json "created").',
    )
    .action(async (dir: string | undefined, flags: { out: string; config: string }) => {
      try {
        const [{ readConfig }, { makeRelease }] = await Promise.all([import('../config.ts'), import('../release/archive.ts')]);
        const config = await readConfig(flags.config);
        const versionDir = dir ?? (await newestVersion('dist'));
        const version = versionDir.split('/').filter(Boolean).pop()!;
        const result = await makeRelease(versionDir, flags.out, { name: config.name, version });
        process.stdout.write(`wrote ${result.archive}\nwrote ${result.checksumFile}\nsha256 ${result.sha256}\n`);
      } catch (error) {
        reportFailure(error);
      }
    });

  program
    .command('download')
    .description('fetch a release archive (URL or file), check its SHA-256, unpack it safely and validate it')
    .argument('<source>', 'http(s) URL or path of a <name>-<version>.tar.gz')
    .option('--sha256 <hex>', 'expected SHA-256 of the archive')
    .option('--sha256-url <url>', 'where to read the expected SHA-256 (default: <source>.sha256)')
    .option('--out <dir>', 'folder to unpack into', 'downloads')
    .option('--max-mb <n>', 'refuse archives that unpack to more than this', (v) => parsePositive(v, '--max-mb'), DEFAULT_MAX_UNPACKED / 1048576)
    .addHelpText('after', '\nThe dataset folder appears in --out only when the checksum, the unpacking and validation all succeeded.')
    .action(async (source: string, flags: { sha256?: string; sha256Url?: string; out: string; maxMb: number }) => {
      try {
        const [{ download }, { terminalProgress }] = await Promise.all([import('../release/download.ts'), import('../run/progress.ts')]);
        const result = await download(source, {
          out: flags.out,
          sha256: flags.sha256,
          sha256Url: flags.sha256Url,
          maxBytes: flags.maxMb * 1048576,
          progress: terminalProgress(),
        });
        process.stdout.write(`sha256 ok: ${result.sha256}\nvalid: ${result.dir}\n`);
      } catch (error) {
        reportFailure(error);
      }
    });
}
