// Writes schemas/*.schema.json from the record definitions (`npm run schemas`). A test fails when
// the committed files drift from the definitions.
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_SCHEMAS, publishedSchemaText } from './index.ts';

const dir = process.argv[2] ?? 'schemas';
mkdirSync(dir, { recursive: true });
for (const { file, schema } of PUBLISHED_SCHEMAS) {
  const target = join(dir, file);
  writeFileSync(`${target}.tmp`, publishedSchemaText(schema));
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
