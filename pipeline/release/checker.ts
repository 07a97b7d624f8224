// validate.mjs: the release's own checker, pipeline/validate bundled by esbuild with ajv, TypeBox
// and csv-parse into one ES module that runs on Node ≥ 20 with nothing installed. Bundled when
// the release is packed, from the same code that wrote the version, so it checks what was written.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const CHECKER_FILE = 'validate.mjs';

/** The entry module: TypeScript in a clone, JavaScript in the compiled package. */
function entryPoint(): string {
  const candidates = ['standalone.ts', 'standalone.js'].map((file) => fileURLToPath(new URL(`../validate/${file}`, import.meta.url)));
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`the checker's entry module is missing (looked for ${candidates.join(', ')})`);
  return found;
}

/** The bundled checker's source. Deterministic: paths in it are relative to the project. */
export async function bundleChecker(): Promise<Buffer> {
  const entry = entryPoint();
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: dirname(dirname(dirname(entry))),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    minify: false,
    legalComments: 'eof',
    logLevel: 'silent',
    // ajv and csv-parse ship CommonJS that calls require(); an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\n// pagepress dataset checker: `node validate.mjs [folder]` (bundled; needs only Node.js 20 or later).\nimport { createRequire as __pagepressCreateRequire } from 'node:module';\nconst require = __pagepressCreateRequire(import.meta.url);" },
  });
  return Buffer.from(result.outputFiles[0].contents);
}
