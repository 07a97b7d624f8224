// The names of the fixed files and folders of a dataset version. Kept apart from the writer so
// the release's stand-alone checker (validate.mjs) can use them without bundling the writer.
export const SCHEMA_DIR = 'schemas';
export const CHECKSUM_FILE = 'SHA256SUMS';
export const DATAPACKAGE_FILE = 'datapackage.json';

/**
 * The file of a record type's JSONL records (`documents`, `claims`, `blocks`): gzip-compressed,
 * because these carry every text (article and audited blocks) and were most of a version's bytes,
 * about ten times what gzip leaves of them. pandas, R, DuckDB and `zcat` read `.gz` directly.
 */
export const jsonlFile = (table: string) => `${table}.jsonl.gz`;

/** The same records as versions written before compression named them (plain `<table>.jsonl`): read, never written. */
export const plainJsonlFile = (table: string) => `${table}.jsonl`;

/**
 * The JSONL file of `table` among a version's `files` (names relative to its folder): the
 * compressed one, or the plain one of an older version; null when it has neither.
 */
export function jsonlFileAmong(files: ReadonlySet<string> | readonly string[], table: string): string | null {
  const has = (name: string) => ('has' in files ? files.has(name) : files.includes(name));
  if (has(jsonlFile(table))) return jsonlFile(table);
  return has(plainJsonlFile(table)) ? plainJsonlFile(table) : null;
}
