// Metadata side by side (issue 19): pagepress, trafilatura 2.2 (--metadata) and htmldate 1.10 on the same
// pages in one run, per field right / wrong / missing, on a tuned and a held-out part of each corpus.
// - ../shared/dev/segments: 642 pages with independent labels (title, author, date on 563), compared the
//   way its README says (title and author exactly after collapsing white space, several authors joined
//   with "; ", the date by its day). Held out: the ids that start with "f", never used for tuning, and
//   never printed by --show.
// - ../shared/dev/segments/text: the same pages as plain-text dumps, same labels and held-out part
//   (pagepress alone: the peers read HTML).
// - ../shared/dev/html: Readability's pages and answers (loose comparison, as in the first table of
//   bench/metadata.ts). Held out: the pages whose name's SHA-256 starts with "f".
// - ../shared/dev/html dates: the same pages' publication dates alone, Readability's where it gives one and
//   otherwise labelled by hand (bench/data/readability-dates.json; the held-out pages were not labelled).
// The peers come from ../shared/peers (Debian's python3-lxml and friends; see its README); without them
// the table has pagepress alone and says why.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { documentOf } from '../pipeline/run/process.ts';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const PEERS = join(SHARED, 'peers');

/** What a system answers for a page. */
export interface Answer {
  title: string | null;
  authors: string[];
  date: string | null;
}

/** What a page's label says: undefined = not labelled, null = the page states none. */
export interface Label {
  title?: string | null;
  authors?: string[] | null;
  date?: string | null;
}

type Field = keyof Answer;
type Outcome = 'right' | 'wrong' | 'missing' | 'extra' | 'none';
type Same = Record<Field, (ours: Answer, label: Label) => boolean>;

export interface Corpus {
  name: string;
  /** Folder of captures, as the peers read it. */
  folder: string;
  /** Page id (file name without .html / .html.gz) → its label. */
  labels: Map<string, Label>;
  heldOut: (id: string) => boolean;
  same: Same;
  metric: string;
  /** Plain-text dumps: the peers read HTML only, so pagepress runs alone. */
  textDumps?: boolean;
  /** The --peers-cache folder of the peers' answers when another corpus reads the same captures. */
  peersCacheName?: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Trafilatura's metric for dev/segments. */
export const EXACT: Same = {
  title: (ours, label) => collapse(ours.title!) === collapse(label.title!),
  authors: (ours, label) => ours.authors.map(collapse).join('; ') === label.authors!.map(collapse).join('; '),
  date: (ours, label) => ours.date!.slice(0, 10) === label.date!.slice(0, 10),
};

/** Text compared without case, punctuation, symbols or spacing. */
export const loose = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/** A title matches Readability's when one holds the other at an end (its answers keep site suffixes). */
export function looseTitleMatch(ours: string, reference: string): boolean {
  const x = loose(ours);
  const y = loose(reference);
  return x === y || y.startsWith(x) || y.endsWith(x) || x.includes(y);
}

/** Authors match a byline printed as one string when it names every one of them. */
export function looseAuthorsMatch(names: readonly string[], byline: string): boolean {
  const printed = loose(byline);
  return names.every((name) => printed.includes(loose(name)));
}

/** Readability's answers keep site suffixes in titles and print bylines as one string. */
export const LOOSE: Same = {
  title: (ours, label) => looseTitleMatch(ours.title!, label.title!),
  authors: (ours, label) => looseAuthorsMatch(ours.authors, label.authors!.join(' ')),
  date: (ours, label) => ours.date!.slice(0, 10) === label.date!.slice(0, 10),
};

function outcome(field: Field, ours: Answer, label: Label, same: Same): Outcome {
  const expected = label[field];
  if (expected === undefined) return 'none';
  const stated = field === 'authors' ? ours.authors.length > 0 : ours[field] !== null && ours[field] !== '';
  const labelled = Array.isArray(expected) ? expected.length > 0 : expected !== null && expected !== '';
  if (!labelled) return stated ? 'extra' : 'none';
  if (!stated) return 'missing';
  return same[field](ours, label) ? 'right' : 'wrong';
}

const idOf = (file: string) => file.replace(/\.(?:html?|txt)(\.gz)?$/i, '');

/** pagepress's answers, through the same stages a build runs. */
function pagepressAnswers(folder: string, ids: ReadonlySet<string>): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const file of readdirSync(folder).sort()) {
    const id = idOf(file);
    if (!ids.has(id)) continue;
    try {
      const { document } = documentOf(decodeCapture(file, readFileSync(join(folder, file))));
      answers.set(id, { title: document.title, authors: document.authors.map((a) => a.name), date: document.published });
    } catch (error) {
      console.log(`  pagepress rejected ${file}: ${(error as Error).message}`);
      answers.set(id, { title: null, authors: [], date: null });
    }
  }
  return answers;
}

