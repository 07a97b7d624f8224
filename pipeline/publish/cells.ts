// How one value is written to, and read back from, a CSV cell. Null is an empty unquoted cell;
// text that a spreadsheet would run as a formula is made inert with a leading apostrophe, which
// decoding removes again, so every cell round-trips exactly.
import type { CellType } from '../records/tables.ts';

/** Leading characters that make spreadsheets evaluate a cell (OWASP CSV injection list). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
export const INERT_PREFIX = "'";

export function encodeCell(value: string | number | boolean | null, type: CellType): string {
  if (value === null) return '';
  if (type !== 'string') return String(value);
  const text = String(value);
  // An apostrophe is prefixed to text that already starts with one too, so decoding is unambiguous.
  return FORMULA_TRIGGERS.has(text[0]) || text[0] === INERT_PREFIX ? INERT_PREFIX + text : text;
}

export type DecodedCell = { ok: true; value: string | number | boolean | null } | { ok: false; message: string };

const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Decodes a cell by its Table Schema type, without the coercions validators apply. */
export function decodeCell(raw: string, quoted: boolean, type: CellType): DecodedCell {
  if (raw === '' && !quoted) return { ok: true, value: null };
  switch (type) {
    case 'string':
      return { ok: true, value: raw.startsWith(INERT_PREFIX) ? raw.slice(1) : raw };
    case 'integer':
      return INTEGER.test(raw) && Number.isSafeInteger(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false, message: `"${raw}" is not an integer` };
    case 'number':
      return NUMBER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, message: `"${raw}" is not a number` };
    case 'boolean':
      return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : { ok: false, message: `"${raw}" is not true or false` };
    case 'date':
      return DATE.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`))
        ? { ok: true, value: raw }
        : { ok: false, message: `"${raw}" is not a date (YYYY-MM-DD)` };
  }
}
