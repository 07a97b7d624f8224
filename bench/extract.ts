// Main-text extraction benchmark (issue 4): pagepress's HTML cleaner and Mozilla Readability side by
// side on the same pages in one run, pagepress's text path on w3m dumps of the same pages, and the
// whole dump as the text path's floor. Two page sets: the project's own fixtures (test/fixtures/
// extract, references written by hand) and ../shared/dev when present (references are Readability's
// own reviewed output there, so beating it on them is hard by construction). Prints mean token
// precision / recall / F1, pages per second and the ratio to Readability's rate, then the error
// classes that remain with one example page each.
// Usage: npm run bench:extract [-- --only NAME] [-- --worst N] [-- --pages] [-- --dumps]
//   --pages lists every page's text-path P/R/F1 with what went most wrong; --dumps rewrites the fixtures' source.txt
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block } from '../pipeline/clean/block.ts';
import { cleanPage } from '../pipeline/clean/index.ts';
import { meanScore, score, tokens, type Score } from '../pipeline/clean/score.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';

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
 * What went most wrong on a page, read off the cleaner's own blocks: the reason that dropped the
 * most reference tokens, or the kind of kept block that added the most tokens the reference lacks.
 */
export function errorClass(blocks: Block[], reference: string): string {
  const left = new Map<string, number>();
  for (const token of tokens(reference)) left.set(token, (left.get(token) ?? 0) + 1);
  // Kept blocks claim their reference tokens first, so a dropped duplicate is not counted as missed.
  const extra = new Map<string, number>();
  for (const block of blocks) {
    if (!block.kept) continue;
    for (const token of tokens(block.text)) {
      const count = left.get(token) ?? 0;
      if (count > 0) left.set(token, count - 1);
      else extra.set(block.kind, (extra.get(block.kind) ?? 0) + 1);
    }
  }
  const missed = new Map<string, number>();
  for (const block of blocks) {
    if (block.kept) continue;
    const reason = (block.reason ?? block.kind).replace(/\s*\(.*$/, '').replace(/\d+/g, 'N');
    for (const token of tokens(block.text)) {
      const count = left.get(token) ?? 0;
      if (count <= 0) continue;
      left.set(token, count - 1);
      missed.set(reason, (missed.get(reason) ?? 0) + 1);
    }
  }
  const unseen = [...left.values()].reduce((a, b) => a + b, 0);
  const worstMissed = [...missed].sort((a, b) => b[1] - a[1])[0];
  const worstExtra = [...extra].sort((a, b) => b[1] - a[1])[0];
  const candidates: [string, number][] = [];
  if (worstMissed) candidates.push([`article text dropped: ${worstMissed[0]}`, worstMissed[1]]);
  if (worstExtra) candidates.push([`chrome kept as ${worstExtra[0]}`, worstExtra[1]]);
  candidates.push(['reference text not in any block (hidden, scripted or rendered differently)', unseen]);
  return candidates.sort((a, b) => b[1] - a[1])[0][0];
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
        perPage.push({ f1: s.f1, line: `  ${page.name.padEnd(42)} ${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}  ${s.f1 < 0.995 ? errorClass(cleaned.blocks, page.reference) : ''}` });
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
      `${row.system.padEnd(28)} ${String(row.pages).padStart(6)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3).padStart(6)}  ${Number.isFinite(rate) ? rate.toFixed(1).padStart(8) : '       –'}  ${Number.isFinite(rate) ? rate === readabilityRate ? '         1.00' : (rate / readabilityRate).toFixed(2).padStart(13) : '            –'}`,
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

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
  const listPages = args.includes('--pages');
  const misses: Miss[] = [];

  makeDumps(args.includes('--dumps'));
  const fixtures = fixturePages(only);
  if (fixtures.length) measure(`project fixtures (${FIXTURES.slice(ROOT.length + 1)}, hand-written references)`, fixtures, misses, worst, listPages);

  if (existsSync(join(DEV, 'html'))) {
    const dev = devPages(only);
    if (dev.length) measure(`${DEV} (references are Readability's own reviewed output: beating it there is hard by construction)`, dev, misses, worst, listPages);
  } else {
    console.log(`\n${DEV} is missing: only the project fixtures were measured (the dev pages live outside the repository).`);
  }

  // Remaining error classes: pages under F1 0.9 (HTML) or 0.8 (text), grouped by what went most wrong.
  const classes = new Map<string, Miss[]>();
  for (const miss of misses) {
    const key = `${miss.path}: ${miss.errorClass}`;
    classes.set(key, [...(classes.get(key) ?? []), miss]);
  }
  console.log('\nremaining error classes (pages under F1 0.90 on HTML, 0.80 on text; worst example shown):');
  for (const [key, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    const example = list.sort((a, b) => a.f1 - b.f1)[0];
    console.log(`  ${String(list.length).padStart(3)}  ${key.padEnd(95)} e.g. ${example.page.replace(/^.*\//, '')} (F1 ${example.f1.toFixed(2)})`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
