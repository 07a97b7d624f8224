// Metadata benchmark (issue 5): pagepress's metadata on ../shared/dev (HTML pages and their text
// dumps) against the reference answers, per field: right / wrong / missing where the reference
// states a value, and "extra" where the reference is empty but pagepress states one (not always an
// error: the references often leave dates out). Comparison is loose, as the references are:
// titles keep site suffixes, bylines are one string, dates are compared to the day.
// Usage: npm run bench:metadata [-- --show FIELD]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata, type MetadataFields } from '../pipeline/metadata/index.ts';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'dev');

interface Reference {
  title: string | null;
  byline: string | null;
  language: string | null;
  site_name: string | null;
  published: string | null;
}

type Outcome = 'right' | 'wrong' | 'missing' | 'extra' | 'none';

const loose = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

const COMPARE: Record<string, (ours: MetadataFields, ref: Reference) => Outcome> = {
  title: (ours, ref) => judge(ours.title, ref.title, (a, b) => {
    const x = loose(a);
    const y = loose(b);
    return x === y || y.startsWith(x) || y.endsWith(x) || x.includes(y);
  }),
  authors: (ours, ref) =>
    judge(ours.authors.length ? ours.authors.map((a) => a.name).join(', ') : null, ref.byline, (_, b) => {
      const byline = loose(b);
      return ours.authors.every((author) => byline.includes(loose(author.name)));
    }),
  published: (ours, ref) => judge(ours.published, ref.published, (a, b) => a.slice(0, 10) === b.slice(0, 10)),
  language: (ours, ref) => judge(ours.language, ref.language, (a, b) => a.toLowerCase() === b.toLowerCase().split(/[-_]/)[0]),
  site_name: (ours, ref) => judge(ours.site_name, ref.site_name, (a, b) => loose(a) === loose(b)),
};

function judge(ours: string | null, reference: string | null, same: (ours: string, reference: string) => boolean): Outcome {
  const hasRef = reference !== null && reference.trim() !== '';
  if (!hasRef) return ours ? 'extra' : 'none';
  if (!ours) return 'missing';
  return same(ours, reference) ? 'right' : 'wrong';
}

function main(): void {
  if (!existsSync(join(DEV, 'expected'))) {
    console.log(`bench:metadata: ${DEV} is missing — nothing to measure (the dev pages live outside the repository).`);
    return;
  }
  const args = process.argv.slice(2);
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
  const names = readdirSync(join(DEV, 'expected')).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')).sort();

  for (const [label, folder, extension] of [['HTML pages', 'html', 'html'], ['text dumps', 'text', 'txt']] as const) {
    const tallies = new Map<string, Record<Outcome, number>>();
    let pages = 0;
    for (const name of names) {
      const path = join(DEV, folder, `${name}.${extension}`);
      if (!existsSync(path)) continue;
      pages++;
      const reference = JSON.parse(readFileSync(join(DEV, 'expected', `${name}.json`), 'utf8')) as Reference;
      const page = toPage(decodeCapture(`${name}.${extension}`, readFileSync(path)));
      const { fields } = extractMetadata(page, cleanPage(page));
      for (const [field, compare] of Object.entries(COMPARE)) {
        const outcome = compare(fields, reference);
        const tally = tallies.get(field) ?? { right: 0, wrong: 0, missing: 0, extra: 0, none: 0 };
        tally[outcome]++;
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
    console.log('field        stated  right  wrong  missing | ref empty: extra  none');
    for (const [field, t] of tallies) {
      const stated = t.right + t.wrong + t.missing;
      const share = (n: number) => (stated ? (n / stated).toFixed(2) : '  – ');
      console.log(`${field.padEnd(12)} ${String(stated).padStart(6)}  ${share(t.right).padStart(5)}  ${share(t.wrong).padStart(5)}  ${share(t.missing).padStart(7)} | ${String(t.extra).padStart(16)}  ${String(t.none).padStart(4)}`);
    }
  }
}

main();
