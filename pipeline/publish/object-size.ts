// How large one JSON record of a version may be for DuckDB's read_json, which refuses any record
// over its `maximum_object_size` (16 MB by default) and so would abort on one long page. Readers
// that take the setting get the smallest power of two above the version's longest line; versions
// whose records all fit the default keep the default, so their files stay as they were.

/** DuckDB's default `maximum_object_size`. */
export const DUCKDB_DEFAULT_OBJECT_SIZE = 16 * 1024 * 1024;

/** The `maximum_object_size` a JSONL file whose longest line has this many bytes needs; null when the default will do. */
export function objectSizeFor(longestLineBytes: number): number | null {
  // Counted with the line end, to be safe either way. A power of two, not the exact size: DuckDB
  // sizes its read buffers from it, so it should stay close to what is needed, and a few distinct
  // values keep the published snippets stable across versions of similar data.
  if (longestLineBytes + 1 <= DUCKDB_DEFAULT_OBJECT_SIZE) return null;
  let size = DUCKDB_DEFAULT_OBJECT_SIZE;
  while (size < longestLineBytes + 1) size *= 2;
  // The setting is a 32-bit unsigned integer; no line a JavaScript string can hold comes near it.
  return Math.min(size, 2 ** 32 - 1);
}
