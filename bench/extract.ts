// Main-text extraction benchmark (issue 4): pagepress's HTML cleaner and Mozilla Readability side by
// side on the same pages in one run, pagepress's text path on w3m dumps of the same pages, and the
// whole dump as the text path's floor. Two page sets: the project's own fixtures (test/fixtures/
// extract, references written by hand) and ../shared/dev when present (references are Readability's
// own reviewed output there, so beating it on them is hard by construction). Prints mean token
// precision / recall / F1, pages per second and the ratio to Readability's rate, then the error
// classes that remain with one example page each. Then ../shared/dev/segments (hand-labelled snippets,
// trafilatura's own metric) with pagepress, Readability and trafilatura 2.2 (../shared/peers) side by
// side, its tuned part and its held-out part (ids starting with "f") apart, with empty pages counted,
// and pagepress's whole per-page chain (ingest, clean, metadata, claims: what a build runs on a page)
// on the same pages, with its pages/s as a multiple of trafilatura's (issue 16 aims at >= 1.5x).
// Usage: npm run bench:extract [-- --only NAME] [-- --worst N] [-- --pages] [-- --dumps] [-- --segments-only]
//                              [-- --peers-cache DIR] [-- --list-empty] [-- --miss-classes]
//   --miss-classes adds, for the dev pages, the reference text pagepress's HTML path leaves out by class
//   (Readability's chrome apart) and the F1 against the references without each class
//   --pages lists every page's text-path P/R/F1 with what went most wrong; --dumps rewrites the fixtures' source.txt
//   --segments-only measures dev/segments alone; --peers-cache DIR keeps Readability's and trafilatura's
//   segments texts in DIR and reuses them on later runs; --list-empty names the tuned pages pagepress left empty
//   --cpu-ratio [EVERY] measures only the CPU ratio of pagepress's whole chain to trafilatura (issue 16): every
//   EVERY-th page of dev/segments/html (default 4), tuned and held-out parts apart, both timed as CPU seconds in
//   this run, alternating, over [-- --rounds N] rounds (default 5); each round, each side in a fresh process
//   warms up untimed on other pages of the part and then times one pass over the sample, so every timed page is
//   new to its process (bench/cpu-sample.ts); prints each side's fastest round and the sum over the rounds
// --help prints this comment
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block } from '../pipeline/text/blocks.ts';
import { cleanPage } from '../pipeline/clean/index.ts';
import { meanScore, score, tokens, type Score } from '../pipeline/clean/score.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';
import { processCapture } from '../pipeline/run/process.ts';
import { timeChainOnce } from './chain-timer.ts';
import { cpuSample, SEGMENTS_HTML } from './cpu-sample.ts';

export { score, tokens, type Score };

const ROOT = join(import.meta.dirname, '..');
const DEV = join(ROOT, '..', 'shared', 'dev');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract');
/** The renderer the dev dumps and the seeds were made with. */
export const W3M_ARGS = ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', '-cols', '120'];

interface BenchPage {
  name: string;
  htmlBytes: Buffer;
  textPath: string;
  reference: string;
}

interface Row {
  system: string;
  pages: number;
  score: Score;
  seconds: number;
}

interface Miss {
  page: string;
  path: 'html' | 'text';
  f1: number;
  errorClass: string;
}

/** Installs w3m when it is missing (Debian/Ubuntu), so fixture dumps can be (re)made. */
function ensureW3m(): boolean {
  if (spawnSync('w3m', ['-version']).status === 0) return true;
  console.log('bench:extract: w3m is missing; installing it with apt-get …');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => spawnSync(asRoot[0] ?? args[0], asRoot.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', 'w3m']);
  return spawnSync('w3m', ['-version']).status === 0;
}

/** Each fixture's source.txt: the w3m dump of its source.html, made when missing (or on --dumps). */
function makeDumps(rewrite: boolean): void {
  const names = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html')));
  const needed = names.filter((name) => rewrite || !existsSync(join(FIXTURES, name, 'source.txt')));
  if (needed.length === 0) return;
  if (!ensureW3m()) {
    console.log('bench:extract: w3m could not be installed; fixtures without source.txt are measured on HTML only.');
    return;
  }
  for (const name of needed) {
    const dump = execFileSync('w3m', [...W3M_ARGS, join(FIXTURES, name, 'source.html')], { encoding: 'utf8' });
    writeFileSync(join(FIXTURES, name, 'source.txt'), dump);
  }
  console.log(`bench:extract: wrote ${needed.length} fixture dump(s) with w3m ${W3M_ARGS.join(' ')}`);
}

function fixturePages(only: string | null): BenchPage[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'source.html')) && (!only || name === only))
    .sort()
    .map((name) => ({
      name,
      htmlBytes: readFileSync(join(FIXTURES, name, 'source.html')),
      textPath: join(FIXTURES, name, 'source.txt'),
      reference: readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8'),
    }));
}

