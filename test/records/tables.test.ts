// Records flatten into CSV tables and decode back to the same record.
import { describe, expect, it } from 'vitest';
import { RECORD_TYPES, tablesOf } from '../../pipeline/records/index.ts';
import { decodeRecords, encodeRecord, orderLike } from '../../pipeline/records/tables.ts';
import { processFixture } from '../helpers.ts';
import { sampleClaim } from '../sample-claim.ts';

const [documents, claims] = RECORD_TYPES;

describe('table derivation', () => {
  it('puts lists and maps in link tables keyed by the parent id', () => {
    const names = tablesOf(documents).map((t) => t.name);
    expect(names[0]).toBe('documents');
    expect(names).toEqual(
      expect.arrayContaining(['document_authors', 'document_keywords', 'document_sections', 'document_provenance', 'document_attachments']),
    );
    const authors = tablesOf(documents).find((t) => t.name === 'document_authors')!;
    expect(authors.columns.map((c) => c.name)).toEqual(['document_id', 'position', 'name', 'type']);
    expect(authors.foreignKeys).toEqual([{ fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }]);
  });

  it('keeps the article text out of the CSV and flattens nested objects', () => {
    const columns = tablesOf(documents)[0].columns.map((c) => c.name);
    expect(columns).not.toContain('text');
    expect(columns).not.toContain('markdown');
    expect(columns).toEqual(expect.arrayContaining(['source_path', 'source_sha256', 'pages_first', 'pages_last']));
    expect(tablesOf(claims)[0].columns.map((c) => c.name)).toEqual(expect.arrayContaining(['subject_id', 'object_id', 'time_value']));
  });

  it('round-trips a real document record, nulls and empty lists included', () => {
    const { document } = processFixture('seeds/001_67e2fd2ea150fe7d/source.txt');
    const record = { ...document, pages: { first: 51, last: null }, authors: [{ name: '=cmd', type: 'person' as const }] };
    const tables = tablesOf(documents);
    const rows = encodeRecord(tables, record as never);
    const [decoded] = decodeRecords(documents, tables, rows);
    expect(decoded).toEqual(orderLike(record as never, documents.schema as never, new Set(['text', 'markdown'])));
  });

  it('decodes a claim whose time is null to null, not an object of nulls', () => {
    const claim = sampleClaim({
      quantities: [{ text: '$7.5 billion', value: 7.5e9, unit: 'USD' }],
      confidence: 0.8,
      extractor: 'x@1.0.0',
    });
    const tables = tablesOf(claims);
    const [decoded] = decodeRecords(claims, tables, encodeRecord(tables, claim as never));
    expect(decoded).toEqual(claim);
  });
});
