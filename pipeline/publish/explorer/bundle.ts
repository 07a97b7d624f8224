// Bundles the explorer's front-end (preact + htm) with esbuild when a version is written, so the
// page needs no network and no CDN. Output depends only on the sources and the esbuild version.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));

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
  });
  const [js] = result.outputFiles;
  const css = await readFile(`${APP_DIR}style.css`, 'utf8');
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
