// Load snippets for pandas, R (readr) and DuckDB with every column type spelled out, generated
// from the table definitions so they can never drift from the data.
import type { CellType, TableDef } from '../records/tables.ts';

const PANDAS: Record<CellType, string> = { string: 'string', integer: 'Int64', number: 'Float64', boolean: 'boolean', date: 'string' };
const READR: Record<CellType, string> = { string: 'col_character()', integer: 'col_double()', number: 'col_double()', boolean: 'col_logical()', date: 'col_date()' };
const DUCKDB: Record<CellType, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

const pyName = (name: string) => name.replace(/[^a-z0-9_]/g, '_');

export function pandasSnippet(tables: TableDef[]): string {
  const lines = ['import pandas as pd', '', '# Empty cells are missing values; nothing else is (keep_default_na=False).'];
  for (const table of tables) {
    const dtypes = table.columns.map((c) => `"${c.name}": "${PANDAS[c.type]}"`).join(', ');
    const dates = table.columns.filter((c) => c.type === 'date').map((c) => `"${c.name}"`);
    lines.push(
      `${pyName(table.name)} = pd.read_csv("${table.name}.csv", dtype={${dtypes}}, keep_default_na=False, na_values=[""]${dates.length ? `, parse_dates=[${dates.join(', ')}]` : ''})`,
    );
  }
  lines.push(
    '',
    '# Text cells that a spreadsheet would run as a formula carry one leading apostrophe: remove it.',
    'def uninert(df):',
    '    for col in df.select_dtypes("string").columns:',
    '        df[col] = df[col].str.replace(r"^\'", "", regex=True)',
    '    return df',
    '',
    '# The full records, with the article text, are in the JSONL files, and as Parquet with real lists:',
    'documents_full = pd.read_json("documents.jsonl", lines=True, dtype=False)',
    'claims_full = pd.read_parquet("claims.parquet")',
  );
  return lines.join('\n');
}

export function readrSnippet(tables: TableDef[]): string {
  const lines = ['library(readr)', '', '# Empty cells are NA; integers are read as doubles (file sizes exceed 32 bits).'];
  for (const table of tables) {
    const cols = table.columns.map((c) => `${c.name} = ${READR[c.type]}`).join(', ');
    lines.push(`${table.name} <- read_csv("${table.name}.csv", na = c(""), col_types = cols(${cols}))`);
  }
  lines.push('', '# Remove the apostrophe that makes formula-like text inert:', 'uninert <- function(x) sub("^\'", "", x)');
  return lines.join('\n');
}

export function duckdbSnippet(tables: TableDef[]): string {
  const lines = ['-- Empty cells are NULL; every column type is given.'];
  for (const table of tables) {
    const cols = table.columns.map((c) => `'${c.name}': '${DUCKDB[c.type]}'`).join(', ');
    lines.push(`CREATE TABLE ${table.name} AS SELECT * FROM read_csv('${table.name}.csv', header = true, nullstr = '', quote = '"', escape = '"', columns = {${cols}});`);
  }
  lines.push('', '-- The full records, with the article text:', "CREATE TABLE documents_full AS SELECT * FROM read_json('documents.jsonl', format = 'newline_delimited');");
  return lines.join('\n');
}
