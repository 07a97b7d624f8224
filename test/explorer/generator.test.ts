// The explorer generator: its data files say what the version's JSONL files say, are cut into
// chunks that hold what the index claims they hold, and come out byte-identical on every run.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExplorer } from '../../pipeline/publish/explorer/index.ts';
import { CHUNK_BYTES } from '../../pipeline/publish/explorer/pieces.ts';
import { blockChunkKey, documentChunkKey, type BlockChunk, type DocumentChunk, type ExplorerIndex } from '../../pipeline/publish/explorer/shape.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import type { ClaimRecord } from '../../pipeline/records/claim.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { readExplorerData, readJsonl } from './read-data.ts';
import { writeSyntheticVersion } from './synthetic-version.ts';

let root: string;
let version: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pagepress-explorer-'));
  version = join(root, 'a');
  // Enough text for several chunks of each kind.
  await writeSyntheticVersion(version, { documents: 400, claims: 3000, sentences: 40, seed: 3 });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeExplorer', () => {
  it('writes the same bytes every time', async () => {
    const copy = join(root, 'b');
    cpSync(version, copy, { recursive: true });
    const first = await writeExplorer(version, { title: 'Synthetic', version: '1.2.3' });
    const second = await writeExplorer(copy, { title: 'Synthetic', version: '1.2.3' });
    expect(second).toEqual(first);
    expect(first).toContain('explore/index.html');
    expect(first).toContain('explore/app.js');
    for (const path of first) expect(readFileSync(join(copy, path)).equals(readFileSync(join(version, path))), path).toBe(true);
    const html = readFileSync(join(version, 'explore/index.html'), 'utf8');
    expect(html).toContain('<title>Synthetic 1.2.3 — explorer</title>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(readFileSync(join(version, 'explore/app.js'), 'utf8')).not.toMatch(/src=["']https?:/);
  });

  it('carries every document, claim and block of the JSONL files, in chunks the index points to', async () => {
    const written = await writeExplorer(version, { title: null, version: null });
    const data = readExplorerData(version);
    expect(Object.keys(data).sort()).toEqual(
      written
        .filter((p) => p.startsWith('explore/data/'))
        .map((p) => p.slice('explore/data/'.length, -3))
        .sort(),
    );
    // The documents part and the claims part together.
    const index = { ...(data.index as object), ...(data.claims as object) } as ExplorerIndex;
    expect(Object.keys(data.index as object)).not.toContain('claims');
    const documents = readJsonl<DocumentRecord>(join(version, 'documents.jsonl'));
    const claims = readJsonl<ClaimRecord>(join(version, 'claims.jsonl'));
    const blocks = readJsonl<BlockRecord>(join(version, 'blocks.jsonl'));

    expect(index.hasBlocks).toBe(true);
    expect(index.documentChunks).toBeGreaterThan(1);
    expect(index.blockChunks).toBeGreaterThan(1);
    expect(index.documents.id).toEqual(documents.map((d) => d.id));
    expect(index.documents.title).toEqual(documents.map((d) => d.title));
    expect(index.documents.words).toEqual(documents.map((d) => d.word_count));
    documents.forEach((doc, i) => {
      const chunk = data[documentChunkKey(index.documents.chunk[i])] as DocumentChunk;
      const shown = chunk.documents.find((d) => d.id === doc.id)!;
      const { markdown: _markdown, ...expected } = doc;
      expect(shown).toEqual(expected);
      const own = blocks.filter((b) => b.document_id === doc.id).map(({ document_id: _id, ...b }) => b);
      const fromChunks = index.documents.blockChunks[i].flatMap((n) => (data[blockChunkKey(n)] as BlockChunk).blocks[doc.id]);
      expect(fromChunks).toEqual(own);
      expect(index.documents.blocksDropped[i]).toBe(own.filter((b) => !b.kept).length);
      expect(index.documents.claims[i]).toBe(claims.filter((c) => c.document_id === doc.id).length);
    });
    for (const key of Object.keys(data).filter((k) => k !== 'index' && k !== 'claims')) {
      expect(readFileSync(join(version, 'explore/data', `${key}.js`)).length).toBeLessThan(2 * CHUNK_BYTES);
    }

    expect(index.claims.id).toEqual(claims.map((c) => c.id));
    claims.forEach((claim, i) => {
      const doc = index.claims.doc[i];
      expect(index.documents.id[doc]).toBe(claim.document_id);
      expect(index.relations[index.claims.relation[i]].name).toBe(claim.relation);
      expect(index.modalities[index.claims.modality[i]].name).toBe(claim.modality);
      expect(index.actors[index.claims.subject[i]]).toMatchObject({ id: claim.subject.id, type: claim.subject.type });
      expect(index.strings[index.claims.objectName[i]]).toBe(claim.object.name);
      expect(index.claims.timeValue[i]).toBe(claim.time?.value ?? null);
      expect(index.claims.quantities[i]).toEqual(claim.quantities);
      expect(index.claims.evidenceMismatch[i]).toBe(0);
    });
  });

  it('flags a claim whose offsets do not give its evidence, and copes without blocks.jsonl', async () => {
    const broken = join(root, 'broken');
    cpSync(version, broken, { recursive: true });
    rmSync(join(broken, 'blocks.jsonl'));
    const lines = readFileSync(join(broken, 'claims.jsonl'), 'utf8').split('\n');
    const claim = JSON.parse(lines[0]) as ClaimRecord;
    lines[0] = JSON.stringify({ ...claim, start: claim.start + 1 });
    writeFileSync(join(broken, 'claims.jsonl'), lines.join('\n'));
    await writeExplorer(broken);
    const data = readExplorerData(broken);
    const index = { ...(data.index as object), ...(data.claims as object) } as ExplorerIndex;
    expect(index.hasBlocks).toBe(false);
    expect(index.blockChunks).toBe(0);
    expect(index.claims.evidenceMismatch[0]).toBe(1);
    expect(index.claims.evidenceMismatch.slice(1).every((flag) => flag === 0)).toBe(true);
  });
});
