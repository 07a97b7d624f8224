// The diff between two versions, on records built by hand: which records were added, removed and
// changed, which fields changed, and the version bump that follows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { diffVersions, renderChangelog, shorten, VERSIONING_POLICY } from '../../pipeline/publish/changes.ts';
import { VersionExistsError } from '../../pipeline/publish/write-version.ts';

const root = mkdtempSync(join(tmpdir(), 'pagepress-changes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a version's files; `compressed`: JSONL tables gzip-compressed as versions are published now, otherwise plain as before. */
function version(
  name: string,
  tables: Record<string, object[]>,
  csv: Record<string, string> = {},
  schemas: Record<string, object> = {},
  compressed = false,
): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'schemas'), { recursive: true });
  for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(dir, 'schemas', file), JSON.stringify(schema));
  for (const [table, records] of Object.entries(tables)) {
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    if (compressed) writeFileSync(join(dir, `${table}.jsonl.gz`), gzipSync(text));
    else writeFileSync(join(dir, `${table}.jsonl`), text);
  }
  for (const [table, text] of Object.entries(csv)) writeFileSync(join(dir, `${table}.csv`), text);
  return dir;
}

const doc = (id: string, title: string | null, text: string, path = `pages/${id}.html`) => ({
  id,
  source: { path },
  title,
  authors: [{ name: 'A. Writer' }],
  text,
});
const claim = (id: string, documentId: string, text: string, relation = 'arms_transfer') => ({
  id,
  document_id: documentId,
  text,
  subject: { name: 'Russia', mention: 'Russia', id: 'RUS', type: 'country', country: 'RUS', sector: null },
  relation,
  object: { name: 'Algeria', mention: 'Algeria', id: 'DZA', type: 'country', country: 'DZA', sector: null },
});
const block = (documentId: string, position: number, kept: boolean) => ({ document_id: documentId, position, kept });

