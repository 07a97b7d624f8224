// The entry point of validate.mjs, the checker each release archive carries: bundled with its
// dependencies into one file (see pipeline/release/checker.ts), it runs on a bare `node` with no
// `npm install` and checks the folder it sits in (or the one named) exactly as `pagepress
// validate` does: checksums, every record against the JSON Schemas, CSV rows against JSONL, keys.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from './index.ts';
import { printValidation } from './print.ts';

const USAGE = `usage: node validate.mjs [dataset-folder]

Checks a pagepress dataset version: SHA256SUMS and datapackage.json checksums, every JSONL record
against the JSON Schemas in schemas/, every CSV row against its JSONL record, primary and foreign
keys, and claim evidence offsets. Without a folder, checks the folder validate.mjs is in.
Exit 0 when valid; 1 with one \`file:line: field: message\` line per problem; 2 on bad usage.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  const target = args[0] ?? dirname(fileURLToPath(import.meta.url));
  try {
    process.exitCode = printValidation(target, await validateDataset(target), (text) => process.stdout.write(text));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
