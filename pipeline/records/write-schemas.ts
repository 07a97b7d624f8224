// Writes schemas/*.schema.json from the record definitions (`npm run schemas`). A test fails when
// the committed files drift from the definitions.
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_TYPES, publishedSchemaText, schemaFileName } from './index.ts';

const dir = process.argv[2] ?? 'schemas';
mkdirSync(dir, { recursive: true });
for (const def of RECORD_TYPES) {
  const target = join(dir, schemaFileName(def));
  writeFileSync(`${target}.tmp`, publishedSchemaText(def));
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
