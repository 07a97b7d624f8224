// Generates captures for the robustness tests: real article text wrapped in varied chrome, and
// hostile files of every kind a real capture folder holds. Nothing large is committed.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../helpers.ts';
import { seededRandom } from '../../bench/synthetic.ts';

export const ARTICLE = [
  'Officials in Algiers and Moscow have spent the past year negotiating a new framework for their defence relationship, according to diplomats familiar with the talks.',
  'The agreement would extend cooperation on training and maintenance, and analysts expect it to be signed before the end of the year despite pressure from Western governments.',
  'Algeria has long balanced its ties with Russia against growing trade with European partners, and its leaders insist that the country remains non-aligned in the conflict in Ukraine.',
  'Critics argue that the arrangement will deepen the dependence of the Algerian armed forces on Russian equipment for another decade, while supporters see it as a guarantee of sovereignty.',
];

const MENU_A = ['Home', 'World', 'Politics', 'Business', 'Opinion', 'Contact'];
const MENU_B = ['Accueil', 'Monde', 'Afrique', 'Économie', 'Culture', 'Sport', 'Newsletter'];

/** A plain-text dump: a menu, the article, share prompts and a footer. */
export function textDump(paragraphs: string[], menu: string[], title: string): string {
  return [
    ...menu.map((item) => `  • ${item}`),
    '',
    title,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Share this article',
    'Facebook Twitter Email',
    '',
    'Related posts',
    ...menu.map((item) => `${item} news of the week`),
    '',
    '© 2024 Example Media. All rights reserved.',
    '',
  ].join('\n');
}

export const FRENCH = [
  "Les relations entre l'Algérie et la Russie se sont renforcées au cours des dernières années, notamment dans le domaine militaire, selon plusieurs analystes.",
  'Alger a toutefois refusé de prendre parti dans la guerre en Ukraine et cherche à diversifier ses partenaires commerciaux en Europe et en Asie.',
  "Les deux pays devraient signer un nouvel accord de coopération l'année prochaine, même si les détails restent confidentiels.",
];

export function makeHostileCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-hostile-'));
  const raw = join(root, 'raw');
  mkdirSync(raw);
  cpSync(join(PROJECT_ROOT, 'raw'), raw, { recursive: true });
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(raw, name), content);
  put('empty.txt', '');
  put('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
  put('report.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0, 0])]));
  // Mostly good UTF-8 (curly quotes, accents) with a few broken bytes in the middle.
  put(
    'invalid-utf8.txt',
    Buffer.concat([Buffer.from(`${ARTICLE[0]} “Algérie”\n\n${ARTICLE[1]} `), Buffer.from([0xff, 0xc3]), Buffer.from(`\n\n${ARTICLE[2]} — Alger\n`)]),
  );
  const latin1 = `<html><head><meta charset="windows-1252"><title>Alg\u00e9rie</title></head><body><article><h1>L\u2019Alg\u00e9rie et la Russie</h1>${FRENCH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  put('latin1.html', Buffer.from(latin1.replace(/\u2019/g, "'"), 'latin1'));
  put(
    'prolog.xhtml',
    Buffer.from(
      `<?xml version="1.0" encoding="ISO-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><article>${FRENCH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`.replace(
        /\u2019/g,
        "'",
      ),
      'latin1',
    ),
  );
  put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(textDump(ARTICLE, MENU_A, 'A defence framework in the making'), 'utf16le')]));
  put('huge.txt', '');
  truncateSync(join(raw, 'huge.txt'), 100 * 1024 * 1024);
  const n = 100_000;
  put('deep.html', `<!doctype html><html><body>${'<div>'.repeat(n)}${ARTICLE.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(n)}</body></html>`);
  put('bomb.txt.gz', gzipSync(Buffer.alloc(80 * 1024 * 1024, 0x61)));
  const whole = gzipSync(Buffer.from(textDump(ARTICLE, MENU_A, 'Cut short')));
  put('truncated.txt.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  cpSync(join(raw, '000_a3cbe3ac026cc08e.txt'), join(raw, 'copy of 000.txt'));
  put('near-a.txt', textDump(ARTICLE, MENU_A, 'A defence framework in the making'));
  put('near-b.txt', textDump(ARTICLE, MENU_B, 'A defence framework in the making'));
  symlinkSync('/etc/hostname', join(raw, 'outside-link.txt'));
  put('статья о связях.txt', textDump([ARTICLE[1], ARTICLE[3]], MENU_A, 'Names in Cyrillic'));
  put('مقال.txt', textDump([ARTICLE[2], ARTICLE[0]], MENU_A, 'Names in Arabic'));
  put('line\nbreak name.txt', textDump([ARTICLE[3], ARTICLE[2]], MENU_B, 'A newline in the name'));
  // A page that renders its article with JavaScript: nothing in the HTML to read.
  put(
    'script-only.html',
    '<!DOCTYPE html><html lang="en"><head><title>Loading…</title></head><body><div id="root"></div><script>window.__STATE__ = {"id": 4711};</script></body></html>',
  );
  put(
    'all-chrome.txt',
    [
      '  • Home',
      '  • News',
      '  • Contact',
      '',
      'Share',
      'Facebook Twitter Email',
      'Follow us',
      'Sign in',
      'Leave a comment',
      '© 2024 Example Media. All rights reserved.',
      '',
    ].join('\n'),
  );
  put('article-fr.txt', textDump(FRENCH, MENU_B, "L'Algérie entre Moscou et Bruxelles"));
  mkdirSync(join(raw, 'nested', 'deeper'), { recursive: true });
  put('nested/deeper/notes.docx', 'not a capture');
  return root;
}

const ACTORS = ['Algeria', 'Russia', 'Morocco', 'France', 'Spain', 'China', 'Libya', 'Mali', 'Niger', 'Egypt', 'Tunisia', 'Italy', 'Turkey', 'India', 'Brazil'];
const VERBS = [
  'signed an agreement with',
  'held talks with',
  'criticised',
  'bought equipment from',
  'expanded trade with',
  'hosted a delegation from',
  'voiced concern about',
  'deepened ties with',
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
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A paragraph of varied, plausible news prose. */
export function generatedParagraph(random: () => number, sentences = 4): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: sentences }, () => {
    const year = 1990 + Math.floor(random() * 35);
    const amount = 1 + Math.floor(random() * 900);
    return `In ${pick(MONTHS)} ${year}, ${pick(ACTORS)} ${pick(VERBS)} ${pick(ACTORS)} on ${pick(TOPICS)}, a deal officials valued at ${amount} million dollars over ${2 + Math.floor(random() * 9)} years.`;
  }).join(' ');
}

/** `count` small, distinct text captures, for builds that need to take a little while. */
export function makeManyCaptures(count: number, seed = 1): string {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-many-'));
  const raw = join(root, 'raw');
  mkdirSync(raw);
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 4 }, () => generatedParagraph(random));
    writeFileSync(join(raw, `capture-${String(i).padStart(4, '0')}.txt`), textDump(paragraphs, MENU_A, `Generated capture number ${i}`));
  }
  return root;
}
