// Metadata benchmark (issue 5), two parts.
// 1. ../shared/dev (HTML pages and their text dumps) against its reference answers, per field:
//    right / wrong / missing where the reference states a value; where it is empty, "extra" when
//    pagepress states one anyway (not always an error: the references often leave dates out) and,
//    among those, "invented" when the value cannot be found in the capture at all. Comparison is
//    loose, as the references are: titles keep site suffixes, bylines are one string, dates are
//    compared to the day (or as instants when both carry a time zone).
// 2. test/fixtures/metadata, whose expected values are exact: right / wrong / missing / invented
//    (stated by pagepress where the page states nothing) / none, per field.
// 3. Side by side with trafilatura and htmldate on dev/segments and dev/html, tuned and held-out parts
//    (bench/metadata-peers.ts).
// Usage: npm run bench:metadata [-- --show FIELD] [-- --only html|text|peers] [-- --peers-cache DIR]
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata, type MetadataFields } from '../pipeline/metadata/index.ts';
import { decodeEntities } from '../pipeline/metadata/html/article-node.ts';
import {
  loose,
  looseAuthorsMatch,
  looseTitleMatch,
  peerTable,
  readabilityCorpus,
  readabilityDatesCorpus,
  segmentsCorpus,
  segmentsTextCorpus,
} from './metadata-peers.ts';
import { fixtureCases, judgeField, runFixture, type FixtureOutcome } from '../test/metadata/fixture-cases.ts';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'dev');

interface Reference {
  title: string | null;
  byline: string | null;
  language: string | null;
  site_name: string | null;
  published: string | null;
}

type Outcome = 'right' | 'wrong' | 'missing' | 'extra' | 'none';

/** An instant, when a value states a time and a zone; null otherwise. */
const instant = (value: string) => (/T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : null);

const COMPARE: Record<string, (ours: MetadataFields, ref: Reference) => Outcome> = {
  title: (ours, ref) => judge(ours.title, ref.title, looseTitleMatch),
  authors: (ours, ref) =>
    judge(ours.authors.length ? ours.authors.map((a) => a.name).join(', ') : null, ref.byline, (_, byline) =>
      looseAuthorsMatch(
        ours.authors.map((a) => a.name),
        byline,
      ),
    ),
  published: (ours, ref) =>
    judge(ours.published, ref.published, (a, b) => {
      const x = instant(a);
      const y = instant(b);
      // Instants are compared at the precision we state: a minute printed on the page matches its seconds.
      if (x !== null && y !== null) return /T\d{2}:\d{2}:\d{2}/.test(a) ? x === y : Math.floor(x / 60_000) === Math.floor(y / 60_000);
      return a.slice(0, 10) === b.slice(0, 10);
    }),
  language: (ours, ref) => judge(ours.language, ref.language, (a, b) => a.toLowerCase() === b.toLowerCase().split(/[-_]/)[0]),
  site_name: (ours, ref) => judge(ours.site_name, ref.site_name, (a, b) => loose(a) === loose(b)),
};

function judge(ours: string | null, reference: string | null, same: (ours: string, reference: string) => boolean): Outcome {
  const hasRef = reference !== null && reference.trim() !== '';
  if (!hasRef) return ours ? 'extra' : 'none';
  if (!ours) return 'missing';
  return same(ours, reference) ? 'right' : 'wrong';
}

/** Whether a value pagepress stated is printed or declared anywhere in the capture. */
function foundInCapture(field: string, fields: MetadataFields, raw: string): boolean {
  // Attributes print "&" as "&amp;": a value read from one is found in the decoded page.
  const page = loose(decodeEntities(raw));
  if (field === 'published') return fields.published !== null && raw.includes(fields.published.slice(0, 4));
  if (field === 'authors') return fields.authors.every((author) => page.includes(loose(author.name)));
  const value = fields[field as keyof MetadataFields];
  return typeof value === 'string' && page.includes(loose(value));
}

