#!/usr/bin/env node
// The pagepress command, for the clone and for the npm package alike.
// In a clone (pipeline/ holds the TypeScript sources) it loads them through tsx, so there is no
// build step to forget and an edit counts on the next run. The package ships the compiled lib/
// instead of those sources (and has no tsx), so there it loads the compiled CLI. It decides by the
// sources rather than by whether lib/ exists, so a lib/ left in a clone by `npm pack` can never
// shadow the code being edited.
import { existsSync } from 'node:fs';

const sources = new URL('../pipeline/cli/main.ts', import.meta.url);
const compiled = new URL('../lib/cli/main.js', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  // A copy packed without its prepack step (`npm install --install-links <folder>` skips it).
  process.stderr.write('pagepress: this copy holds neither the sources nor the compiled lib/: install a tarball made by `npm pack`, which compiles it\n');
  process.exit(1);
}
