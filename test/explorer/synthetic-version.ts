// Writes a synthetic dataset version (documents.jsonl, claims.jsonl, blocks.jsonl) straight as
// JSONL, deterministic from a seed: for generator tests and the explorer benchmark at 10,000
// documents and 100,000 claims, where running the real pipeline would measure the wrong thing.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { MODALITIES, RELATIONS, type ClaimRecord, type Modality, type Relation } from '../../pipeline/records/claim.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { emptyMetadata } from '../../pipeline/metadata/types.ts';
import { seededRandom } from '../../bench/synthetic.ts';

const ACTORS: ClaimRecord['subject'][] = [
  { name: 'Algeria', mention: 'Algeria', id: 'DZA', type: 'country', country: 'DZA', sector: null },
  { name: 'Russia', mention: 'Russia', id: 'RUS', type: 'country', country: 'RUS', sector: null },
  { name: 'France', mention: 'France', id: 'FRA', type: 'country', country: 'FRA', sector: null },
  { name: 'Morocco', mention: 'Morocco', id: 'MAR', type: 'country', country: 'MAR', sector: null },
  { name: 'China', mention: 'China', id: 'CHN', type: 'country', country: 'CHN', sector: null },
  { name: 'Mali', mention: 'Mali', id: 'MLI', type: 'country', country: 'MLI', sector: null },
  { name: 'NATO', mention: 'NATO', id: 'nato', type: 'organization', country: null, sector: 'IGO' },
  { name: 'the African Union', mention: 'the African Union', id: 'african-union', type: 'organization', country: null, sector: 'IGO' },
  { name: 'the Sahel', mention: 'the Sahel', id: 'sahel', type: 'region', country: null, sector: null },
];
const SITES = ['Daily Maghreb', 'Eurasia Review Desk', 'Le Quotidien', 'Defence Weekly', null];
const CHROME: [string, string, string][] = [
  ['menu', 'outside the article: list item (menu or link list)', 'Home'],
  ['share', 'share widget words: share', 'Share on social media'],
  ['related', 'related widget words: read more', 'Read more: other stories'],
  ['footer', 'copyright line', '© All rights reserved'],
];

export interface SyntheticOptions {
  documents: number;
  claims: number;
  /** Sentences per document. */
  sentences: number;
  seed?: number;
}

const hex16 = (n: number, salt: number) => ((BigInt(n) * 2654435761n + BigInt(salt) * 40503n) & 0xffffffffffffffffn).toString(16).padStart(16, '0');

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function writeSyntheticVersion(dir: string, options: SyntheticOptions): Promise<void> {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const relations = Object.keys(RELATIONS) as Relation[];
  const modalities = Object.keys(MODALITIES) as Modality[];
  const ids = Array.from({ length: options.documents }, (_, i) => `doc_${hex16(i, 7)}`).sort();
  const documents: DocumentRecord[] = [];
  const sentencesOf: { start: number; end: number; text: string }[][] = [];
  const blocks: BlockRecord[] = [];
  for (const [n, id] of ids.entries()) {
    const sentences: { start: number; end: number; text: string }[] = [];
    let text = '';
    for (let s = 0; s < options.sentences; s++) {
      const year = 1990 + Math.floor(random() * 35);
      const sentence = `In ${year}, ${pick(ACTORS).name} and ${pick(ACTORS).name} discussed ${pick(['gas', 'grain', 'air defence', 'fighter jets', 'railways'])} worth ${1 + Math.floor(random() * 900)} million dollars.`;
      if (text) text += s % 4 === 0 ? '\n\n' : ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length, text: sentence });
      text += sentence;
    }
    sentencesOf.push(sentences);
    const published =
      random() < 0.9
        ? `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
        : null;
    // Random draws in the order the fields were always drawn, so the data stays the same.
    const siteName = pick(SITES);
    const language = pick(['en', 'en', 'fr']);
    const genre = pick(['news', 'analysis', 'commentary', null] as const);
    documents.push({
      id,
      source: {
        path: `synthetic/${String(n).padStart(5, '0')}.txt`,
        sha256: `${id.slice(4)}${'0'.repeat(48)}`,
        bytes: text.length + 400,
        content_bytes: text.length + 400,
        compression: null,
        format: 'text',
        encoding: 'utf-8',
        duplicate_paths: [],
        captured_at: null,
      },
      ...emptyMetadata(),
      title: `Report ${n}: ${sentences[0].text.slice(0, 50)}`,
      authors: [{ name: `Author ${n % 37}`, type: 'person' }],
      published,
      site_name: siteName,
      language,
      genre,
      text,
      markdown: text,
      word_count: text.split(/\s+/).length,
      extraction: { method: 'text_span', reason: null },
      warnings: [],
      provenance: { title: 'text:title-line', ...(published ? { published: 'text:label' } : {}) },
    });
    let position = 0;
    let offset = 0;
    const addBlock = (kind: string, kept: boolean, reason: string | null, blockText: string) => {
      blocks.push({ document_id: id, position: position++, kind, kept, reason, text: blockText, start: offset, end: offset + blockText.length });
      offset += blockText.length + 1;
    };
    for (const [kind, reason, chrome] of CHROME.slice(0, 2)) addBlock(kind, false, reason, chrome);
    for (const paragraph of text.split('\n\n')) addBlock('paragraph', true, null, paragraph);
    for (const [kind, reason, chrome] of CHROME.slice(2)) addBlock(kind, false, reason, chrome);
  }
  const claims: ClaimRecord[] = [];
  for (let c = 0; c < options.claims; c++) {
    const doc = Math.floor(random() * documents.length);
    const sentence = pick(sentencesOf[doc]);
    const subject = pick(ACTORS);
    let object = pick(ACTORS);
    if (object === subject) object = ACTORS[(ACTORS.indexOf(subject) + 1) % ACTORS.length];
    const year = /In (\d{4})/.exec(sentence.text)![1];
    const modality = pick(modalities);
    const relation = pick(relations);
    claims.push({
      id: `clm_${hex16(c, 11)}`,
      document_id: documents[doc].id,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      subject,
      relation,
      object,
      event: RELATIONS[relation].plover,
      mode: null,
      context: [],
      modality,
      polarity: modality === 'negated' ? 'negative' : 'positive',
      attributed_to: modality === 'attributed' ? 'officials' : null,
      time: random() < 0.8 ? { value: year, text: `In ${year}` } : null,
      quantities: random() < 0.3 ? [{ text: '100 million dollars', value: 1e8, unit: 'USD' }] : [],
      confidence: Math.round(random() * 100) / 100,
      extractor: 'synthetic@1.0.0',
    });
  }
  claims.sort((a, b) => (a.id < b.id ? -1 : 1));
  await writeLines(
    join(dir, 'documents.jsonl'),
    documents.map((d) => JSON.stringify(d)),
  );
  await writeLines(
    join(dir, 'claims.jsonl'),
    claims.map((c) => JSON.stringify(c)),
  );
  await writeLines(
    join(dir, 'blocks.jsonl'),
    blocks.map((b) => JSON.stringify(b)),
  );
}
