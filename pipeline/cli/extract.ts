// `pagepress extract`: runs the pipeline's document steps (pipeline/pipeline.ts: ingest, clean,
// metadata, claims, and any optional step the config switches on) on files or folders and prints
// the document records (with their claims); writes nothing. Corpus steps (duplicates, pages with
// no article, near-duplicates) need the whole corpus and are the build's.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE } from '../defaults.ts';
import type { Capture } from '../ingest/capture.ts';
import { reportFailure, UsageError } from './common.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the document records (with their claims) extracted from files or folders; writes nothing')
    .argument('<paths...>', 'capture files or folders of captures')
    .option('--jsonl', 'one record per line instead of a JSON array')
    .option('--config <file>', `dataset config whose \`steps\` switch optional steps on (default: ${CONFIG_FILE} when there is one)`)
    .addHelpText(
      'after',
      '\nsource.path is relative to the folder given (or the file name, for a file).\nA capture an optional step drops is not printed; a line on stderr says why.',
    )
    .action(async (paths: string[], options: { jsonl?: boolean; config?: string }) => {
      try {
        const [{ readConfig }, { discover }, { IngestError }, { readCapture }, { isWebArchivePath }, { processCapture }, { orderLike }, { DocumentRecord }] =
          await Promise.all([
            import('../config.ts'),
            import('../ingest/discover.ts'),
            import('../ingest/errors.ts'),
            import('../ingest/read.ts'),
            import('../ingest/decode.ts'),
            import('../run/process.ts'),
            import('../records/tables.ts'),
            import('../records/document.ts'),
          ]);
        (await import('../run/regexp-tier.ts')).compileRegexpsOnce();
        const configFile = options.config ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : null);
        const config = configFile ? await readConfig(configFile) : null;
        const records: object[] = [];
        let failures = 0;
        for (const given of paths) {
          const info = await stat(given).catch(() => null);
          if (!info) throw new UsageError(`${given}: no such file or folder`);
          const root = info.isDirectory() ? given : dirname(given);
          const files = info.isDirectory() ? (await discover(given)).files : [basename(given)];
          const emit = (capture: Capture) => {
            const { document, claims, drop } = processCapture(capture, config);
            if (drop) {
              process.stderr.write(`pagepress: ${root}/${capture.path}: dropped: ${drop.code}: ${drop.message}\n`);
              return;
            }
            const record = { ...orderLike(document as never, DocumentRecord as never), claims };
            records.push(record);
            if (options.jsonl) process.stdout.write(`${JSON.stringify(record)}\n`);
          };
          const fail = (path: string, error: unknown) => {
            failures++;
            const code = error instanceof IngestError ? error.code : 'internal_error';
            process.stderr.write(`pagepress: ${root}/${path}: ${code}: ${(error as Error).message}\n`);
          };
          for (const path of files) {
            try {
              if (!isWebArchivePath(path)) {
                emit(await readCapture(root, path));
                continue;
              }
              // Loaded for the first archive only: the WARC reader brings its own gzip library (~50 ms).
              const { readWarc } = await import('../ingest/warc.ts');
              for await (const item of readWarc(root, path)) {
                if ('error' in item) fail(item.path, item.error);
                else emit(item.capture);
              }
            } catch (error) {
              fail(path, error);
            }
          }
        }
        if (!options.jsonl) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
        if (failures > 0) process.exitCode = 1;
      } catch (error) {
        reportFailure(error);
      }
    });
}
