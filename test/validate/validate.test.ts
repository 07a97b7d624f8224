// `validate` passes on a fresh build and names the file, line and field of each kind of damage.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../pipeline/publish/csv.ts';
import { RECORD_TYPES, tablesOf } from '../../pipeline/records/index.ts';
import { encodeRecord } from '../../pipeline/records/tables.ts';
import { formatProblem, validateDataset } from '../../pipeline/validate/index.ts';
import { buildSeedsInto } from '../build-fixture.ts';
import { sampleClaim } from '../sample-claim.ts';
import { PROJECT_ROOT, versionJsonlText, writeVersionJsonlText } from '../helpers.ts';

let fresh: string;

beforeAll(async () => {
  fresh = (await buildSeedsInto()).versionDir;
});

/** A copy of the fresh build with one file edited. */
function damaged(edit: (dir: string) => void): string {
  const dir = `${fresh}-damaged-${Math.random().toString(36).slice(2)}`;
  cpSync(fresh, dir, { recursive: true });
  edit(dir);
  return dir;
}

const messages = async (dir: string) => (await validateDataset(dir)).problems.map(formatProblem);

describe('validate', () => {
  it('passes on a fresh build', async () => {
    const { problems, counts } = await validateDataset(fresh);
    expect(problems).toEqual([]);
    expect(counts.documents).toBe(2);
  });

  it('reports a JSON record missing a required field', async () => {
    const dir = damaged((d) => {
      const lines = versionJsonlText(d, 'documents').split('\n');
      const record = JSON.parse(lines[1]);
      delete record.title;
      lines[1] = JSON.stringify(record);
      writeVersionJsonlText(d, 'documents', lines.join('\n'));
    });
    expect(await messages(dir)).toContain("documents.jsonl.gz:2: title: must have required property 'title'");
  });

  it('reports a CSV cell of the wrong type', async () => {
    const dir = damaged((d) => {
      const path = join(d, 'documents.csv');
      const lines = readFileSync(path, 'utf8').split('\n');
      const header = lines[0].split(',');
      const cells = lines[1].split(',');
      cells[header.indexOf('word_count')] = 'many';
      lines[1] = cells.join(',');
      writeFileSync(path, lines.join('\n'));
    });
    expect(await messages(dir)).toContain('documents.csv:2: word_count: "many" is not an integer');
  });

  it('reports a claim pointing at no document', async () => {
    const orphan = sampleClaim({ id: 'clm_00000000000000aa', document_id: 'doc_ffffffffffffffff', context: [] });
    // The orphan's CSV row as the writer encodes it, so the test follows the claims table's columns.
    const claimsTable = tablesOf(RECORD_TYPES.find((type) => type.name === 'claims')!)[0]!;
    const orphanRow = csvRows(claimsTable.columns, encodeRecord([claimsTable], orphan as never).get('claims')!).trimEnd();
    const dir = damaged((d) => {
      writeVersionJsonlText(d, 'claims', `${JSON.stringify(orphan)}\n${versionJsonlText(d, 'claims')}`);
      const csv = readFileSync(join(d, 'claims.csv'), 'utf8').split('\n');
      csv.splice(1, 0, orphanRow);
      writeFileSync(join(d, 'claims.csv'), csv.join('\n'));
    });
    const found = await messages(dir);
    expect(found).toContain('claims.jsonl.gz:1: document_id: doc_ffffffffffffffff is not a document id');
    expect(found).toContain('claims.csv:2: document_id: doc_ffffffffffffffff is not a documents id');
  });

  it('reports a file whose checksum no longer matches', async () => {
    const dir = damaged((d) =>
      writeFileSync(join(d, 'document_keywords.csv'), `${readFileSync(join(d, 'document_keywords.csv'), 'utf8')}`.replace('\n', '\n\n')),
    );
    const found = await messages(dir);
    expect(found.some((m) => m.startsWith('document_keywords.csv:1: sha256: checksum does not match SHA256SUMS'))).toBe(true);
    expect(found).toContain('document_keywords.csv:1: hash: checksum does not match datapackage.json');
  });

  it('reports a compressed table cut short, from the line it could not read, instead of failing', async () => {
    const dir = damaged((d) => {
      const path = join(d, 'blocks.jsonl.gz');
      const bytes = readFileSync(path);
      writeFileSync(path, bytes.subarray(0, bytes.length - 20));
    });
    const found = await messages(dir);
    expect(found.filter((m) => m.startsWith('blocks.jsonl.gz:') && m.includes('cannot be read: unexpected end of file'))).toHaveLength(1);
    // The other tables are still checked in full.
    expect(found.filter((m) => m.startsWith('documents.jsonl.gz:') || m.startsWith('claims.jsonl.gz:'))).toEqual([]);
  });

  it('passes on a version written before the JSONL tables were compressed (plain .jsonl)', async () => {
    const older = join(PROJECT_ROOT, 'dist', '1.0.2');
    expect(existsSync(join(older, 'documents.jsonl'))).toBe(true);
    const { problems, counts } = await validateDataset(older);
    expect(problems).toEqual([]);
    expect(counts.documents).toBe(2);
  });
});