function devPages(only: string | null): BenchPage[] {
  return readdirSync(join(DEV, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => basename(f, '.html'))
    .filter((name) => !only || name === only)
    .sort()
    .map((name) => ({
      name,
      htmlBytes: readFileSync(join(DEV, 'html', `${name}.html`)),
      textPath: join(DEV, 'text', `${name}.txt`),
      reference: (JSON.parse(readFileSync(join(DEV, 'expected', `${name}.json`), 'utf8')) as { text: string }).text,
    }));
}

/**
 * How a page's cleaned blocks meet its reference, token by token: kept blocks claim their reference
 * tokens first (so a dropped duplicate is not counted as missed), then each dropped block claims
 * what is left of its own; what no block holds is unseen. Kept tokens the reference lacks are
 * counted by the kept block's kind.
 */
export function referenceClaims(
  blocks: Block[],
  reference: string,
): { dropped: { block: Block; tokens: string[] }[]; unseen: string[]; extra: Map<string, number> } {
  const left = new Map<string, number>();
  for (const token of tokens(reference)) left.set(token, (left.get(token) ?? 0) + 1);
  const extra = new Map<string, number>();
  for (const block of blocks) {
    if (!block.kept) continue;
    for (const token of tokens(block.text)) {
      const count = left.get(token) ?? 0;
      if (count > 0) left.set(token, count - 1);
      else extra.set(block.kind, (extra.get(block.kind) ?? 0) + 1);
    }
  }
  const dropped: { block: Block; tokens: string[] }[] = [];
  for (const block of blocks) {
    if (block.kept) continue;
    const claimed: string[] = [];
    for (const token of tokens(block.text)) {
      const count = left.get(token) ?? 0;
      if (count <= 0) continue;
      left.set(token, count - 1);
      claimed.push(token);
    }
    if (claimed.length) dropped.push({ block, tokens: claimed });
  }
  const unseen: string[] = [];
  for (const [token, count] of left) for (let i = 0; i < count; i++) unseen.push(token);
  return { dropped, unseen, extra };
}

/** A dropped block's reason without its details and numbers: "class/id \"share\"", "outside the article container". */
const reasonOf = (block: Block) => (block.reason ?? block.kind).replace(/\s*\(.*$/, '').replace(/\d+/g, 'N');

/**
 * What went most wrong on a page, read off the cleaner's own blocks: the reason that dropped the
 * most reference tokens, or the kind of kept block that added the most tokens the reference lacks.
 */
export function errorClass(blocks: Block[], reference: string): string {
  const { dropped, unseen, extra } = referenceClaims(blocks, reference);
  const missed = new Map<string, number>();
  for (const { block, tokens: claimed } of dropped) missed.set(reasonOf(block), (missed.get(reasonOf(block)) ?? 0) + claimed.length);
  const worstMissed = [...missed].sort((a, b) => b[1] - a[1])[0];
  const worstExtra = [...extra].sort((a, b) => b[1] - a[1])[0];
  const candidates: [string, number][] = [];
  if (worstMissed) candidates.push([`article text dropped: ${worstMissed[0]}`, worstMissed[1]]);
  if (worstExtra) candidates.push([`chrome kept as ${worstExtra[0]}`, worstExtra[1]]);
  candidates.push(['reference text not in any block (hidden, scripted or rendered differently)', unseen.length]);
  return candidates.sort((a, b) => b[1] - a[1])[0][0];
}

/** The classes a reference token pagepress misses falls in, by the reason its dropped block carries. */
export const MISS_CLASSES = [
  'notes the footnote markers point to (wiki reference lists)',
  'picture captions and credits',
  'image alt text and file names (in no block)',
  'text outside the article container',
  'title, byline and date lines',
  'other blocks dropped as chrome (link lists, related, newsletter, share, comments, headings)',
  'in no block otherwise (hidden, scripted, spaced differently)',
] as const;
/** Readability's chrome the closing note states apart: the classes a reader would not call article text. */
const READABILITY_CHROME = MISS_CLASSES.slice(0, 4);

export function missClassOf(block: Block): (typeof MISS_CLASSES)[number] {
  const reason = reasonOf(block);
  if (/notes the footnote markers/.test(reason)) return MISS_CLASSES[0];
  if (/caption|credit/.test(reason) || block.kind === 'attachment') return MISS_CLASSES[1];
  if (/outside the article container/.test(reason)) return MISS_CLASSES[3];
  if (block.kind === 'title' || block.kind === 'byline' || block.kind === 'dateline' || /title|byline|date|author/.test(reason)) return MISS_CLASSES[4];
  return MISS_CLASSES[5];
}

/** A picture's alt text, title or file name (the last part of its src), quoted either way. */
const PICTURE_TEXT = /\b(alt|title|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Of the reference tokens in no block, those that stand for the page's pictures (Readability prints a
 * picture's alt text, title or file name in its place): a picture's text claims its tokens only as a
 * whole, when all of them are still unclaimed. Taken word by word, any article word an alt text
 * happens to hold ("the", "to", a name) would be counted as the picture's.
 */
export function pictureClaims(html: string, unseen: string[]): { pictures: string[]; other: string[] } {
  const left = new Map<string, number>();
  for (const token of unseen) left.set(token, (left.get(token) ?? 0) + 1);
  const pictures: string[] = [];
  for (const img of html.matchAll(/<img\b[^>]*>/gi)) {
    for (const [, name, doubleQuoted, singleQuoted] of img[0].matchAll(PICTURE_TEXT)) {
      const value = doubleQuoted ?? singleQuoted ?? '';
      const words = tokens(name!.toLowerCase() === 'src' ? (value.split(/[?#]/)[0]!.split('/').pop() ?? '') : value);
      const need = new Map<string, number>();
      for (const word of words) need.set(word, (need.get(word) ?? 0) + 1);
      if (words.length === 0 || [...need].some(([word, count]) => (left.get(word) ?? 0) < count)) continue;
      for (const word of words) left.set(word, left.get(word)! - 1);
      pictures.push(...words);
    }
  }
  const other: string[] = [];
  for (const [token, count] of left) for (let i = 0; i < count; i++) other.push(token);
  return { pictures, other };
}

/**
 * --miss-classes: the reference text pagepress's HTML path leaves out, by class (snippets: dropped
 * blocks, or pages for text in no block; characters; reference tokens; pages), and the mean F1
 * against references with that class taken out: what the figure would be if the references did not
 * hold it. The dev references are Readability's output, so this states apart the chrome it keeps.
 */
function measureMissClasses(label: string, pages: BenchPage[]): void {
  const tally = new Map<string, { snippets: number; chars: number; tokens: number; pages: Set<string> }>();
  const perPage: { text: string; reference: string[]; byClass: Map<string, string[]> }[] = [];
  for (const page of pages) {
    const capture = decodeCapture(`${page.name}.html`, page.htmlBytes);
    const cleaned = cleanPage(toPage(capture));
    const byClass = new Map<string, string[]>();
    const add = (cls: string, claimed: string[], chars: number) => {
      if (claimed.length === 0) return;
      byClass.set(cls, [...(byClass.get(cls) ?? []), ...claimed]);
      const entry = tally.get(cls) ?? { snippets: 0, chars: 0, tokens: 0, pages: new Set<string>() };
      entry.snippets++;
      entry.chars += chars;
      entry.tokens += claimed.length;
      entry.pages.add(page.name);
      tally.set(cls, entry);
    };
    const { dropped, unseen } = referenceClaims(cleaned.blocks, page.reference);
    for (const { block, tokens: claimed } of dropped) add(missClassOf(block), claimed, block.text.length);
    const { pictures, other } = pictureClaims(capture.content, unseen);
    add(MISS_CLASSES[2], pictures, pictures.join(' ').length);
    add(MISS_CLASSES[6], other, other.join(' ').length);
    perPage.push({ text: cleaned.text, reference: tokens(page.reference), byClass });
  }
  const without = (classes: readonly string[]) =>
    meanScore(
      perPage.map(({ text, reference, byClass }) => {
        const drop = new Map<string, number>();
        for (const cls of classes) for (const token of byClass.get(cls) ?? []) drop.set(token, (drop.get(token) ?? 0) + 1);
        const kept = reference.filter((token) => {
          const count = drop.get(token) ?? 0;
          if (count > 0) drop.set(token, count - 1);
          return count === 0;
        });
        return score(text, kept.join(' '));
      }),
    );
  const figures = (s: Score) => `P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`;
  console.log(`\n${label}: reference text pagepress (html) leaves out, by class; F1 against the references without it`);
  console.log(`  as measured${' '.repeat(86)}${figures(without([]))}`);
  for (const cls of MISS_CLASSES) {
    const entry = tally.get(cls);
    const counts = `${entry?.snippets ?? 0} snippets, ${entry?.chars ?? 0} chars, ${entry?.tokens ?? 0} tokens, ${entry?.pages.size ?? 0} pages`;
    console.log(`  ${cls.padEnd(92)} ${counts.padEnd(48)} ${figures(without([cls]))}`);
  }
  console.log(`  without Readability's chrome (the first four classes)${' '.repeat(45)}${figures(without(READABILITY_CHROME))}`);
}

function measure(label: string, pages: BenchPage[], misses: Miss[], worst: number, listPages = false): void {
  const rows: Row[] = [];
  const html = new Map<string, Score>();
  const readabilityScores = new Map<string, Score>();

  // One untimed page through each system first, so lazy module and data loading is not timed.
  if (pages[0]) {
    const warm = decodeCapture(`${pages[0].name}.html`, pages[0].htmlBytes);
    cleanPage(toPage(warm));
    const dom = new JSDOM(warm.content, { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
    new Readability(dom.window.document).parse();
    dom.window.close();
  }

  // pagepress, HTML path: decode + parse + clean + metadata, as the pipeline runs it.
  {
    const scores: Score[] = [];
    let elapsed = 0;
    for (const page of pages) {
      const started = performance.now();
      const parsed = toPage(decodeCapture(`${page.name}.html`, page.htmlBytes));
      const cleaned = cleanPage(parsed);
      extractMetadata(parsed, cleaned);
      elapsed += performance.now() - started;
      const s = score(cleaned.text, page.reference);
      scores.push(s);
      html.set(page.name, s);
      if (s.f1 < 0.9) misses.push({ page: `${label}/${page.name}`, path: 'html', f1: s.f1, errorClass: errorClass(cleaned.blocks, page.reference) });
    }
    rows.push({ system: 'pagepress (html)', pages: pages.length, score: meanScore(scores), seconds: elapsed / 1000 });
  }

  // Mozilla Readability on jsdom: parse + parse() (its metadata comes with it).
  {
    const scores: Score[] = [];
    let elapsed = 0;
    const virtualConsole = new VirtualConsole();
    for (const page of pages) {
      const started = performance.now();
      const capture = decodeCapture(`${page.name}.html`, page.htmlBytes);
      let text = '';
      try {
        const dom = new JSDOM(capture.content, { url: 'http://fakehost/test/page.html', virtualConsole });
        const article = new Readability(dom.window.document).parse();
        text = article?.textContent ?? '';
        dom.window.close();
      } catch {
        text = '';
      }
      elapsed += performance.now() - started;
      const s = score(text, page.reference);
      scores.push(s);
      readabilityScores.set(page.name, s);
    }
    rows.push({ system: 'readability 0.6 (jsdom)', pages: pages.length, score: meanScore(scores), seconds: elapsed / 1000 });
  }

  // pagepress, text path on the w3m dumps, and the whole dump as the answer (the floor).
  const dumps = pages.filter((page) => existsSync(page.textPath));
  const perPage: { f1: number; line: string }[] = [];
  if (dumps.length) {
    const scores: Score[] = [];
    const floor: Score[] = [];
    let elapsed = 0;
    for (const page of dumps) {
      const bytes = readFileSync(page.textPath);
      const started = performance.now();
      const capture = decodeCapture(`${page.name}.txt`, bytes);
      const parsed = toPage(capture);
      const cleaned = cleanPage(parsed);
      extractMetadata(parsed, cleaned);
      elapsed += performance.now() - started;
      const s = score(cleaned.text, page.reference);
      scores.push(s);
      floor.push(score(capture.content, page.reference));
      if (s.f1 < 0.8) misses.push({ page: `${label}/${page.name}`, path: 'text', f1: s.f1, errorClass: errorClass(cleaned.blocks, page.reference) });
      if (listPages)
        perPage.push({
          f1: s.f1,
          line: `  ${page.name.padEnd(42)} ${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}  ${s.f1 < 0.995 ? errorClass(cleaned.blocks, page.reference) : ''}`,
        });
    }
    rows.push({ system: 'pagepress (text dumps)', pages: dumps.length, score: meanScore(scores), seconds: elapsed / 1000 });
    rows.push({ system: 'whole dump (text floor)', pages: dumps.length, score: meanScore(floor), seconds: 0 });
  } else {
    console.log(`(no text dumps for ${label})`);
  }

  const readability = rows.find((row) => row.system.startsWith('readability'))!;
  const readabilityRate = readability.pages / readability.seconds;
  console.log(`\n${label}: ${pages.length} pages`);
  console.log('system                        pages  precision  recall      F1   pages/s  × readability');
  for (const row of rows) {
    const rate = row.seconds > 0 ? row.pages / row.seconds : Infinity;
    const { precision, recall, f1 } = row.score;
    console.log(
      `${row.system.padEnd(28)} ${String(row.pages).padStart(6)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3).padStart(6)}  ${Number.isFinite(rate) ? rate.toFixed(1).padStart(8) : '       –'}  ${Number.isFinite(rate) ? (rate === readabilityRate ? '         1.00' : (rate / readabilityRate).toFixed(2).padStart(13)) : '            –'}`,
    );
  }
  if (listPages && perPage.length) {
    console.log('pagepress (text dumps) per page, worst first: name  P  R  F1  what went most wrong');
    for (const { line } of perPage.sort((a, b) => a.f1 - b.f1)) console.log(line);
  }
  if (worst > 0) {
    const ranked = [...html].sort((a, b) => a[1].f1 - b[1].f1).slice(0, worst);
    console.log(`worst ${ranked.length} pages for pagepress (html): name  P  R  F1  | readability F1`);
    for (const [name, s] of ranked) {
      console.log(`  ${name.padEnd(42)} ${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)} | ${readabilityScores.get(name)!.f1.toFixed(2)}`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
  const listPages = args.includes('--pages');
  const misses: Miss[] = [];
  const peersCache = args.includes('--peers-cache') ? args[args.indexOf('--peers-cache') + 1] : null;
  if (args.includes('--cpu-ratio')) {
    const every = Number(args[args.indexOf('--cpu-ratio') + 1]);
    const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
    await measureCpuRatio(Number.isInteger(every) && every > 0 ? every : 4, rounds);
    return;
  }
  if (args.includes('--segments-only')) {
    if (existsSync(join(SEGMENTS, 'truth.json'))) measureSegments(only, peersCache, args.includes('--list-empty'));
    else console.log(`${SEGMENTS} is missing: nothing to measure.`);
    return;
  }

  makeDumps(args.includes('--dumps'));
  const fixtures = fixturePages(only);
  if (fixtures.length) measure(`project fixtures (${FIXTURES.slice(ROOT.length + 1)}, hand-written references)`, fixtures, misses, worst, listPages);

  if (existsSync(join(DEV, 'html'))) {
    const dev = devPages(only);
    if (dev.length)
      measure(`${DEV} (references are Readability's own reviewed output: beating it there is hard by construction)`, dev, misses, worst, listPages);
    if (dev.length && args.includes('--miss-classes')) measureMissClasses(DEV, dev);
  } else {
    console.log(`\n${DEV} is missing: only the project fixtures were measured (the dev pages live outside the repository).`);
  }

  // Remaining error classes: pages under F1 0.9 (HTML) or 0.8 (text), grouped by what went most wrong.
  const classes = new Map<string, Miss[]>();
  for (const miss of misses) {
    const key = `${miss.path}: ${miss.errorClass}`;
    classes.set(key, [...(classes.get(key) ?? []), miss]);
  }
  if (existsSync(join(SEGMENTS, 'truth.json'))) measureSegments(only, peersCache, args.includes('--list-empty'));
  else console.log(`\n${SEGMENTS} is missing: the segments table was not measured.`);

  console.log('\nremaining error classes (pages under F1 0.90 on HTML, 0.80 on text; worst example shown):');
  for (const [key, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    const example = list.sort((a, b) => a.f1 - b.f1)[0];
    console.log(`  ${String(list.length).padStart(3)}  ${key.padEnd(95)} e.g. ${example.page.replace(/^.*\//, '')} (F1 ${example.f1.toFixed(2)})`);
  }
}

// ---- dev/segments: independent hand-labelled snippets, trafilatura's own metric, three systems ----

const SEGMENTS = join(DEV, 'segments');
const PEERS = join(ROOT, '..', 'shared', 'peers');

interface SnippetTally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  pages: number;
  empty: number;
  seconds: number;
}

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * trafilatura's evaluation (tests/eval_common.py), as dev/segments/README.md states it: a `with`
 * snippet found in the collapsed text is a true positive, else a false negative; a `without`
 * snippet found is a false positive, else a true negative.
 */
export function snippetCounts(text: string, truth: { with: string[]; without: string[] }): Pick<SnippetTally, 'tp' | 'fp' | 'fn' | 'tn'> {
  const haystack = collapseSpace(text);
  const found = (snippet: string) => haystack.length > 0 && haystack.includes(collapseSpace(snippet));
  const tp = truth.with.filter(found).length;
  const fp = truth.without.filter(found).length;
  return { tp, fn: truth.with.length - tp, fp, tn: truth.without.length - fp };
}

const newTally = (): SnippetTally => ({ tp: 0, fp: 0, fn: 0, tn: 0, pages: 0, empty: 0, seconds: 0 });

function addPage(tally: SnippetTally, text: string, truth: { with: string[]; without: string[] }): void {
  const counts = snippetCounts(text, truth);
  tally.tp += counts.tp;
  tally.fp += counts.fp;
  tally.fn += counts.fn;
  tally.tn += counts.tn;
  tally.pages++;
  if (text.trim() === '') tally.empty++;
}

/** Why trafilatura cannot run here, or null. */
function trafilaturaMissing(): string | null {
  if (!existsSync(join(PEERS, 'trafilatura-extract.py'))) return `${PEERS} is missing`;
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import lxml, dateutil, charset_normalizer'], { encoding: 'utf8' });
  if (probe.status !== 0) return 'Python 3 with lxml, dateutil and charset_normalizer is missing (see ../shared/peers/README.md)';
  return null;
}

/** trafilatura's texts for a folder: run now, or read from the cache folder when it holds them. */
function trafilaturaTexts(folder: string, cache: string | null): { texts: Map<string, string>; seconds: number } | string {
  const missing = trafilaturaMissing();
  if (missing) return missing;
  const dir = cache ?? mkdtempSync(join(tmpdir(), 'pagepress-trafilatura-'));
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'trafilatura.jsonl');
  try {
    if (!cache || !existsSync(out)) {
      const run = spawnSync('/usr/bin/python3', [join(PEERS, 'trafilatura-extract.py'), folder, out], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (run.status !== 0) return `trafilatura-extract.py failed: ${run.stderr.slice(-500)}`;
    }
    const texts = new Map<string, string>();
    for (const line of readFileSync(out, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      texts.set(row.id.replace(/\.html?$/, ''), row.text ?? '');
    }
    const timing = JSON.parse(readFileSync(out.replace(/\.jsonl$/, '.timing.json'), 'utf8')) as { wall_s: number; pages: number };
    return { texts, seconds: timing.wall_s * (texts.size / Math.max(1, timing.pages)) };
  } finally {
    if (!cache) rmSync(dir, { recursive: true, force: true });
  }
}

/** Readability's text of a page ('' when it fails or finds nothing). */
function readabilityText(html: string, virtualConsole: VirtualConsole): string {
  try {
    const dom = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  } catch {
    return '';
  }
}

/**
 * dev/segments: pagepress (on the HTML and on the corpus's text dumps), Readability and trafilatura on the
 * same pages, tuned part and held-out
 * part (ids starting with "f", never tuned on) apart. `cache`: a folder where the peers' texts are
 * kept between runs (--peers-cache), so a rerun times pagepress alone.
 */
function measureSegments(only: string | null, cache: string | null, listEmpty: boolean): void {
  const truth = JSON.parse(readFileSync(join(SEGMENTS, 'truth.json'), 'utf8')) as Record<string, { with: string[]; without: string[] }>;
  const folder = join(SEGMENTS, 'html');
  const ids = readdirSync(folder)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .map((f) => f.replace(/\.html(\.gz)?$/, ''))
    .filter((id) => truth[id] && (!only || id === only))
    .sort();
  const heldOut = (id: string) => id.startsWith('f');
  const fileOf = (id: string) => (existsSync(join(folder, `${id}.html.gz`)) ? `${id}.html.gz` : `${id}.html`);
  const systems = new Map<string, [SnippetTally, SnippetTally]>();
  const tallyOf = (system: string, id: string) => {
    if (!systems.has(system)) systems.set(system, [newTally(), newTally()]);
    return systems.get(system)![heldOut(id) ? 1 : 0];
  };
  const emptyTuned: string[] = [];

  const readabilityCache = cache ? join(cache, 'readability.jsonl') : null;
  const cachedReadability = new Map<string, string>();
  if (readabilityCache && existsSync(readabilityCache)) {
    for (const line of readFileSync(readabilityCache, 'utf8').split('\n'))
      if (line.trim()) {
        const row = JSON.parse(line) as { id: string; text: string; seconds: number };
        cachedReadability.set(row.id, JSON.stringify(row));
      }
  }
  const newReadability: string[] = [];
  const virtualConsole = new VirtualConsole();
  const methods = new Map<string, number>();
  // One untimed page through the whole chain first, so loading modules and data on first use is not timed.
  if (ids[0]) processCapture(decodeCapture(fileOf(ids[0]), readFileSync(join(folder, fileOf(ids[0])))));
  for (const id of ids) {
    const bytes = readFileSync(join(folder, fileOf(id)));

    // The whole chain a build runs on a page: decode, parse, clean, metadata, claims.
    const chainStarted = performance.now();
    const { document } = processCapture(decodeCapture(fileOf(id), bytes));
    const chain = tallyOf('pagepress whole chain', id);
    chain.seconds += (performance.now() - chainStarted) / 1000;
    addPage(chain, document.text, truth[id]);

    const started = performance.now();
    const capture = decodeCapture(fileOf(id), bytes);
    const parsed = toPage(capture);
    const cleaned = cleanPage(parsed);
    const ours = tallyOf('pagepress (html)', id);
    ours.seconds += (performance.now() - started) / 1000;
    addPage(ours, cleaned.text, truth[id]);
    if (!heldOut(id)) {
      const method = cleaned.extraction?.method ?? 'container';
      methods.set(method, (methods.get(method) ?? 0) + 1);
      if (cleaned.text.trim() === '') emptyTuned.push(id);
    }

    // The same page as a plain-text dump, where the corpus has one (issue 14: within 0.05 of the HTML figure).
    const dumpFile = join(SEGMENTS, 'text', `${id}.txt`);
    if (existsSync(dumpFile)) {
      const t0 = performance.now();
      const dump = cleanPage(toPage(decodeCapture(`${id}.txt`, readFileSync(dumpFile))));
      const fromDump = tallyOf('pagepress (text dump)', id);
      fromDump.seconds += (performance.now() - t0) / 1000;
      addPage(fromDump, dump.text, truth[id]);
    }

    let readability = cachedReadability.get(id) ? (JSON.parse(cachedReadability.get(id)!) as { text: string; seconds: number }) : null;
    if (!readability) {
      const t0 = performance.now();
      const text = readabilityText(capture.content, virtualConsole);
      readability = { text, seconds: (performance.now() - t0) / 1000 };
      newReadability.push(JSON.stringify({ id, ...readability }));
    }
    const theirs = tallyOf('readability 0.6 (jsdom)', id);
    theirs.seconds += readability.seconds;
    addPage(theirs, readability.text, truth[id]);
  }
  if (readabilityCache && newReadability.length) {
    mkdirSync(cache!, { recursive: true });
    writeFileSync(readabilityCache, [...cachedReadability.values(), ...newReadability].join('\n') + '\n');
  }

  const cachedTrafilatura = cache !== null && existsSync(join(cache, 'trafilatura.jsonl'));
  const trafilatura = only ? 'skipped with --only' : trafilaturaTexts(folder, cache);
  if (typeof trafilatura === 'string') console.log(`  trafilatura skipped: ${trafilatura}`);
  else {
    for (const id of ids) {
      const tally = tallyOf('trafilatura 2.2', id);
      tally.seconds += trafilatura.seconds / ids.length;
      addPage(tally, trafilatura.texts.get(id) ?? '', truth[id]);
    }
  }

  const tuned = ids.filter((id) => !heldOut(id)).length;
  console.log(
    `\n${SEGMENTS} (hand-labelled snippets, trafilatura's metric): ${ids.length} pages, ${tuned} tuned, ${ids.length - tuned} held out (ids starting with "f", never tuned on)`,
  );
  console.log('system                       part       pages  precision  recall      F1  empty  pages/s');
  for (const [system, parts] of systems) {
    parts.forEach((t, part) => {
      const precision = t.tp / Math.max(1, t.tp + t.fp);
      const recall = t.tp / Math.max(1, t.tp + t.fn);
      const f1 = (2 * t.tp) / Math.max(1, 2 * t.tp + t.fp + t.fn);
      const rate = t.seconds > 0 ? (t.pages / t.seconds).toFixed(1) : '–';
      console.log(
        `${system.padEnd(28)} ${(part ? 'held out' : 'tuned').padEnd(9)} ${String(t.pages).padStart(6)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3).padStart(6)}  ${String(t.empty).padStart(5)}  ${rate.padStart(7)}`,
      );
    });
  }
  const rateOf = (system: string) => {
    const parts = systems.get(system);
    if (!parts) return null;
    const seconds = parts[0].seconds + parts[1].seconds;
    return seconds > 0 ? (parts[0].pages + parts[1].pages) / seconds : null;
  };
  const chainRate = rateOf('pagepress whole chain');
  const trafilaturaRate = rateOf('trafilatura 2.2');
  if (chainRate !== null && trafilaturaRate !== null)
    console.log(
      `pagepress whole chain (ingest, clean, metadata, claims) ÷ trafilatura (extraction only), wall-clock pages/s on all ${ids.length} pages: ${(chainRate / trafilaturaRate).toFixed(2)}× (${chainRate.toFixed(1)} / ${trafilaturaRate.toFixed(1)}; aim ≥ 1.5×)${cachedTrafilatura ? '; trafilatura timed in the run that filled the cache, not this one' : ''}; the same-run CPU ratio: npm run bench:extract -- --cpu-ratio`,
    );
  console.log(
    `pagepress extraction methods on the tuned part: ${[...methods]
      .sort((a, b) => b[1] - a[1])
      .map(([m, n]) => `${m} ${n}`)
      .join(', ')}`,
  );
  if (listEmpty && emptyTuned.length) console.log(`pagepress empty on tuned pages: ${emptyTuned.join(' ')}`);
}

// ---- CPU per page (issue 16): pagepress's whole chain against trafilatura, same pages, same run ----

/**
 * trafilatura's CPU seconds on `timed` (a folder of capture links) in a fresh Python process that
 * first extracts `warmup` (another such folder) untimed: bench/cpu-sample.ts's rule, as for pagepress.
 * The peer script runs as it is, with its clock (time.perf_counter, which it reads around the loop)
 * swapped for the process's CPU clock, so its timing file states CPU seconds (wall-clock time on a
 * shared machine measures the load).
 */
function trafilaturaCpuOnce(warmup: string, timed: string, out: string): number | string {
  const wrapper = [
    'import json, runpy, sys, time',
    'time.perf_counter = time.process_time',
    'script, out, folders = sys.argv[1], sys.argv[2], sys.argv[3:]',
    'seconds = []',
    'for folder in folders:',
    '    sys.argv = [script, folder, out]',
    "    runpy.run_path(script, run_name='__main__')",
    "    seconds.append(json.load(open(out[:-len('.jsonl')] + '.timing.json'))['wall_s'])",
    'print(json.dumps(seconds))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', wrapper, join(PEERS, 'trafilatura-extract.py'), out, warmup, timed], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) return `trafilatura-extract.py failed: ${run.stderr.slice(-500)}`;
  return (JSON.parse(run.stdout.trim().split('\n').at(-1)!) as number[]).at(-1)!;
}

/**
 * Every `every`-th page of dev/segments/html, tuned and held-out parts apart (bench/cpu-sample.ts):
 * pagepress's whole chain (decode, parse, clean, metadata, claims, on a pool-like worker thread) and trafilatura's
 * extraction (its own process), each timed in CPU seconds by the same rule (an untimed warm-up pass
 * on other pages of the part, then one timed pass over the sample, each round in a fresh process, so
 * every timed page is new to its process), alternating part by part for
 * `rounds` rounds so both see the same load. Prints pages per CPU-second and pagepress's multiple of
 * trafilatura's per round, summed over the rounds, and from each side's fastest round. On a shared
 * machine other processes only ever add CPU time (cache and core sharing inflate a process's own CPU
 * seconds), never take it away, so each side's least time is its nearest to its own cost; the sum
 * says how steady that is.
 */
async function measureCpuRatio(every: number, rounds: number): Promise<void> {
  const parts = cpuSample(every);
  if (!parts) {
    console.log(`${SEGMENTS_HTML} is missing: nothing to measure.`);
    return;
  }
  const missing = trafilaturaMissing();
  if (missing) {
    console.log(`trafilatura is needed for the CPU ratio: ${missing}`);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'pagepress-cpu-ratio-'));
  try {
    // trafilatura reads a folder: per part, one of links to the sampled captures and one to its warm-up pages.
    const folder = (part: string, warmup: boolean) => join(scratch, `${part}${warmup ? ' warm-up' : ''}`);
    for (const part of parts) {
      for (const [files, warmup] of [
        [part.files, false],
        [part.warmup, true],
      ] as const) {
        mkdirSync(folder(part.name, warmup));
        for (const file of files) symlinkSync(join(SEGMENTS_HTML, file), join(folder(part.name, warmup), file));
      }
    }
    // Each round's figure for a part: its one timed pass's CPU seconds.
    const totals = new Map(parts.map((part) => [part.name, { ours: 0, theirs: 0, fastestOurs: Infinity, fastestTheirs: Infinity }]));
    const pages = parts.reduce((sum, part) => sum + part.files.length, 0);
    console.log(`\nCPU per page, pagepress whole chain vs trafilatura 2.2 (extraction only), every ${every}th page of ${SEGMENTS_HTML}, same run;`);
    console.log(
      `each round, each side in a fresh process: an untimed warm-up on other pages of the part (${parts.map((part) => `${part.name} ${part.warmup.length}`).join(', ')}), then one timed pass over the sample:`,
    );
    console.log('round  part       pages  pagepress pages/CPU-s  trafilatura pages/CPU-s  ratio');
    const line = (label: string, part: string, n: number, ours: number, theirs: number) =>
      console.log(
        `${label.padStart(5)}  ${part.padEnd(9)} ${String(n).padStart(6)}  ${(n / ours).toFixed(1).padStart(21)}  ${(n / theirs).toFixed(1).padStart(23)}  ${(theirs / ours).toFixed(2).padStart(5)}×`,
      );
    for (let round = 1; round <= rounds; round++) {
      for (const part of parts) {
        const ours = (await timeChainOnce({ warmup: part.warmup, files: part.files, stages: false })).seconds;
        const theirs = trafilaturaCpuOnce(folder(part.name, true), folder(part.name, false), join(scratch, `${part.name}.jsonl`));
        if (typeof theirs === 'string') {
          console.log(`  trafilatura skipped: ${theirs}`);
          return;
        }
        const total = totals.get(part.name)!;
        total.ours += ours;
        total.theirs += theirs;
        total.fastestOurs = Math.min(total.fastestOurs, ours);
        total.fastestTheirs = Math.min(total.fastestTheirs, theirs);
        line(String(round), part.name, part.files.length, ours, theirs);
      }
    }
    for (const part of parts) {
      const { ours, theirs } = totals.get(part.name)!;
      line('all', part.name, part.files.length * rounds, ours, theirs);
    }
    for (const part of parts) {
      const { fastestOurs, fastestTheirs } = totals.get(part.name)!;
      line('min', part.name, part.files.length, fastestOurs, fastestTheirs);
    }
    const sum = (pick: (t: { ours: number; theirs: number; fastestOurs: number; fastestTheirs: number }) => number) =>
      [...totals.values()].reduce((total, t) => total + pick(t), 0);
    console.log(
      `pagepress whole chain ÷ trafilatura, pages per CPU-second on ${pages} pages, each side's fastest of ${rounds} rounds: ${(sum((t) => t.fastestTheirs) / sum((t) => t.fastestOurs)).toFixed(2)}× (aim ≥ 1.5×); summed over the rounds: ${(sum((t) => t.theirs) / sum((t) => t.ours)).toFixed(2)}×`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