function fixtureTable(): void {
  const tallies = new Map<string, Record<FixtureOutcome, number>>();
  const cases = fixtureCases();
  const failures: string[] = [];
  for (const { file, expected } of cases) {
    const { fields } = runFixture(file);
    for (const [field, value] of Object.entries(expected)) {
      const outcome = judgeField(fields[field as keyof MetadataFields], value);
      const tally = tallies.get(field) ?? { right: 0, wrong: 0, missing: 0, invented: 0, none: 0 };
      tally[outcome]++;
      tallies.set(field, tally);
      if (outcome !== 'right' && outcome !== 'none')
        failures.push(
          `  ${outcome.padEnd(8)} ${file} ${field}: ours=${JSON.stringify(fields[field as keyof MetadataFields])} expected=${JSON.stringify(value)}`,
        );
    }
  }
  console.log(`\nfixtures: ${cases.length} pages from test/fixtures/metadata (exact expected values)`);
  console.log('field                 stated  right  wrong  missing | states nothing: invented  none');
  for (const [field, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const stated = t.right + t.wrong + t.missing;
    const share = (n: number) => (stated ? (n / stated).toFixed(2) : '  – ');
    console.log(
      `${field.padEnd(20)} ${String(stated).padStart(7)}  ${share(t.right).padStart(5)}  ${share(t.wrong).padStart(5)}  ${share(t.missing).padStart(7)} | ${String(t.invented).padStart(24)}  ${String(t.none).padStart(4)}`,
    );
  }
  for (const failure of failures) console.log(failure);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
  const only = option('--only');
  if (only !== 'peers') {
    devTables();
    fixtureTable();
  }
  if (only && only !== 'peers') return;
  const corpora = [segmentsCorpus(), segmentsTextCorpus(), readabilityCorpus(), readabilityDatesCorpus()].filter((corpus) => corpus !== null);
  if (corpora.length === 0) console.log(`\nbench:metadata: ../shared/dev is missing — no side-by-side table (the dev pages live outside the repository).`);
  for (const corpus of corpora) peerTable(corpus, { cache: option('--peers-cache'), show: option('--show') });
}

function devTables(): void {
  if (!existsSync(join(DEV, 'expected'))) {
    console.log(`bench:metadata: ${DEV} is missing — nothing to measure (the dev pages live outside the repository).`);
    return;
  }
  const args = process.argv.slice(2);
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const names = readdirSync(join(DEV, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();

  for (const [label, folder, extension] of [
    ['HTML pages', 'html', 'html'],
    ['text dumps', 'text', 'txt'],
  ] as const) {
    if (only && only !== folder) continue;
    const tallies = new Map<string, Record<Outcome | 'invented', number>>();
    let pages = 0;
    for (const name of names) {
      const path = join(DEV, folder, `${name}.${extension}`);
      if (!existsSync(path)) continue;
      pages++;
      const reference = JSON.parse(readFileSync(join(DEV, 'expected', `${name}.json`), 'utf8')) as Reference;
      const bytes = readFileSync(path);
      const page = toPage(decodeCapture(`${name}.${extension}`, bytes));
      const { fields } = extractMetadata(page, cleanPage(page));
      for (const [field, compare] of Object.entries(COMPARE)) {
        const outcome = compare(fields, reference);
        const tally = tallies.get(field) ?? { right: 0, wrong: 0, missing: 0, extra: 0, none: 0, invented: 0 };
        tally[outcome]++;
        if (outcome === 'extra' && field !== 'language' && !foundInCapture(field, fields, page.capture.content)) tally.invented++;
        tallies.set(field, tally);
        if (show === field && outcome !== 'right' && outcome !== 'none') {
          const ours = field === 'authors' ? fields.authors.map((a) => a.name).join('; ') : String(fields[field as keyof MetadataFields]);
          const ref = field === 'authors' ? reference.byline : reference[field as keyof Reference];
          console.log(`  [${folder}] ${outcome.padEnd(7)} ${name}: ours=${JSON.stringify(ours)} ref=${JSON.stringify(ref)}`);
        }
      }
    }
    if (pages === 0) continue;
    console.log(`\n${label}: ${pages} pages from ${join(DEV, folder)}`);
    console.log('field        stated  right  wrong  missing | ref empty: extra  invented  none');
    for (const [field, t] of tallies) {
      const stated = t.right + t.wrong + t.missing;
      const share = (n: number) => (stated ? (n / stated).toFixed(2) : '  – ');
      const invented = field === 'language' ? '  (detected)' : String(t.invented).padStart(8);
      console.log(
        `${field.padEnd(12)} ${String(stated).padStart(6)}  ${share(t.right).padStart(5)}  ${share(t.wrong).padStart(5)}  ${share(t.missing).padStart(7)} | ${String(t.extra).padStart(16)}  ${invented}  ${String(t.none).padStart(4)}`,
      );
    }
  }
}

main();