describe('diffVersions', () => {
  it('names the records added, removed and changed, and the fields that changed', async () => {
    const before = version('1.0.0', {
      documents: [doc('doc_a', 'First', 'Alpha text.'), doc('doc_b', 'Second', 'Beta text.'), doc('doc_c', 'Third', 'Gamma text.')],
      claims: [{ id: 'clm_1', document_id: 'doc_a' }],
      blocks: [block('doc_a', 0, true), block('doc_a', 1, false), block('doc_b', 0, true)],
    });
    const after = version('1.0.1', {
      documents: [doc('doc_a', 'First', 'Alpha text.'), doc('doc_b', 'Second, corrected', 'Beta text, longer.'), doc('doc_d', 'Fourth', 'Delta text.')],
      claims: [{ id: 'clm_1', document_id: 'doc_a' }],
      blocks: [block('doc_a', 0, true), block('doc_a', 1, true), block('doc_b', 0, true)],
    });
    const changes = await diffVersions(before, '1.0.0', after, '1.0.1');
    expect(changes.tables.documents).toEqual({ added: ['doc_d'], removed: ['doc_c'], changed: [{ id: 'doc_b', fields: ['title', 'text'] }] });
    expect(changes.tables.claims).toEqual({ added: [], removed: [], changed: [] });
    expect(changes.tables.blocks.changed.map((c) => c.id)).toEqual(['doc_a']);
    expect(renderChangelog(changes)).toContain('### Documents whose blocks changed (1)\n\n- `pages/doc_a.html` — "First" (`doc_a`)\n');
    expect(changes.counts['documents.jsonl']).toEqual({ from: 3, to: 3 });
    expect(changes.counts['blocks.jsonl']).toEqual({ from: 3, to: 3 });
    // doc_c is gone: whoever joined on it or counted it is broken.
    expect(changes.bump).toBe('major');
  });

  it('compares a compressed version with a plain one written before, table by table and row by row', async () => {
    const before = version('plain-1.0.0', {
      documents: [doc('doc_a', 'First', 'Alpha text.'), doc('doc_b', 'Second', 'Beta text.')],
      claims: [{ id: 'clm_1', document_id: 'doc_a' }],
      blocks: [block('doc_a', 0, true), block('doc_b', 0, true)],
    });
    const after = version(
      'gz-1.1.0',
      {
        documents: [doc('doc_a', 'First', 'Alpha text.'), doc('doc_b', 'Second', 'Beta text, longer.')],
        claims: [
          { id: 'clm_1', document_id: 'doc_a' },
          { id: 'clm_2', document_id: 'doc_b' },
        ],
        blocks: [block('doc_a', 0, true), block('doc_b', 0, false)],
      },
      {},
      {},
      true,
    );
    const changes = await diffVersions(before, '1.0.0', after, '1.1.0');
    // Records are matched across the two layouts, not all removed and added again.
    expect(changes.tables.documents).toEqual({ added: [], removed: [], changed: [{ id: 'doc_b', fields: ['text'] }] });
    expect(changes.tables.claims).toEqual({ added: ['clm_2'], removed: [], changed: [] });
    expect(changes.tables.blocks.changed.map((c) => c.id)).toEqual(['doc_b']);
    expect(changes.names.claims.clm_2.document_id).toBe('doc_b');
    expect(changes.counts['documents.jsonl']).toEqual({ from: 2, to: 2 });
    expect(changes.counts['claims.jsonl']).toEqual({ from: 1, to: 2 });
    expect(Object.keys(changes.counts).filter((file) => file.endsWith('.gz'))).toEqual([]);
    // The records line up, but code that opened documents.jsonl by name no longer finds it.
    expect(changes.files).toEqual({
      added: ['blocks.jsonl.gz', 'claims.jsonl.gz', 'documents.jsonl.gz'],
      removed: ['blocks.jsonl', 'claims.jsonl', 'documents.jsonl'],
    });
    expect(changes.bump).toBe('major');
    expect(changes.reasons).toContain('documents.jsonl is now documents.jsonl.gz');
    expect(changes.reasons.some((r) => r.endsWith('added'))).toBe(false);
    const changelog = renderChangelog(changes);
    expect(changelog).toContain('- file removed: `documents.jsonl`');
    expect(changelog).toContain('- file added: `documents.jsonl.gz`');
  });

  it('calls a data file added minor and one removed major, even with the same records', async () => {
    const records = { documents: [doc('doc_a', 'First', 'Alpha text.')], claims: [], blocks: [block('doc_a', 0, true)] };
    const base = version('files-1.0.0', records, { documents: 'id\ndoc_a\n' });
    const withTable = version('files-1.1.0', records, { documents: 'id\ndoc_a\n', document_tags: 'document_id,tag\n' });
    const withoutCsv = version('files-2.0.0', records);
    const added = await diffVersions(base, '1.0.0', withTable, '1.1.0');
    expect(added.bump).toBe('minor');
    expect(added.reasons).toEqual(['document_tags.csv added']);
    const removed = await diffVersions(base, '1.0.0', withoutCsv, '2.0.0');
    expect(removed.bump).toBe('major');
    expect(removed.reasons).toEqual(['documents.csv removed']);
  });

  it('calls a version with only corrected records a patch, and an identical one no change', async () => {
    const records = { documents: [doc('doc_a', 'First', 'Alpha text.')], claims: [], blocks: [block('doc_a', 0, true)] };
    const base = version('2.0.0', records);
    const same = version('2.0.1', records);
    const corrected = version('2.0.2', { ...records, documents: [doc('doc_a', 'First', 'Alpha text, corrected.')] });
    expect((await diffVersions(base, '2.0.0', same, '2.0.1')).bump).toBe('none');
    const patch = await diffVersions(base, '2.0.0', corrected, '2.0.2');
    expect(patch.bump).toBe('patch');
    expect(patch.tables.documents.changed).toEqual([{ id: 'doc_a', fields: ['text'] }]);
  });

  it('names documents by capture path and title, from the version that holds them', async () => {
    const before = version('3.0.0', {
      documents: [doc('doc_a', 'Kept', 'Alpha.'), doc('doc_b', 'Old title', 'Beta.'), doc('doc_c', 'Gone | for *good*', 'Gamma.', 'feeds/gone.html')],
      claims: [],
      blocks: [],
    });
    const after = version('3.1.0', {
      documents: [doc('doc_a', 'Kept', 'Alpha.'), doc('doc_b', 'New title', 'Beta.'), doc('doc_d', null, 'Delta.', 'news/new.txt')],
      claims: [],
      blocks: [],
    });
    const changes = await diffVersions(before, '3.0.0', after, '3.1.0');
    expect(changes.names.documents).toEqual({
      doc_b: { path: 'pages/doc_b.html', title: 'New title' },
      doc_c: { path: 'feeds/gone.html', title: 'Gone | for *good*' },
      doc_d: { path: 'news/new.txt', title: null },
    });
    const changelog = renderChangelog(changes);
    expect(changelog).toContain('### Documents added (1)\n\n- `news/new.txt` — (no title) (`doc_d`)\n');
    expect(changelog).toContain('### Documents removed (1)\n\n- `feeds/gone.html` — "Gone \\| for \\*good\\*" (`doc_c`)\n');
    expect(changelog).toContain('### Documents changed (1)\n\n- `pages/doc_b.html` — "New title" (`doc_b`): title\n');
    expect(changelog).not.toContain('doc_a');
  });

  it('names claims by their document, actors, relation and shortened evidence', async () => {
    const long = 'Russia delivered a second batch of fighter aircraft to Algeria under the contract signed in the spring, officials said on Monday.';
    const before = version('4.0.0', {
      documents: [doc('doc_a', 'Alpha', 'Alpha.', 'a.html'), doc('doc_b', 'Beta', 'Beta.', 'b.html')],
      claims: [claim('clm_old', 'doc_b', 'Russia sold tanks to Algeria.'), claim('clm_kept', 'doc_a', 'Russia trained Algerian pilots.', 'training')],
      blocks: [],
    });
    const after = version('4.1.0', {
      documents: [doc('doc_a', 'Alpha', 'Alpha.', 'a.html')],
      claims: [claim('clm_kept', 'doc_a', 'Russia trained Algerian pilots.', 'training'), claim('clm_new', 'doc_a', long)],
      blocks: [],
    });
    const changes = await diffVersions(before, '4.0.0', after, '4.1.0');
    expect(changes.names.claims.clm_old).toEqual({
      document_id: 'doc_b',
      path: 'b.html',
      subject: { name: 'Russia', id: 'RUS' },
      relation: 'arms_transfer',
      object: { name: 'Algeria', id: 'DZA' },
      evidence: 'Russia sold tanks to Algeria.',
    });
    expect(changes.names.claims.clm_new.evidence).toBe(shorten(long));
    expect(changes.names.claims.clm_new.evidence.length).toBeLessThanOrEqual(100);
    expect(changes.names.claims.clm_new.evidence).toMatch(/^Russia delivered a second batch .*[a-z]…$/);
    expect(Object.keys(changes.names.claims)).toEqual(['clm_new', 'clm_old']);
    // The removed claim's document is named from the old version, where it still exists.
    expect(changes.names.documents.doc_b).toEqual({ path: 'b.html', title: 'Beta' });
    const changelog = renderChangelog(changes);
    expect(changelog).toContain(
      '### Claims removed (1)\n\n- `b.html`: Russia (RUS) *arms_transfer* Algeria (DZA) — "Russia sold tanks to Algeria." (`clm_old`)\n',
    );
    expect(changelog).toContain(`### Claims added (1)\n\n- \`a.html\`: Russia (RUS) *arms_transfer* Algeria (DZA) — "${shorten(long)}" (\`clm_new\`)\n`);
  });

  it('shortens evidence at a word boundary and folds its whitespace', () => {
    expect(shorten('One  two\nthree.')).toBe('One two three.');
    expect(shorten('alpha beta gamma delta', 15)).toBe('alpha beta…');
    expect(shorten('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('counts the rows of every table file, and says that blocks compare per document', async () => {
    const before = version(
      '5.0.0',
      { documents: [doc('doc_a', 'Alpha', 'Alpha.')], claims: [], blocks: [block('doc_a', 0, true), block('doc_a', 1, false)] },
      // A quoted cell with line breaks and doubled quotes is one row, not three.
      { documents: 'id,title\ndoc_a,"Alpha\nwith ""two""\nlines"\n', document_authors: 'document_id,name\ndoc_a,A. Writer\n' },
    );
    const after = version(
      '5.1.0',
      {
        documents: [doc('doc_a', 'Alpha', 'Alpha.'), doc('doc_b', 'Beta', 'Beta.')],
        claims: [claim('clm_1', 'doc_b', 'Russia sold tanks to Algeria.')],
        blocks: [block('doc_a', 0, true), block('doc_a', 1, false), block('doc_b', 0, true), block('doc_b', 1, true), block('doc_b', 2, false)],
      },
      // The last row has no final line break: it still counts.
      { documents: 'id,title\ndoc_a,"Alpha\nwith ""two""\nlines"\ndoc_b,Beta', claims: 'id,document_id\nclm_1,doc_b\n' },
    );
    const changes = await diffVersions(before, '5.0.0', after, '5.1.0');
    expect(changes.counts).toEqual({
      'documents.jsonl': { from: 1, to: 2 },
      'documents.csv': { from: 1, to: 2 },
      'document_authors.csv': { from: 1, to: null },
      'claims.jsonl': { from: 0, to: 1 },
      'claims.csv': { from: null, to: 1 },
      'blocks.jsonl': { from: 2, to: 5 },
    });
    expect(changes.tables.blocks.added).toEqual(['doc_b']);
    const changelog = renderChangelog(changes);
    expect(changelog).toContain('| `blocks.jsonl` | 2 | 5 | +3 |');
    expect(changelog).toContain('| `document_authors.csv` | 1 | — | — |');
    expect(changelog).toContain('| blocks | document: all blocks of one document count as one | 1 | 0 | 0 |');
    // doc_b's blocks came with doc_b: listed once, as a document added.
    expect(changelog).toContain('### Documents added (1)\n\n- `pages/doc_b.html` — "Beta" (`doc_b`)\n');
    expect(changelog).not.toContain('Documents whose blocks were added');
  });

  it('writes large counts with thousands separators', async () => {
    const many = (n: number, documentId: string) => Array.from({ length: n }, (_, i) => block(documentId, i, i % 2 === 0));
    const before = version('6.0.0', { documents: [doc('doc_a', 'Alpha', 'Alpha.')], claims: [], blocks: many(160, 'doc_a') });
    const after = version('6.1.0', { documents: [doc('doc_a', 'Alpha', 'Alpha.')], claims: [], blocks: many(5412, 'doc_a') });
    const changelog = renderChangelog(await diffVersions(before, '6.0.0', after, '6.1.0'));
    expect(changelog).toContain('| `blocks.jsonl` | 160 | 5,412 | +5,252 |');
    expect(changelog).toContain('| blocks | document: all blocks of one document count as one | 0 | 0 | 1 |');
  });
});

describe('semantic versioning for data', () => {
  const base = {
    documents: [doc('doc_a', 'Alpha', 'Alpha.'), doc('doc_b', 'Beta', 'Beta.')],
    claims: [claim('clm_1', 'doc_a', 'Russia sold tanks to Algeria.'), claim('clm_2', 'doc_b', 'Russia trained Algerian pilots.', 'training')],
    blocks: [block('doc_a', 0, true), block('doc_b', 0, true)],
  };
  const schema = (properties: Record<string, object>, description = 'A document.') => ({ type: 'object', description, properties });
  const baseSchemas = { 'document.schema.json': schema({ id: { type: 'string' }, kind: { anyOf: [{ enum: ['news', 'blog'] }, { type: 'null' }] } }) };
  let counter = 0;
  /** The bump from the base version to one with these tables and schemas (the base's where not given). */
  async function bumpTo(tables: Partial<typeof base>, schemas: Record<string, object> = baseSchemas) {
    counter++;
    const before = version(`base-${counter}`, base, {}, baseSchemas);
    const after = version(`next-${counter}`, { ...base, ...tables }, {}, schemas);
    return diffVersions(before, '1.0.0', after, '1.0.1');
  }

  it('calls removing a document major, even when others are added', async () => {
    const changes = await bumpTo({
      documents: [doc('doc_a', 'Alpha', 'Alpha.'), doc('doc_c', 'Gamma', 'Gamma.')],
      claims: [base.claims[0]],
      blocks: [base.blocks[0], block('doc_c', 0, true)],
    });
    expect(changes.bump).toBe('major');
    expect(changes.reasons).toEqual(['1 document removed', '1 claim removed']);
  });

  it('calls removing a claim alone major', async () => {
    const changes = await bumpTo({ claims: [base.claims[0]] });
    expect(changes.bump).toBe('major');
    expect(changes.reasons).toEqual(['1 claim removed']);
  });

  it('calls an incompatible schema change or a removed schema major', async () => {
    const fieldRemoved = await bumpTo({}, { 'document.schema.json': schema({ id: { type: 'string' } }) });
    expect(fieldRemoved.bump).toBe('major');
    expect(fieldRemoved.reasons).toEqual(['document.schema.json: kind: field removed']);
    const valueRemoved = await bumpTo(
      {},
      { 'document.schema.json': schema({ id: { type: 'string' }, kind: { anyOf: [{ enum: ['news'] }, { type: 'null' }] } }) },
    );
    expect(valueRemoved.bump).toBe('major');
    const typeChanged = await bumpTo(
      {},
      { 'document.schema.json': schema({ id: { type: 'integer' }, kind: baseSchemas['document.schema.json'].properties.kind }) },
    );
    expect(typeChanged.bump).toBe('major');
    const schemaRemoved = await bumpTo({}, {});
    expect(schemaRemoved.bump).toBe('major');
    expect(schemaRemoved.reasons).toEqual(['document.schema.json removed']);
  });

  it('calls added records, fields, allowed values or schemas minor', async () => {
    const documentAdded = await bumpTo({ documents: [...base.documents, doc('doc_c', 'Gamma', 'Gamma.')], blocks: [...base.blocks, block('doc_c', 0, true)] });
    expect(documentAdded.bump).toBe('minor');
    expect(documentAdded.reasons).toEqual(['1 document added']);
    const claimAdded = await bumpTo({ claims: [...base.claims, claim('clm_3', 'doc_b', 'Algeria bought Russian helicopters.')] });
    expect(claimAdded.bump).toBe('minor');
    const kind = baseSchemas['document.schema.json'].properties.kind;
    const fieldAdded = await bumpTo({}, { 'document.schema.json': schema({ id: { type: 'string' }, kind, section: { type: 'string' } }) });
    expect(fieldAdded.bump).toBe('minor');
    const valueAdded = await bumpTo(
      {},
      { 'document.schema.json': schema({ id: { type: 'string' }, kind: { anyOf: [{ enum: ['news', 'blog', 'report'] }, { type: 'null' }] } }) },
    );
    expect(valueAdded.bump).toBe('minor');
    const schemaAdded = await bumpTo({}, { ...baseSchemas, 'source.schema.json': schema({ id: { type: 'string' } }) });
    expect(schemaAdded.bump).toBe('minor');
  });

  it('calls corrected values, reclassified blocks and reworded schemas a patch', async () => {
    const corrected = await bumpTo({ claims: [claim('clm_1', 'doc_a', 'Russia sold tanks to Algeria in 2006.'), base.claims[1]] });
    expect(corrected.bump).toBe('patch');
    expect(corrected.reasons).toEqual(['1 claim corrected']);
    const reclassified = await bumpTo({ blocks: [block('doc_a', 0, false), block('doc_a', 1, true), base.blocks[1]] });
    expect(reclassified.bump).toBe('patch');
    expect(reclassified.reasons).toEqual(['blocks of 1 document reclassified']);
    const reworded = await bumpTo({}, { 'document.schema.json': { ...baseSchemas['document.schema.json'], description: 'One captured page.' } });
    expect(reworded.bump).toBe('patch');
    expect((await bumpTo({})).bump).toBe('none');
  });

  it('states the policy in every changelog and in the refusal to rewrite a version', async () => {
    const changes = await bumpTo({ claims: [base.claims[0]] });
    expect(renderChangelog(changes)).toContain(
      `Kind of change: **major** (1 claim removed).\n\nVersions follow semantic versioning for data: ${VERSIONING_POLICY}.\n`,
    );
    expect(VERSIONING_POLICY).toMatch(
      /major when records are removed, a schema changes incompatibly or a data file is removed or renamed, minor when records, fields or data files are added, patch for corrections/,
    );
    expect(new VersionExistsError('dist/1.0.0', { added: [], removed: [], changed: ['claims.jsonl'] }).message).toContain(`(${VERSIONING_POLICY})`);
  });
});
