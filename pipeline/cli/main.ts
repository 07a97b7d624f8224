// The pagepress command line: a thin layer that parses flags and calls the library.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { registerBuild } from './build.ts';
import { registerExtract } from './extract.ts';
import { registerMerge } from './merge.ts';
import { registerDiff } from './diff.ts';
import { registerRelease } from './release.ts';
import { registerValidate } from './validate.ts';
import { installInterruptHandlers } from '../run/interrupt.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('pagepress')
  .description('Turn raw web-page captures into a clean, versioned research dataset.')
  .version(version)
  .showHelpAfterError('(run with --help for usage)');

registerBuild(program);
registerExtract(program);
registerValidate(program);
registerMerge(program);
registerDiff(program);
registerRelease(program);

installInterruptHandlers();
await program.parseAsync();
