// Language detection on ../shared/dev: how often franc is unsure (language_uncertain) and why, per
// corpus, and on captures whose page declares a language, how many franc gets right and wrong and how
// many of each the uncertainty rule flags. The numbers behind MIN_LEAD and PLACEHOLDER_SHARE in
// pipeline/text/language-detection.ts. Text dumps take the language their HTML page declares.
// Usage: npx tsx bench/language.ts
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { languageOf, type LanguageDetection } from '../pipeline/text/language-detection.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'dev');

interface Row {
  corpus: string;
  page: string;
  /** The language the capture (or, for a text dump, its HTML page) declares. */
  declared: string | null;
  /** The language the capture itself declares (text dumps declare none): only captures without one can be warned. */
  ownDeclaration: string | null;
  detection: LanguageDetection;
  warned: boolean;
}

function measure(corpus: string, page: string, name: string, bytes: Buffer): Omit<Row, 'declared'> {
  const capture = decodeCapture(name, bytes);
  const parsed = toPage(capture);
  const cleaned = cleanPage(parsed);
  const metadata = extractMetadata(parsed, cleaned);
  const source = metadata.provenance.language;
  return {
    corpus,
    page,
    ownDeclaration: source && !source.startsWith('detected') ? metadata.fields.language : null,
    detection: languageOf(cleaned.text),
    warned: metadata.warnings.includes('language_uncertain'),
  };
}

function corpusRows(corpus: string, htmlDir: string, textDir: string, htmlName: (file: string) => string, read: (path: string) => Buffer): Row[] {
  const rows: Row[] = [];
  const declaredByPage = new Map<string, string | null>();
  for (const file of readdirSync(htmlDir)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()) {
    const page = file.replace(/\.html(\.gz)?$/, '');
    const row = measure(`${corpus} html`, page, htmlName(file), read(join(htmlDir, file)));
    declaredByPage.set(page, row.ownDeclaration);
    rows.push({ ...row, declared: row.ownDeclaration });
  }
  for (const file of readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const page = file.replace(/\.txt$/, '');
    const row = measure(`${corpus} text`, page, file, readFileSync(join(textDir, file)));
    rows.push({ ...row, declared: row.ownDeclaration ?? declaredByPage.get(page) ?? null });
  }
  return rows;
}

const rows = [
  ...corpusRows(
    'readability',
    join(DEV, 'html'),
    join(DEV, 'text'),
    (f) => f,
    (p) => readFileSync(p),
  ),
  ...corpusRows(
    'segments',
    join(DEV, 'segments', 'html'),
    join(DEV, 'segments', 'text'),
    (f) => f.replace(/\.gz$/, ''),
    (p) => gunzipSync(readFileSync(p)),
  ),
];

const percent = (n: number, of: number) => `${n} (${of ? ((100 * n) / of).toFixed(1) : '0.0'} %)`;
const reasons = (selected: Row[]) => {
  const counts = new Map<string, number>();
  for (const row of selected) if (row.detection.uncertain) counts.set(row.detection.uncertain, (counts.get(row.detection.uncertain) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reason} ${n}`).join(', ') || '-';
};

console.log('corpus            captures  unsure          why                                         undeclared  warned');
for (const corpus of [...new Set(rows.map((r) => r.corpus))]) {
  const selected = rows.filter((r) => r.corpus === corpus);
  const undeclared = selected.filter((r) => r.ownDeclaration === null);
  const unsure = selected.filter((r) => r.detection.uncertain);
  const warned = selected.filter((r) => r.warned);
  console.log(
    `${corpus.padEnd(18)}${String(selected.length).padStart(8)}  ${percent(unsure.length, selected.length).padEnd(16)}${reasons(unsure).padEnd(44)}${String(undeclared.length).padStart(10)}  ${percent(warned.length, undeclared.length)}`,
  );
}

const judged = rows.filter((r) => r.declared && r.detection.language);
const right = judged.filter((r) => r.detection.language === r.declared);
const wrong = judged.filter((r) => r.detection.language !== r.declared);
console.log(`\nCaptures with a declared language and a detected one: ${judged.length}`);
console.log(`  franc right ${right.length}, flagged unsure ${percent(right.filter((r) => r.detection.uncertain).length, right.length)}`);
console.log(`  franc wrong ${wrong.length}, flagged unsure ${percent(wrong.filter((r) => r.detection.uncertain).length, wrong.length)}`);
