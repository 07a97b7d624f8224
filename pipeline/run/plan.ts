// Which steps of the pipeline list a build runs (a config switches optional ones on and gives their
// options) and their cache keys, chained: each is hash(step version, options, the key before it).
// The plan is plain data, handed to worker threads, written into partial results and fingerprinted.
import { createRequire } from 'node:module';
import { ConfigError, type DatasetConfig } from '../config.ts';
import { PIPELINE } from '../pipeline.ts';
import type { AnyStep } from '../steps/step.ts';
import { chainKey, dependencyKey, stepVersion } from './step-version.ts';
import type { Plan, Resolved } from './steps.ts';

/** The steps of `list` that `config` switches on, with their options; refuses unknown names and bad options. */
export function resolveSteps(config: Pick<DatasetConfig, 'steps'> | null = null, list: readonly AnyStep[] = PIPELINE): Resolved[] {
  const given = config?.steps ?? {};
  const names = new Set(list.map((step) => step.name));
  if (names.size !== list.length) throw new Error('two steps in the pipeline list share a name');
  const firstCorpus = list.findIndex((step) => step.kind === 'corpus');
  if (firstCorpus >= 0 && list.slice(firstCorpus).some((step) => step.kind === 'document'))
    throw new Error('document steps must come before corpus steps in the pipeline list');
  for (const name of Object.keys(given)) {
    if (!names.has(name)) throw new ConfigError(`steps.${name}: no such step; the steps are ${[...names].join(', ')}`);
  }
  const resolved: Resolved[] = [];
  for (const step of list) {
    const options = given[step.name];
    if (!step.options) {
      if (options !== undefined) throw new ConfigError(`steps.${step.name}: this step takes no options`);
      resolved.push({ step, options: undefined });
      continue;
    }
    // A step with options is off until the config gives them.
    if (options === undefined) continue;
    // ajv is loaded here, not at start-up (~0.1 s): only a step with options needs it.
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(step.options);
    if (!validate(options)) throw new ConfigError((validate.errors ?? []).map((e) => `steps.${step.name}${e.instancePath}: ${e.message}`).join('\n'));
    resolved.push({ step, options });
  }
  return resolved;
}

/** The plan of a build: each step's cache key is hash(its version, its options, the key before it). */
export function planOf(resolved: Resolved[]): Plan {
  let upstream = dependencyKey();
  return resolved.map(({ step, options }) => {
    upstream = chainKey(stepVersion(step.code), options, upstream);
    return { name: step.name, key: upstream, options };
  });
}
