// Main-text extraction benchmark (issue 4): pagepress's HTML cleaner and Mozilla Readability side by
// side on ../shared/dev/html against the reference texts, plus pagepress's text path on the w3m dumps
// and the whole-dump floor. Prints mean token precision / recall / F1 and pages per second.
// Usage: npm run bench:extract [-- --only NAME] [-- --worst N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'dev');

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased tokens: the text split on whitespace and punctuation. */
export function tokens(text: string): string[] {
  return text.toLowerCase().split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

/** Multiset token precision, recall and F1 of a candidate text against the reference. */
export function score(candidate: string, reference: string): Score {
  const want = new Map<string, number>();
  for (const token of tokens(reference)) want.set(token, (want.get(token) ?? 0) + 1);
  const got = tokens(candidate);
  const refTotal = [...want.values()].reduce((a, b) => a + b, 0);
  let overlap = 0;
  for (const token of got) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  if (got.length === 0 && refTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = got.length ? overlap / got.length : 0;
  const recall = refTotal ? overlap / refTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface Row {
  system: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  seconds: number;
}

function mean(scores: Score[]): Score {
  const n = scores.length || 1;
  return {
    precision: scores.reduce((a, s) => a + s.precision, 0) / n,
    recall: scores.reduce((a, s) => a + s.recall, 0) / n,
    f1: scores.reduce((a, s) => a + s.f1, 0) / n,
  };
}

function main(): void {
  if (!existsSync(join(DEV, 'html'))) {
    console.log(`bench:extract: ${DEV} is missing — nothing to measure (the dev pages live outside the repository).`);
    return;
  }
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : 0;
  const names = readdirSync(join(DEV, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => basename(f, '.html'))
    .filter((name) => !only || name === only)
    .sort();
  const pages = names.map((name) => ({
    name,
    htmlBytes: readFileSync(join(DEV, 'html', `${name}.html`)),
    textPath: join(DEV, 'text', `${name}.txt`),
    reference: (JSON.parse(readFileSync(join(DEV, 'expected', `${name}.json`), 'utf8')) as { text: string }).text,
  }));

  const rows: Row[] = [];
  const perPage = new Map<string, Record<string, Score>>();
  const record = (system: string, name: string, s: Score) => {
    const entry = perPage.get(name) ?? {};
    entry[system] = s;
    perPage.set(name, entry);
  };

  // pagepress, HTML path: decode + parse + clean + metadata, as the pipeline runs it.
  {
    const scores: Score[] = [];
    let elapsed = 0;
    for (const page of pages) {
      const started = performance.now();
      const capture = decodeCapture(`${page.name}.html`, page.htmlBytes);
      const parsed = toPage(capture);
      const cleaned = cleanPage(parsed);
      extractMetadata(parsed, cleaned);
      elapsed += performance.now() - started;
      const s = score(cleaned.text, page.reference);
      scores.push(s);
      record('pagepress', page.name, s);
    }
    rows.push({ system: 'pagepress (html)', pages: pages.length, ...mean(scores), seconds: elapsed / 1000 });
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
      record('readability', page.name, s);
    }
    rows.push({ system: 'readability 0.6 (jsdom 27)', pages: pages.length, ...mean(scores), seconds: elapsed / 1000 });
  }

  // pagepress, text path on the w3m dumps, and the whole dump as the answer (the floor).
  const dumps = pages.filter((page) => existsSync(page.textPath));
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
      scores.push(score(cleaned.text, page.reference));
      floor.push(score(capture.content, page.reference));
    }
    rows.push({ system: 'pagepress (text dumps)', pages: dumps.length, ...mean(scores), seconds: elapsed / 1000 });
    rows.push({ system: 'whole dump (floor)', pages: dumps.length, ...mean(floor), seconds: 0 });
  } else {
    console.log(`(no text dumps under ${join(DEV, 'text')})`);
  }

  const readability = rows.find((row) => row.system.startsWith('readability'))!;
  const readabilityRate = readability.pages / readability.seconds;
  console.log(`pages: ${pages.length} from ${DEV}`);
  console.log('system                         pages  precision  recall   F1      pages/s   × readability');
  for (const row of rows) {
    const rate = row.seconds > 0 ? row.pages / row.seconds : Infinity;
    console.log(
      `${row.system.padEnd(30)} ${String(row.pages).padStart(5)}  ${row.precision.toFixed(3).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}  ${row.f1.toFixed(3).padStart(6)}  ${Number.isFinite(rate) ? rate.toFixed(1).padStart(8) : '       –'}  ${Number.isFinite(rate) ? (rate / readabilityRate).toFixed(2).padStart(6) : '     –'}`,
    );
  }
  if (worst > 0) {
    const ranked = [...perPage].sort((a, b) => a[1].pagepress.f1 - b[1].pagepress.f1).slice(0, worst);
    console.log(`\nworst ${worst} pages for pagepress (html): name  P  R  F1  | readability F1`);
    for (const [name, s] of ranked) {
      console.log(`${name.padEnd(44)} ${s.pagepress.precision.toFixed(2)} ${s.pagepress.recall.toFixed(2)} ${s.pagepress.f1.toFixed(2)} | ${s.readability.f1.toFixed(2)}`);
    }
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
