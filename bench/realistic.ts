// A realistic corpus for scale benchmarks: the dev pages (../shared/dev: html, text dumps, and the
// segments corpus's gzipped HTML and dumps) copied to N captures, each copy varied so that no two
// captures are the same page to the build. The synthetic corpus (synthetic.ts) is generated prose;
// real pages carry the markup, scripts, languages and sizes that decide where a build's CPU goes.
//
// Why copies are varied the way they are: a renamed copy has the same bytes, so the cache answers it
// without work, and the dedupe step drops it; a copy with one line added is still the same article
// to the near-duplicates step (Jaccard of word 5-shingles ≥ 0.8), which flags it, and a flagged
// document is serialised again when published, which no real crawl of distinct pages asks for.
// So every capture, the first copy of a page too, swaps two inner letters in about one word in
// eight (lower-case words of five letters or more, in text only: never in tags, scripts or styles),
// chosen by a generator seeded per capture. Two copies of a page then have an estimated Jaccard
// similarity of 0.33-0.56 (MinHash, three pages, three copies each; with one word in twelve and the
// first copy left as it was, 0.80-0.89 against the first copy: flagged), while the markup, names,
// numbers and dates stay as they were, so a copy costs what its page costs.
//
// About one HTML capture in twenty goes into a web archive (warc/*.warc.gz, ten records each), as crawls
// deliver them; the rest are single files, gzipped where the source was (segments HTML).
// The held-out part of the segments corpus (ids starting with `f`) is left out: the benchmark reads
// no outputs, but it has no need of those pages either.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { seededRandom } from './synthetic.ts';

/** Where the dev corpora are, beside the clone (as bench/extract.ts finds them). */
export const DEV_DIR = join(import.meta.dirname, '..', '..', 'shared', 'dev');

interface Source {
  /** Where the page is, and whether it is gzipped. */
  file: string;
  kind: 'html' | 'text';
  gzipped: boolean;
}

/** The dev pages the corpus is made from, sorted; null when ../shared/dev is missing or empty. */
export function devSources(dev = DEV_DIR): Source[] | null {
  const folders: [string, 'html' | 'text'][] = [
    ['html', 'html'],
    ['text', 'text'],
    [join('segments', 'html'), 'html'],
    [join('segments', 'text'), 'text'],
  ];
  const sources: Source[] = [];
  for (const [folder, kind] of folders) {
    const dir = join(dev, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(html|txt)(\.gz)?$/.test(name)) continue;
      // Held out (see the header).
      if (folder.startsWith('segments') && name.startsWith('f')) continue;
      sources.push({ file: join(dir, name), kind, gzipped: name.endsWith('.gz') });
    }
  }
  return sources.length > 0 ? sources : null;
}

const VARIED_WORD = /\b[a-z]{5,}\b/g;

/** Swaps two inner letters of about one word in eight of `text`'s lower-case words of five letters or more (see the header). */
function varyText(text: string, random: () => number): string {
  return text.replace(VARIED_WORD, (word) => {
    if (random() >= 1 / 8) return word;
    const i = 1 + Math.floor(random() * (word.length - 3));
    return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
  });
}

/** The same variation on HTML: text between tags only, and none inside script, style or comments. */
function varyHtml(html: string, random: () => number): string {
  let raw: string | null = null;
  return html
    .split(/(<!--[\s\S]*?-->|<[^>]*>)/)
    .map((piece, i) => {
      if (i % 2 === 1) {
        const tag = /^<\/?\s*(script|style|textarea|noscript)\b/i.exec(piece);
        if (tag) raw = piece[1] === '/' ? null : tag[1].toLowerCase();
        return piece;
      }
      return raw ? piece : varyText(piece, random);
    })
    .join('');
}

/** A web archive record (WARC/1.0 response) holding `body` as an HTML response from `url`. */
function warcRecord(body: Buffer, url: string, date: string, id: number): Buffer {
  const http = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'), body]);
  const head = [
    'WARC/1.0',
    'WARC-Type: response',
    `WARC-Target-URI: ${url}`,
    `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}>`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length}`,
    '',
    '',
  ].join('\r\n');
  // One gzip member per record, as crawlers write .warc.gz.
  return gzipSync(Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]));
}

/** Records per web archive, and the share of HTML captures that go into one. */
const WARC_RECORDS = 10;
const WARC_SHARE = 1 / 20;

export interface RealisticCorpus {
  /** Dev pages the copies were made from. */
  pages: number;
  /** Files written (a web archive is one file of several captures). */
  files: number;
  archives: number;
}

/**
 * Writes `count` captures under `dir` made from the dev pages (see the header), deterministic for
 * a seed; null, writing nothing, when the dev pages are missing.
 */
export function writeRealisticCorpus(dir: string, count: number, seed = 2024, dev = DEV_DIR): RealisticCorpus | null {
  const sources = devSources(dev);
  if (!sources) return null;
  const random = seededRandom(seed);
  // A seeded order, so the first N mix every corpus and size rather than the first folder's pages.
  const order = sources.map((source) => ({ source, rank: random() })).sort((a, b) => a.rank - b.rank);
  let files = 0;
  let archives = 0;
  let pending: Buffer[] = [];
  const flushArchive = () => {
    if (pending.length === 0) return;
    const folder = join(dir, 'warc');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `crawl-${String(archives).padStart(5, '0')}.warc.gz`), Buffer.concat(pending));
    archives++;
    files++;
    pending = [];
  };
  for (let i = 0; i < count; i++) {
    const { source } = order[i % order.length];
    const bytes = readFileSync(source.file);
    const original = source.gzipped ? gunzipSync(bytes) : bytes;
    // latin1 round-trips any bytes, so pages in other encodings keep theirs; the variation touches ASCII letters only.
    const vary = source.kind === 'html' ? varyHtml : varyText;
    const varied = Buffer.from(vary(original.toString('latin1'), seededRandom(seed + 1 + i)), 'latin1');
    const name = basename(source.file).replace(/\.gz$/, '');
    if (source.kind === 'html' && random() < WARC_SHARE) {
      pending.push(warcRecord(varied, `https://example.org/c${i}/${name}`, '2024-05-01T08:00:00Z', i));
      if (pending.length === WARC_RECORDS) flushArchive();
      continue;
    }
    const folder = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const target = join(folder, `capture-${String(i).padStart(6, '0')}-${name}${source.gzipped ? '.gz' : ''}`);
    writeFileSync(target, source.gzipped ? gzipSync(varied) : varied);
    files++;
  }
  flushArchive();
  return { pages: sources.length, files, archives };
}
