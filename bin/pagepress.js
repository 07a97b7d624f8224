#!/usr/bin/env node
// The pagepress command, for the clone and for the npm package alike. It runs the compiled
// JavaScript in lib/ (made by `npm ci`'s prepare step, by the Makefile, or by `npm pack`), so the
// command and its worker threads load no TypeScript compiler.
// In a clone, lib/ can be older than the sources someone is editing. Running it then would run
// stale code silently, so the command compares lib/BUILT (stamped when the compile started) with
// every file under pipeline/: if any is newer, or lib/ is missing, it runs the TypeScript through
// tsx (a development dependency, present in a clone) and says so on stderr. The check stats the
// ~150 source files (a few ms); the package ships no sources, so there it always runs lib/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sources = new URL('../pipeline/', import.meta.url);
const compiled = new URL('../lib/cli/main.js', import.meta.url);
const stamp = new URL('../lib/BUILT', import.meta.url);

/** The first file under `dir` modified after `time` (ms), or null. */
function newerThan(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const found = entry.isDirectory() ? newerThan(path, time) : statSync(path).mtimeMs > time ? path : null;
    if (found) return found;
  }
  return null;
}

const builtAt = existsSync(compiled) ? statSync(stamp, { throwIfNoEntry: false })?.mtimeMs : undefined;
const hasSources = existsSync(new URL('cli/main.ts', sources));
const stale = hasSources ? (builtAt === undefined ? 'lib/ is missing' : newerThan(fileURLToPath(sources).replace(/\/$/, ''), builtAt)) : null;

if (!stale && builtAt !== undefined) {
  await import(compiled.href);
} else if (hasSources) {
  const why = builtAt === undefined ? stale : `${stale.slice(fileURLToPath(new URL('..', import.meta.url)).length)} is newer than lib/`;
  process.stderr.write(`pagepress: ${why}: running the TypeScript sources through tsx (slower start; \`make\` or \`npm run compile\` rebuilds lib/)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('cli/main.ts', sources).href);
} else {
  // A copy packed without its prepare step (`npm install --install-links <folder>` skips it).
  process.stderr.write('pagepress: this copy holds neither the sources nor the compiled lib/: install a tarball made by `npm pack`, which compiles it\n');
  process.exit(1);
}
