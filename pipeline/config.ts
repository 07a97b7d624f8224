// The dataset's identity, read from pagepress.config.json at the project root: name, version and
// the descriptive fields that go into datapackage.json and the data card; and the options of
// pipeline steps, by step name (each step checks its own, see run/steps.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import Type from 'typebox';
import { UserFacingError } from './errors.ts';
import { CONFIG_FILE } from './defaults.ts';

export const DatasetConfig = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'Lower-case identifier, used in file names.' }),
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Semantic version of the data.' }),
    title: Type.String({ minLength: 1 }),
    description: Type.String({ minLength: 1 }),
    license: Type.Object(
      { name: Type.String({ minLength: 1 }), path: Type.String({ minLength: 1 }), title: Type.String({ minLength: 1 }) },
      { additionalProperties: false },
    ),
    homepage: Type.Union([Type.String({ minLength: 1 }), Type.Null()]),
    // Kept so configs written before the rule changed still load; nothing reads it.
    created: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description:
          'Deprecated and ignored: a version is released on the day it is built (the UTC day of SOURCE_DATE_EPOCH when set; on a rebuild, the date recorded in the published version; otherwise today, UTC). Remove this field.',
      }),
    ),
    authors: Type.Array(Type.String({ minLength: 1 })),
    steps: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]*$' }), Type.Unknown(), {
        additionalProperties: false,
        description: 'Options of pipeline steps, by step name (pipeline/pipeline.ts lists them). A step that takes options runs only when they are given here.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DatasetConfig = Type.Static<typeof DatasetConfig>;

export class ConfigError extends UserFacingError {}

export async function readConfig(path = CONFIG_FILE): Promise<DatasetConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(`cannot read ${path}: run pagepress from the project root, or create it (see README.md)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const validate = await configValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${path}: ${e.instancePath || '/'} ${e.message}`).join('\n');
    throw new ConfigError(problems);
  }
  return data as DatasetConfig;
}

/**
 * Where scripts/compile.mjs writes DatasetConfig's validator, relative to this module: ajv's
 * standalone code for the same schema and options, so a run neither loads ajv nor compiles the
 * schema (~0.25 s of start-up); its errors are the same objects. The source tree compiles it here.
 */
export const CONFIG_VALIDATOR_FILE = 'config-validate.cjs';

async function configValidator(): Promise<ValidateFunction> {
  const compiled = new URL(CONFIG_VALIDATOR_FILE, import.meta.url);
  if (existsSync(compiled)) return createRequire(import.meta.url)(fileURLToPath(compiled)) as ValidateFunction;
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return new Ajv2020({ allErrors: true, strict: true }).compile(DatasetConfig);
}

/** The CommonJS source of the validator scripts/compile.mjs writes (see CONFIG_VALIDATOR_FILE). */
export async function configValidatorSource(): Promise<string> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  // A CommonJS module: its exports (the function) arrive as `default`, the function again as their `default`.
  const standaloneCode = (await import('ajv/dist/standalone/index.js')).default.default;
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true } });
  return standaloneCode(ajv, ajv.compile(DatasetConfig));
}
