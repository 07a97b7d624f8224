// The diff between two versions, on records built by hand: which records were added, removed and
// changed, which fields changed, and the version bump that follows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../pipeline/publish/changes.ts';

const root = mkdtempSync(join(tmpdir(), 'pagepress-changes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function version(name: string, tables: Record<string, object[]>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [table, records] of Object.entries(tables)) writeFileSync(join(dir, `${table}.jsonl`), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return dir;
}

const doc = (id: string, title: string, text: string) => ({ id, title, authors: [{ name: 'A. Writer' }], text });
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
    expect(changes.counts.documents).toEqual({ from: 3, to: 3 });
    expect(changes.bump).toBe('minor');
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
});
