// Compiles pipeline/ into lib/ for the npm package (`npm run build`; `npm pack` runs it as prepack).
// The clone never needs it: bin/pagepress.js runs the TypeScript through tsx there.
// lib/ gets tsc's JavaScript and every other file under pipeline/ (lexicons and other data the
// code reads beside itself), except the explorer's front-end, which is bundled from its TypeScript
// sources at run time and ships as such. Written into a temporary folder and renamed into place,
// so an interrupted or failed compile leaves no half-made lib/.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = dirname(dirname(fileURLToPath(import.meta.url)));
const sources = join(project, 'pipeline');
const lib = join(project, 'lib');
const temporary = join(project, `lib.${process.pid}.tmp`);
const shippedAsSource = join(sources, 'publish', 'explorer', 'app');

function copyData(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === shippedAsSource) continue;
    if (entry.isDirectory()) copyData(path);
    else if (entry.isFile() && !entry.name.endsWith('.ts')) cpSync(path, join(temporary, relative(sources, path)));
  }
}

try {
  const tsc = spawnSync(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(project, 'tsconfig.build.json'), '--outDir', temporary], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error(`tsc failed (exit ${tsc.status ?? tsc.signal})`);
  copyData(sources);
  rmSync(lib, { recursive: true, force: true });
  renameSync(temporary, lib);
} catch (error) {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`compile: ${error.message}`);
  process.exit(1);
}
