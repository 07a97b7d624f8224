// Bundles the explorer's front-end (preact + htm) with esbuild when a version is written, so the
// page needs no network and no CDN. Output depends only on the sources and the esbuild version.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sourcePath } from '../../package-layout.ts';

// The app's TypeScript sources, which the npm package ships as such beside its compiled code.
const APP_DIR = sourcePath(import.meta.url, 'app');

export interface Bundle {
  js: string;
  css: string;
}

let cached: Promise<Bundle> | null = null;

async function bundle(): Promise<Bundle> {
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
    // no tsconfig.json on disk decides them: the installed package has none, and esbuild would
    // otherwise read whichever one it finds above it, in the project it was installed into.
    tsconfigRaw: { compilerOptions: { strict: true, verbatimModuleSyntax: true } },
  });
  const [js] = result.outputFiles;
  const css = await readFile(join(APP_DIR, 'style.css'), 'utf8');
  return { js: `// pagepress dataset explorer (bundled preact + htm app); generated, do not edit.\n${js.text}`, css };
}

/** The bundled app; built once per process (the sources do not change while it runs). */
export function explorerBundle(): Promise<Bundle> {
  cached ??= bundle().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}
