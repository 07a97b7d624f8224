// CSV files of the dataset: RFC 4180, UTF-8 without BOM, header row, \n line ends. Writing encodes
// rows cell by cell; reading decodes each cell by the Table Schema type and reports every bad cell
// with its line, so the validator can say `file:line: field: message`.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Column, Row } from '../records/tables.ts';
import { decodeCell, encodeCell } from './cells.ts';

const OPTIONS = { record_delimiter: '\n', quoted_match: /^\s|\s$/ } as const;

export const csvHeader = (columns: Column[]) => stringify([columns.map((column) => column.name)], OPTIONS);

export const csvRows = (columns: Column[], rows: Row[]) =>
  stringify(
    rows.map((row) => columns.map((column) => encodeCell(row[column.name] ?? null, column.type))),
    OPTIONS,
  );

export const writeCsv = (columns: Column[], rows: Row[]) => csvHeader(columns) + csvRows(columns, rows);

export interface CsvProblem {
  line: number;
  field: string;
  message: string;
}

export interface ReadCsv {
  rows: Row[];
  /** The line each row starts on (1 is the header). */
  lines: number[];
  problems: CsvProblem[];
}

export function readCsv(text: string, columns: Column[]): ReadCsv {
  const result: ReadCsv = { rows: [], lines: [], problems: [] };
  let records: { record: { value: string; quoted: boolean }[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      cast: (value: string, context: { quoting: boolean }) => ({ value, quoted: context.quoting }),
      info: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    result.problems.push({ line, field: '-', message: `not valid CSV: ${(error as Error).message}` });
    return result;
  }
  if (records.length === 0) {
    result.problems.push({ line: 1, field: '-', message: 'no header row' });
    return result;
  }
  const header = records[0].record.map((cell) => cell.value);
  const expected = columns.map((column) => column.name);
  if (header.join(',') !== expected.join(',')) {
    result.problems.push({ line: 1, field: '-', message: `header is [${header.join(', ')}], the Table Schema says [${expected.join(', ')}]` });
    return result;
  }
  let previousEnd = records[0].info.lines;
  for (const { record, info } of records.slice(1)) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== columns.length) {
      result.problems.push({ line, field: '-', message: `row has ${record.length} cells, the header ${columns.length}` });
      continue;
    }
    const row: Row = {};
    record.forEach((cell, index) => {
      const column = columns[index];
      const decoded = decodeCell(cell.value, cell.quoted, column.type);
      if (!decoded.ok) {
        result.problems.push({ line, field: column.name, message: decoded.message });
        row[column.name] = null;
        return;
      }
      row[column.name] = decoded.value;
      const problem = checkConstraints(column, decoded.value);
      if (problem) result.problems.push({ line, field: column.name, message: problem });
    });
    result.rows.push(row);
    result.lines.push(line);
  }
  return result;
}

function checkConstraints(column: Column, value: string | number | boolean | null): string | null {
  if (value === null) return column.required ? 'required value is empty' : null;
  if (column.enum && !column.enum.includes(value as string | number)) return `"${value}" is not one of ${column.enum.join(', ')}`;
  if (column.pattern && typeof value === 'string' && !new RegExp(column.pattern, 'u').test(value)) return `"${value}" does not match ${column.pattern}`;
  if (column.minimum !== undefined && typeof value === 'number' && value < column.minimum) return `${value} is below the minimum ${column.minimum}`;
  if (column.maximum !== undefined && typeof value === 'number' && value > column.maximum) return `${value} is above the maximum ${column.maximum}`;
  return null;
}
