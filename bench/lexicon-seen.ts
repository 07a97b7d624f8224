// Where real pages use each chrome phrase of the lexicon (pipeline/lexicon/<lang>.json "chrome" and the
// other chrome phrase lists, chromePhraseLists):
// for every phrase, how many pages of ../shared/dev hold it on word boundaries (html, text dumps,
// segments html and text; the segments' held-out part, ids starting with "f", is never read), one
// example page, and whether the project's seed captures (../shared/seeds) hold it. A phrase the
// seeds hold and no dev page does was fitted to the seeds: it does not belong in the lexicon.
// Writes pipeline/lexicon/seen.json and prints the phrases no dev page uses, by language.
// Usage: npx tsx bench/lexicon-seen.ts [--check]   (--check: fail when a phrase only the seeds hold is listed)
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { chromePhraseLists, LANGUAGES } from '../pipeline/lexicon/index.ts';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const OUT = join(ROOT, 'pipeline', 'lexicon', 'seen.json');

/** Lower case, NFKC, one space between words, a space at each end: phrases are found on word boundaries. */
const key = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()} `;

/** The text of a page as a reader sees it, roughly: scripts and styles out, tags to line breaks. */
const htmlText = (html: string) => decodeHTML(html.replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n'));

function readCorpus(folder: string, html: boolean, skip: (name: string) => boolean): Map<string, string> {
  const pages = new Map<string, string>();
  const dir = join(SHARED, folder);
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir).sort()) {
    if (skip(name) || !/\.(?:html|txt)(?:\.gz)?$/.test(name)) continue;
    const bytes = readFileSync(join(dir, name));
    const text = (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    pages.set(`${folder}/${name}`, key(html ? htmlText(text) : text));
  }
  return pages;
}

const heldOut = (name: string) => name.startsWith('f');
const corpora = [
  readCorpus('dev/html', true, () => false),
  readCorpus('dev/text', false, () => false),
  readCorpus('dev/segments/html', true, heldOut),
  readCorpus('dev/segments/text', false, heldOut),
];
const seeds = readCorpus('seeds', false, () => false);
if (corpora.every((corpus) => corpus.size === 0)) throw new Error(`${SHARED}/dev is missing`);

interface Seen {
  seen: Record<string, number>;
  example: string | null;
  seeds: number;
}
const phrases: Record<string, Seen> = {};
const unseen = new Map<string, string[]>();
const seedOnly: string[] = [];
for (const lexicon of LANGUAGES) {
  for (const [family, list] of chromePhraseLists(lexicon)) {
    for (const phrase of list) {
      const needle = key(phrase);
      const seen: Record<string, number> = {};
      let example: string | null = null;
      for (const corpus of corpora) {
        for (const [page, text] of corpus) {
          if (!text.includes(needle)) continue;
          const folder = page.slice(0, page.lastIndexOf('/'));
          seen[folder] = (seen[folder] ?? 0) + 1;
          example ??= page;
        }
      }
      const inSeeds = [...seeds.values()].filter((text) => text.includes(needle)).length;
      phrases[`${lexicon.language}:${family}:${phrase}`] = { seen, example, seeds: inSeeds };
      if (example === null) {
        unseen.set(lexicon.language, [...(unseen.get(lexicon.language) ?? []), phrase]);
        if (inSeeds > 0) seedOnly.push(`${lexicon.language}:${family}:${phrase}`);
      }
    }
  }
}

if (process.argv.includes('--check')) {
  if (seedOnly.length) throw new Error(`phrases only the seeds hold: ${seedOnly.join(', ')}`);
} else {
  const about =
    'Where real pages use each chrome phrase of the lexicon (language:family:phrase): pages of ../shared/dev holding it on word boundaries, per folder (segments: tuned part only), one example, and how many seed captures hold it. Written by bench/lexicon-seen.ts; an empty "seen" is a phrase no dev page uses (a translation of a seen one, in a language dev lacks, or a common chrome phrase these pages happen not to print).';
  writeFileSync(OUT, `${JSON.stringify({ about, phrases }, null, 0).replace(/,"(?=[a-z]{2}:)/g, ',\n"')}\n`);
}
const total = Object.keys(phrases).length;
console.log(
  `${total} chrome phrases; ${total - [...unseen.values()].flat().length} used by dev pages; seed-only ${seedOnly.length}${seedOnly.length ? `: ${seedOnly.join(', ')}` : ''}`,
);
for (const [language, list] of unseen) console.log(`  no dev page uses (${language}, ${list.length}): ${list.join(', ')}`);
