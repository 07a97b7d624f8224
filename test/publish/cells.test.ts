// CSV cells: null is empty, formula-like text is made inert, and everything decodes back exactly.
import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell } from '../../pipeline/publish/cells.ts';
import { readCsv, writeCsv } from '../../pipeline/publish/csv.ts';
import type { Column } from '../../pipeline/records/tables.ts';

describe('cells', () => {
  it('makes formula triggers inert and reverses it', () => {
    for (const text of ['=SUM(A1)', '+33 1 23', '-5 dB', '@home', '\tx', "'quoted", 'plain']) {
      const encoded = encodeCell(text, 'string');
      expect(/^[=+\-@\t\r]/.test(encoded)).toBe(false);
      expect(decodeCell(encoded, false, 'string')).toEqual({ ok: true, value: text });
    }
  });

  it('writes numbers as numbers and null as an empty cell', () => {
    expect(encodeCell(-5, 'integer')).toBe('-5');
    expect(encodeCell(null, 'string')).toBe('');
    expect(decodeCell('', false, 'integer')).toEqual({ ok: true, value: null });
    expect(decodeCell('1.0', false, 'integer').ok).toBe(false);
    expect(decodeCell('NA', false, 'number').ok).toBe(false);
    expect(decodeCell('2024-02-30', false, 'date').ok).toBe(true);
    expect(decodeCell('24/02/2024', false, 'date').ok).toBe(false);
  });

  it('round-trips a table with quotes, commas and line breaks', () => {
    const columns: Column[] = [
      { name: 'id', path: ['id'], type: 'string', required: true },
      { name: 'n', path: ['n'], type: 'integer', required: false },
    ];
    const rows = [
      { id: 'a "quoted", value\nover two lines', n: 3 },
      { id: '=1+1', n: null },
    ];
    const csv = writeCsv(columns, rows);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('\r');
    const read = readCsv(csv, columns);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual(rows);
    expect(read.lines).toEqual([2, 4]);
  });
});
