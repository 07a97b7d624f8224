// Bundles the explorer's front-end (preact + htm) with esbuild, so the page needs no network and no
// CDN. Output depends only on the sources and the esbuild version. Compiled code (lib/, in the
// clone after `npm ci`/make and in the npm package) reads the bundle that scripts/compile.mjs made
// beside it when lib/ was built, so a build spends nothing on bundling; the TypeScript sources
// (tests, tsx) bundle on first use, once per process.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COMPILED, sourcePath } from '../../package-layout.ts';

// The app's TypeScript sources: pipeline/publish/explorer/app, also when this module runs from lib/.
const APP_DIR = sourcePath(import.meta.url, 'app');

/** Where compile.mjs writes the bundle, beside the compiled module: lib/publish/explorer/bundle.json. */
export const PREBUILT_BUNDLE = new URL('./bundle.json', import.meta.url);

export interface Bundle {
  js: string;
  css: string;
}

let cached: Promise<Bundle> | null = null;

/** Bundles the app from its sources (esbuild is loaded only here: compiled runs never need it). */
export async function bundleFromSources(): Promise<Bundle> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: APP_DIR,
    entryPoints: ['main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'silent',
    // The settings of the project's tsconfig.json that change esbuild's output, given here so that
    // no tsconfig.json on disk decides them.
    tsconfigRaw: { compilerOptions: { strict: true, verbatimModuleSyntax: true } },
  });
  const [js] = result.outputFiles;
  const css = await readFile(join(APP_DIR, 'style.css'), 'utf8');
  return { js: `// pagepress dataset explorer (bundled preact + htm app); generated, do not edit.\n${js.text}`, css };
}

async function bundle(): Promise<Bundle> {
  if (COMPILED) {
    return JSON.parse(await readFile(PREBUILT_BUNDLE, 'utf8')) as Bundle;
  }
  return bundleFromSources();
}

/** The bundled app; read or built once per process (the sources do not change while it runs). */
export function explorerBundle(): Promise<Bundle> {
  cached ??= bundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
