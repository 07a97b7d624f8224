// Compiles pipeline/ into lib/: the JavaScript the command and its worker threads run, in the clone
// (npm ci's `prepare` and the Makefile run this) and in the npm package (`npm pack` runs `prepare`).
// lib/ gets tsc's JavaScript (emit only: `npx tsc -p .` and CI do the type-checking), every other
// file under pipeline/ (lexicons and other data the code reads beside itself), and what would
// otherwise be computed on every run: the explorer's front-end bundle (lib/publish/explorer/bundle.json)
// the versions of the steps in pipeline/steps/, hashed from their TypeScript (lib/step-versions.json),
// the actor gazetteer's index (lib/claims/data/gazetteer-index.txt), the dataset config's
// validator (lib/config-validate.cjs), and bundles of many-file dependencies (lib/vendor/, see VENDORED).
// lib/BUILT is the stamp bin/pagepress.js and the Makefile compare with the sources: its mtime is
// when this compile started, so a source edited while it ran still counts as newer.
// Written into a temporary folder and renamed into place, so an interrupted or failed compile
// leaves no half-made lib/.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const started = new Date();
const project = dirname(dirname(fileURLToPath(import.meta.url)));
const sources = join(project, 'pipeline');
const lib = join(project, 'lib');
const temporary = join(project, `lib.${process.pid}.tmp`);
const bundledAtBuild = join(sources, 'publish', 'explorer', 'app');

function copyData(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === bundledAtBuild) continue;
    if (entry.isDirectory()) copyData(path);
    else if (entry.isFile() && !entry.name.endsWith('.ts')) cpSync(path, join(temporary, relative(sources, path)));
  }
}

/**
 * Pure-JavaScript ES-module packages made of many small files, bundled into lib/vendor/ (one module
 * per package, shared code in common chunks) and the compiled code's imports of them pointed there:
 * loading a module costs resolving, reading and compiling it, and typebox alone is 373 files (about
 * 230 ms of every start-up, 15 ms as one bundle), unified and remark with micromark about 150, and
 * parse-english 25. Same code, so the same results; the sources (tests, tsx) keep importing the packages.
 */
const VENDORED = ['typebox', 'unified', 'remark-gfm', 'remark-stringify', 'parse-english'];

async function vendor() {
  const { build } = await import('esbuild');
  const outdir = join(temporary, 'vendor');
  await build({
    entryPoints: Object.fromEntries(VENDORED.map((name) => [name, name])),
    absWorkingDir: project,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
  });
  const specifier = new RegExp(`(\\bfrom |\\bimport\\()'(${VENDORED.join('|')})'`, 'g');
  const rewrite = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== outdir) rewrite(path);
      } else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        const rewritten = code.replace(specifier, (_, lead, name) => {
          const target = relative(dir, join(outdir, `${name}.js`))
            .split(sep)
            .join('/');
          return `${lead}'${target.startsWith('.') ? target : `./${target}`}'`;
        });
        if (rewritten !== code) writeFileSync(path, rewritten);
      }
    }
  };
  rewrite(temporary);
}

try {
  const tsc = spawnSync(
    process.execPath,
    [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(project, 'tsconfig.build.json'), '--noCheck', '--outDir', temporary],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) throw new Error(`tsc failed (exit ${tsc.status ?? tsc.signal})`);
  copyData(sources);
  await vendor();
  // The bundler of the compiled code itself, so the bundle is the one a run from the sources would make.
  const { bundleFromSources } = await import(pathToFileURL(join(temporary, 'publish', 'explorer', 'bundle.js')).href);
  writeFileSync(join(temporary, 'publish', 'explorer', 'bundle.json'), JSON.stringify(await bundleFromSources()));
  // The actor gazetteer's finished index (claims/gazetteer.ts reads it): built here from its sources by
  // the compiled code itself (claims/gazetteer-sources.ts), so a run reads it instead of building it (~0.5 s).
  const { COMPILED_INDEX_FILE } = await import(pathToFileURL(join(temporary, 'claims', 'gazetteer.js')).href);
  const { buildIndex } = await import(pathToFileURL(join(temporary, 'claims', 'gazetteer-sources.js')).href);
  const { indexText } = await import(pathToFileURL(join(temporary, 'claims', 'gazetteer-index.js')).href);
  writeFileSync(join(temporary, 'claims', COMPILED_INDEX_FILE), indexText(buildIndex()));
  // The dataset config's validator as ajv's standalone code (config.ts), so a run does not compile it.
  const config = await import(pathToFileURL(join(temporary, 'config.js')).href);
  writeFileSync(join(temporary, config.CONFIG_VALIDATOR_FILE), await config.configValidatorSource());
  const { hashedVersion, STEP_VERSIONS_FILE } = await import(pathToFileURL(join(temporary, 'run', 'step-version.js')).href);
  const stepDir = join(sources, 'steps');
  const stepVersions = Object.fromEntries(
    readdirSync(stepDir)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => [`steps/${name.slice(0, -3)}`, hashedVersion(pathToFileURL(join(stepDir, name)).href)]),
  );
  writeFileSync(join(temporary, STEP_VERSIONS_FILE), `${JSON.stringify(stepVersions, null, 2)}\n`);
  const stamp = join(temporary, 'BUILT');
  writeFileSync(stamp, 'lib/ was compiled from pipeline/ at the modification time of this file (scripts/compile.mjs).\n');
  utimesSync(stamp, started, started);
  rmSync(lib, { recursive: true, force: true });
  renameSync(temporary, lib);
} catch (error) {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`compile: ${error.message}`);
  process.exit(1);
}
