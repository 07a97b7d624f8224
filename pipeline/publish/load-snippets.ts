// Load snippets for pandas, R (readr) and DuckDB with every column type spelled out, generated
// from the table definitions so they can never drift from the data. Each one removes the
// apostrophe that makes formula-like text cells inert (see cells.ts), so what it loads equals the
// JSONL records; test/release/datacard-commands.test.ts runs them as the data card prints them.
import type { CellType, TableDef } from '../records/tables.ts';
import { objectSizeFor } from './object-size.ts';

const PANDAS: Record<CellType, string> = { string: 'string', integer: 'Int64', number: 'Float64', boolean: 'boolean', date: 'string' };
const READR: Record<CellType, string> = {
  string: 'col_character()',
  integer: 'col_double()',
  number: 'col_double()',
  boolean: 'col_logical()',
  date: 'col_date()',
};
const DUCKDB: Record<CellType, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

const pyName = (name: string) => name.replace(/[^a-z0-9_]/g, '_');

/** pandas 1.5 (Debian 12) and 2.x; CSV and JSONL only, which need nothing beyond pandas. */
export function pandasSnippet(tables: TableDef[]): string {
  const lines = [
    'import pandas as pd',
    '',
    '# Text cells that a spreadsheet would run as a formula carry one leading apostrophe: remove it.',
    'def uninert(df):',
    '    for col in df.select_dtypes("string").columns:',
    '        df[col] = df[col].str.replace(r"^\'", "", regex=True)',
    '    return df',
    '',
    '# Empty cells are missing values; nothing else is (keep_default_na=False). Date columns are',
    '# parsed by parse_dates (a dtype would stop pandas 1.5 from parsing them).',
  ];
  for (const table of tables) {
    const dtypes = table.columns
      .filter((c) => c.type !== 'date')
      .map((c) => `"${c.name}": "${PANDAS[c.type]}"`)
      .join(', ');
    const dates = table.columns.filter((c) => c.type === 'date').map((c) => `"${c.name}"`);
    lines.push(
      `${pyName(table.name)} = uninert(pd.read_csv("${table.name}.csv", dtype={${dtypes}}, keep_default_na=False, na_values=[""]${dates.length ? `, parse_dates=[${dates.join(', ')}]` : ''}))`,
    );
  }
  lines.push(
    '',
    '# The full records, with the article text and lists as lists (JSONL needs nothing more; pandas',
    '# decompresses .gz by itself):',
    'documents_full = pd.read_json("documents.jsonl.gz", lines=True, dtype=False)',
    'claims_full = pd.read_json("claims.jsonl.gz", lines=True, dtype=False)',
  );
  return lines.join('\n');
}

/** Parquet in pandas needs pyarrow, which Debian 12 does not package: a snippet of its own. */
export function pandasParquetSnippet(): string {
  return [
    '# pip install pyarrow',
    'import pandas as pd',
    '',
    'documents_full = pd.read_parquet("documents.parquet")',
    'claims_full = pd.read_parquet("claims.parquet")',
  ].join('\n');
}

export function readrSnippet(tables: TableDef[]): string {
  const lines = [
    'library(readr)',
    '',
    '# Text cells that a spreadsheet would run as a formula carry one leading apostrophe: remove it.',
    'uninert <- function(df) {',
    '  df[] <- lapply(df, function(x) if (is.character(x)) sub("^\'", "", x) else x)',
    '  df',
    '}',
    '',
    '# Empty cells are NA; integers are read as doubles (file sizes exceed 32 bits); spaces are kept.',
  ];
  for (const table of tables) {
    const cols = table.columns.map((c) => `${c.name} = ${READR[c.type]}`).join(', ');
    lines.push(`${table.name} <- uninert(read_csv("${table.name}.csv", na = c(""), trim_ws = FALSE, col_types = cols(${cols})))`);
  }
  return lines.join('\n');
}

/** `longestDocumentLine`: bytes of the longest line of documents.jsonl.gz (uncompressed), which may exceed read_json's default record size. */
export function duckdbSnippet(tables: TableDef[], longestDocumentLine = 0): string {
  const lines = [
    '-- Text cells that a spreadsheet would run as a formula carry one leading apostrophe: uninert removes it.',
    "CREATE MACRO uninert(text) AS regexp_replace(text, '^''', '');",
    '-- Empty cells are NULL; every column type is given.',
  ];
  for (const table of tables) {
    const cols = table.columns.map((c) => `'${c.name}': '${DUCKDB[c.type]}'`).join(', ');
    const texts = table.columns.filter((c) => c.type === 'string').map((c) => `uninert(${c.name}) AS ${c.name}`);
    lines.push(
      `CREATE TABLE ${table.name} AS SELECT *${texts.length ? ` REPLACE (${texts.join(', ')})` : ''} FROM read_csv('${table.name}.csv', header = true, nullstr = '', quote = '"', escape = '"', columns = {${cols}});`,
    );
  }
  const objectSize = objectSizeFor(longestDocumentLine);
  lines.push(
    '',
    '-- The full records, with the article text (DuckDB decompresses .gz by itself):',
    `CREATE TABLE documents_full AS SELECT * FROM read_json('documents.jsonl.gz', format = 'newline_delimited'${objectSize ? `, maximum_object_size = ${objectSize}` : ''});`,
  );
  return lines.join('\n');
}
