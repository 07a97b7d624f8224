// The committed schemas/ must be exactly what the record definitions generate.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, publishedSchemaText } from '../../pipeline/records/index.ts';
import { PROJECT_ROOT } from '../helpers.ts';

describe('schemas/', () => {
  it('holds one file per published schema, and nothing else', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'schemas')).sort();
    expect(files).toEqual(PUBLISHED_SCHEMAS.map((s) => s.file).sort());
  });

  for (const { file, schema } of PUBLISHED_SCHEMAS) {
    it(`${file} matches its definition (run \`make schemas\` after changing pipeline/records)`, () => {
      const committed = readFileSync(join(PROJECT_ROOT, 'schemas', file), 'utf8');
      expect(committed).toBe(publishedSchemaText(schema));
    });
  }

  it('pairs every format with a pattern and declares draft 2020-12 with an $id', () => {
    for (const { schema } of PUBLISHED_SCHEMAS) {
      const text = publishedSchemaText(schema);
      const parsed = JSON.parse(text);
      expect(parsed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(parsed.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const object = node as Record<string, unknown>;
          if (object.type === 'string' && typeof object.format === 'string') expect(object.pattern, JSON.stringify(object)).toBeTypeOf('string');
          Object.values(object).forEach(walk);
        }
      };
      walk(parsed);
    }
  });
});
