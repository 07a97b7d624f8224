// The pagepress command line: a thin layer that parses flags and calls the library.
import { Command } from 'commander';
import { registerBuild } from './build.ts';
import { registerExtract } from './extract.ts';
import { registerMerge } from './merge.ts';
import { registerDiff } from './diff.ts';
import { registerRelease } from './release.ts';
import { registerValidate } from './validate.ts';
import { registerClaims } from './claims.ts';
import { registerCache } from './cache.ts';
import { installInterruptHandlers } from '../run/interrupt.ts';
import { packageJson } from '../package-layout.ts';

const { version } = packageJson();

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
registerClaims(program);
registerCache(program);

installInterruptHandlers();
await program.parseAsync();
