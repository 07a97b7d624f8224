// Hit rates of the event-coding cases (test/fixtures/claims/events/<case>/: source.txt, expected.json),
// scored as test/claims/events.test.ts scores them: expected claims found, forbidden claims made.
// Run: npx tsx bench/event-fixtures.ts [CASE...]   (all cases when none is named)
// PAGEPRESS_ROOT=/path/to/checkout scores another checkout's extractor on this branch's cases (before/after figures).
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../test/fixtures/claims/events/', import.meta.url));
const code = resolve(process.env.PAGEPRESS_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
const { extractClaims } = (await import(pathToFileURL(join(code, 'pipeline/claims/index.ts')).href)) as typeof import('../pipeline/claims/index.ts');
const { partyKey } = (await import(pathToFileURL(join(code, 'pipeline/claims/actors.ts')).href)) as typeof import('../pipeline/claims/actors.ts');

const classFloors = (JSON.parse(readFileSync(join(root, '..', 'floors.json'), 'utf8')) as { event_classes: Record<string, unknown> }).event_classes;
const named = process.argv.slice(2);
let foundAll = 0;
let claimsAll = 0;
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (named.length === 0 || named.includes(d.name)))
  .map((d) => d.name)
  .sort();
for (const name of cases) {
  const text = readFileSync(join(root, name, 'source.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as {
    language?: string;
    claims?: string[];
    absent?: string[];
    floor?: number;
  };
  const got = extractClaims({ id: 'doc_00000000000000ee', text, language: expected.language ?? 'en' }).map(
    (c) => `${partyKey(c.subject)} ${c.event ?? c.relation} ${partyKey(c.object)}`,
  );
  const claims = expected.claims ?? [];
  const absent = expected.absent ?? [];
  const found = claims.filter((c) => got.includes(c)).length;
  const wrong = absent.filter((c) => got.includes(c)).length;
  const floor = expected.floor ?? classFloors[name];
  const floorText = typeof floor === 'number' ? `, floor ${floor.toFixed(2)}` : '';
  console.log(
    `${name.padEnd(44)} ${String(found).padStart(3)}/${String(claims.length).padEnd(3)} found, ${wrong} of ${absent.length} forbidden made${floorText}`,
  );
  foundAll += found;
  claimsAll += claims.length;
}
console.log(`${'all cases'.padEnd(44)} ${String(foundAll).padStart(3)}/${claimsAll} found`);
