// A synthetic corpus for scale benchmarks: N varied captures (HTML pages and text dumps with
// varied chrome, 2 KB to 2 MB), deterministic from a seed, so runs can be compared.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A tiny seeded generator (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = [
  'Algeria',
  'Russia',
  'Morocco',
  'France',
  'Spain',
  'China',
  'Libya',
  'Mali',
  'Niger',
  'Egypt',
  'Tunisia',
  'Italy',
  'Turkey',
  'India',
  'Brazil',
  'the European Union',
  'NATO',
];
const VERBS = [
  'signed an agreement with',
  'held talks with',
  'criticised',
  'bought weapons from',
  'expanded trade with',
  'hosted a delegation from',
  'voiced concern about',
  'deepened ties with',
  'will cooperate with',
  'may sanction',
];
const TOPICS = [
  'energy',
  'grain',
  'air defence',
  'maritime security',
  'railways',
  'fertiliser',
  'tourism',
  'phosphates',
  'space launches',
  'water',
  'education',
  'banking',
  'gas pipelines',
  'fighter jets',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MENUS = [
  ['Home', 'World', 'Politics', 'Business', 'Opinion', 'Contact'],
  ['Accueil', 'Monde', 'Afrique', 'Économie', 'Culture', 'Sport'],
  ['News', 'Analysis', 'Regions', 'Security', 'Energy', 'Podcasts', 'Subscribe'],
];

const SUBJECTS = [
  'The ministry',
  'The committee',
  'Local officials',
  'The report',
  'Analysts at the institute',
  'The regional council',
  'Several economists',
  'The agency',
  'Researchers',
  'The national statistics office',
];
const PREDICATES = [
  'published new figures on',
  'reviewed the budget for',
  'described delays in',
  'expects further investment in',
  'held public hearings about',
  'warned of rising costs in',
  'announced a consultation on',
  'compared regional trends in',
];
const DETAILS = [
  'across several provinces',
  'after a difficult winter',
  'despite earlier promises',
  'for the coming decade',
  'in the southern districts',
  'following a long audit',
  'with mixed results',
  'amid public criticism',
];

/**
 * A paragraph of news prose. As in real articles, most sentences state no relation between two
 * actors; about one in eight does, so the claims stage sees a realistic load.
 */
export function paragraph(random: () => number, sentences: number): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: sentences }, () => {
    const year = 1990 + Math.floor(random() * 35);
    if (random() < 0.125) {
      return `In ${pick(MONTHS)} ${year}, ${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} on ${pick(TOPICS)}, a deal worth ${1 + Math.floor(random() * 900)} million dollars over ${2 + Math.floor(random() * 9)} years.`;
    }
    return `${pick(SUBJECTS)} ${pick(PREDICATES)} ${pick(TOPICS)} ${pick(DETAILS)}, citing ${2 + Math.floor(random() * 97)} cases recorded since ${year}.`;
  }).join(' ');
}

/** Target size: most pages are small, a few are very large (long comment threads, inline data). */
function targetBytes(random: () => number): number {
  const r = random();
  if (r < 0.7) return 2_000 + Math.floor(random() * 28_000);
  if (r < 0.97) return 30_000 + Math.floor(random() * 170_000);
  return 1_000_000 + Math.floor(random() * 1_000_000);
}

function htmlPage(random: () => number, i: number, size: number): string {
  const menu = MENUS[i % MENUS.length];
  const title = `Report ${i}: ${paragraph(random, 1).slice(0, 60)}`;
  const body: string[] = [];
  let length = 0;
  const articleParagraphs = 4 + Math.floor(random() * 12);
  for (let p = 0; p < articleParagraphs; p++) {
    const text = paragraph(random, 3 + Math.floor(random() * 4));
    body.push(`<p>${text}</p>`);
    length += text.length;
  }
  const comments: string[] = [];
  while (length < size) {
    const text = paragraph(random, 2);
    comments.push(`<li class="comment"><span class="author">Reader ${comments.length}</span><p>${text}</p><a href="#reply">Reply</a></li>`);
    length += text.length + 80;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Example ${i % 7}</title>
<meta property="og:title" content="${title}"><meta name="author" content="Author ${i % 50}">
<meta property="article:published_time" content="20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}T08:00:00Z"></head>
<body><div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav class="menu"><ul>${menu.map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${title}</h1><div class="byline">By Author ${i % 50}</div>${body.join('\n')}
<div class="share">Share: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div></article>
<aside class="related"><h3>Related posts</h3><ul>${menu.map((m) => `<li><a href="/r/${m}">${m} news of the week</a></li>`).join('')}</ul></aside>
<section class="comments"><h3>Comments</h3><ol>${comments.join('\n')}</ol></section></main>
<footer>© 2024 Example Media. All rights reserved.</footer></body></html>`;
}

function textDump(random: () => number, i: number, size: number): string {
  const menu = MENUS[(i + 1) % MENUS.length];
  const lines = [...menu.map((m) => `  • ${m}`), '', `Dispatch ${i}: ${paragraph(random, 1).slice(0, 50)}`, '', `By Author ${i % 50}`, ''];
  let length = 0;
  while (length < size) {
    const text = paragraph(random, 3 + Math.floor(random() * 4));
    // Hard-wrapped at 100 columns, as text dumps of pages are.
    lines.push(...(text.match(/.{1,100}(\s|$)/g) ?? [text]).map((l) => l.trimEnd()), '');
    length += text.length;
  }
  lines.push('Share this article', 'Facebook Twitter Email', '', '© 2024 Example Media. All rights reserved.', '');
  return lines.join('\n');
}

/**
 * Writes one HTML page of about `megabytes` MB (a long comment thread, as the largest real pages
 * are) as `dir`/large/page.html; returns its path relative to `dir`.
 */
export function writeLargePage(dir: string, megabytes: number, seed = 2024): string {
  mkdirSync(join(dir, 'large'), { recursive: true });
  writeFileSync(join(dir, 'large', 'page.html'), htmlPage(seededRandom(seed + 1), 999_999, megabytes * 1_000_000));
  return 'large/page.html';
}

/** Writes `count` captures under `dir` (two levels of folders, as real crawls are stored). */
export function writeSyntheticCorpus(dir: string, count: number, seed = 2024): void {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const size = targetBytes(random);
    const html = random() < 0.6;
    writeFileSync(join(folder, `capture-${String(i).padStart(6, '0')}.${html ? 'html' : 'txt'}`), html ? htmlPage(random, i, size) : textDump(random, i, size));
  }
}