function readJsonl(path: string): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    rows.set(String(row.id), row);
  }
  return rows;
}

/** Why the peers cannot run here, or null. */
function peersMissing(): string | null {
  if (!existsSync(join(PEERS, 'trafilatura-extract.py'))) return `${PEERS} is missing`;
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import lxml, dateutil, charset_normalizer'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'Python 3 with lxml, dateutil and charset_normalizer is missing (see ../shared/peers/README.md)';
  return null;
}

/** Both peers' answers on a folder, run now (or read from --peers-cache DIR when it holds them). */
function peerAnswers(corpus: Corpus, cache: string | null): { trafilatura: Map<string, Answer>; htmldate: Map<string, Answer> } {
  const dir = cache ? join(cache, corpus.peersCacheName ?? corpus.name) : mkdtempSync(join(tmpdir(), 'pagepress-peers-'));
  mkdirSync(dir, { recursive: true });
  const traf = join(dir, 'trafilatura.jsonl');
  const hd = join(dir, 'htmldate.jsonl');
  try {
    for (const [script, out, flag] of [
      ['trafilatura-extract.py', traf, '--metadata'],
      ['htmldate-extract.py', hd, null],
    ] as const) {
      if (cache && existsSync(out)) continue;
      const run = spawnSync('/usr/bin/python3', [join(PEERS, script), corpus.folder, out, ...(flag ? [flag] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr.slice(-2000)}`);
      process.stdout.write(`  ${run.stderr.trim().split('\n').pop()}\n`);
    }
    const trafilatura = new Map<string, Answer>();
    for (const [id, row] of readJsonl(traf)) {
      trafilatura.set(id, {
        title: (row.title as string | null) ?? null,
        authors: (row.authors as string[] | undefined) ?? [],
        date: (row.published as string | null) ?? null,
      });
    }
    const htmldate = new Map<string, Answer>();
    for (const [id, row] of readJsonl(hd)) htmldate.set(id, { title: null, authors: [], date: (row.published as string | null) ?? null });
    return { trafilatura, htmldate };
  } finally {
    if (!cache) rmSync(dir, { recursive: true, force: true });
  }
}

type Tally = Record<Outcome, number>;
const emptyTally = (): Tally => ({ right: 0, wrong: 0, missing: 0, extra: 0, none: 0 });

/** Prints the three-system table of one corpus, and pagepress's misses on its tuned part with --show FIELD. */
export function peerTable(corpus: Corpus, options: { cache: string | null; show: string | null }): void {
  const ids = new Set(corpus.labels.keys());
  const heldOutCount = [...ids].filter(corpus.heldOut).length;
  console.log(`\n${corpus.name}: ${ids.size} pages (${ids.size - heldOutCount} tuned, ${heldOutCount} held out) — ${corpus.metric}`);
  const systems = new Map<string, Map<string, Answer>>([['pagepress', pagepressAnswers(corpus.folder, ids)]]);
  const missing = corpus.textDumps ? 'they read HTML, and these are text dumps' : peersMissing();
  if (missing) console.log(`  peers skipped: ${missing}`);
  else {
    const peers = peerAnswers(corpus, options.cache);
    systems.set('trafilatura', peers.trafilatura);
    systems.set('htmldate', peers.htmldate);
  }
  const header = (part: string) => `${part.padEnd(26)}`;
  console.log(`field    system        ${header('tuned: n  right  wrong  missing')} | held out: n  right  wrong  missing | extra (page states none)`);
  for (const field of ['date', 'title', 'authors'] as const) {
    if (![...corpus.labels.values()].some((label) => label[field] !== undefined)) continue;
    for (const [system, answers] of systems) {
      if (system === 'htmldate' && field !== 'date') continue;
      const parts = [emptyTally(), emptyTally()];
      for (const [id, label] of corpus.labels) {
        const ours = answers.get(id) ?? { title: null, authors: [], date: null };
        const result = outcome(field, ours, label, corpus.same);
        parts[corpus.heldOut(id) ? 1 : 0]![result]++;
        if (options.show === field && system === 'pagepress' && !corpus.heldOut(id) && (result === 'wrong' || result === 'missing' || result === 'extra')) {
          console.log(
            `  ${result.padEnd(7)} ${id}: ours=${JSON.stringify(field === 'authors' ? ours.authors : ours[field])} label=${JSON.stringify(label[field])}`,
          );
        }
      }
      const cells = parts.map((t) => {
        const n = t.right + t.wrong + t.missing;
        const share = (k: number) => (n ? (k / n).toFixed(2) : ' –  ');
        return `${String(n).padStart(8)}  ${share(t.right).padStart(5)}  ${share(t.wrong).padStart(5)}  ${share(t.missing).padStart(7)}`;
      });
      console.log(`${field.padEnd(8)} ${system.padEnd(12)} ${cells[0]}    | ${cells[1]}      | ${parts[0]!.extra + parts[1]!.extra}`);
    }
  }
}

/** dev/segments with its labels, or null when ../shared is missing. */
export function segmentsCorpus(): Corpus | null {
  const folder = join(SHARED, 'dev', 'segments', 'html');
  const truthPath = join(SHARED, 'dev', 'segments', 'truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<
    string,
    { title?: string | null; author?: string | string[] | null; date?: string | null }
  >;
  const labels = new Map<string, Label>();
  for (const [id, entry] of Object.entries(truth)) {
    if (!('title' in entry) && !('author' in entry) && !('date' in entry)) continue;
    const author = entry.author;
    labels.set(id, {
      title: entry.title,
      authors: author === undefined ? undefined : author === null ? null : Array.isArray(author) ? author : author.split(/\s*;\s*/).filter(Boolean),
      date: entry.date,
    });
  }
  return {
    name: 'dev/segments',
    folder,
    labels,
    heldOut: (id) => id.startsWith('f'),
    same: EXACT,
    metric: "exact title and author, date by day (the segments README's metric)",
  };
}

/** The same pages and labels as text dumps (dev/segments/text), or null when ../shared is missing. */
export function segmentsTextCorpus(): Corpus | null {
  const html = segmentsCorpus();
  if (!html) return null;
  return { ...html, name: 'dev/segments text dumps', folder: join(SHARED, 'dev', 'segments', 'text'), textDumps: true };
}

/** dev/html with Readability's answers, or null when ../shared is missing. */
export function readabilityCorpus(): Corpus | null {
  return readabilityCorpusWith(null);
}

/**
 * dev/html's publication dates alone: Readability's where it gives one, else the date labelled by hand from
 * the page (bench/data/readability-dates.json, null where the page states none), or null when ../shared is missing.
 */
export function readabilityDatesCorpus(): Corpus | null {
  const path = join(import.meta.dirname, 'data', 'readability-dates.json');
  const byHand = new Map(Object.entries((JSON.parse(readFileSync(path, 'utf8')) as { dates: Record<string, string | null> }).dates));
  return readabilityCorpusWith(byHand);
}

function readabilityCorpusWith(datesByHand: ReadonlyMap<string, string | null> | null): Corpus | null {
  const folder = join(SHARED, 'dev', 'html');
  const expected = join(SHARED, 'dev', 'expected');
  if (!existsSync(expected)) return null;
  const labels = new Map<string, Label>();
  for (const file of readdirSync(expected)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const id = file.replace(/\.json$/, '');
    if (!existsSync(join(folder, `${id}.html`))) continue;
    const ref = JSON.parse(readFileSync(join(expected, file), 'utf8')) as { title: string | null; byline: string | null; published: string | null };
    if (!datesByHand) labels.set(id, { title: ref.title, authors: ref.byline ? [ref.byline] : null, date: ref.published });
    else if (ref.published) labels.set(id, { date: ref.published });
    else if (datesByHand.has(id)) labels.set(id, { date: datesByHand.get(id) });
  }
  const heldOut = (id: string) => createHash('sha256').update(id).digest('hex').startsWith('f');
  if (datesByHand)
    return {
      name: 'dev/html dates',
      peersCacheName: 'dev/html',
      folder,
      labels,
      heldOut,
      same: LOOSE,
      metric: "publication date by its day: Readability's answers, and the rest labelled by hand from the pages (bench/data/readability-dates.json)",
    };
  return { name: 'dev/html', folder, labels, heldOut, same: LOOSE, metric: "loose comparison against Readability's answers (which often leave dates out)" };
}
