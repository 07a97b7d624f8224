// validate.mjs: the release's own checker, pipeline/validate bundled by esbuild with ajv, TypeBox
// and csv-parse into one ES module that runs on Node ≥ 20 with nothing installed. Bundled when
// the release is packed, from the same code that wrote the version, so it checks what was written.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT, siblingModule } from '../package-layout.ts';

export const CHECKER_FILE = 'validate.mjs';

/** The bundled checker's source. Deterministic: paths in it are relative to the project. */
export async function bundleChecker(): Promise<Buffer> {
  const result = await build({
    entryPoints: [fileURLToPath(siblingModule(import.meta.url, '../validate/standalone'))],
    absWorkingDir: PROJECT_ROOT,
    // Given here so that no tsconfig.json on disk (the installed package has none) decides the output.
    tsconfigRaw: { compilerOptions: { strict: true, verbatimModuleSyntax: true } },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    minify: false,
    legalComments: 'eof',
    logLevel: 'silent',
    // ajv and csv-parse ship CommonJS that calls require(); an ES module has none of its own.
    banner: {
      js: "#!/usr/bin/env node\n// pagepress dataset checker: `node validate.mjs [folder]` (bundled; needs only Node.js 20 or later).\nimport { createRequire as __pagepressCreateRequire } from 'node:module';\nconst require = __pagepressCreateRequire(import.meta.url);",
    },
  });
  return Buffer.from(result.outputFiles[0].contents);
}
