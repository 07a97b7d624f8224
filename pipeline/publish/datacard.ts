// The data card (README.md of each dataset version): what the dataset is, its sources, every field
// of every table, the claim vocabulary, counts, how it was built, licence, how to validate it and
// how to load it. Generated from the record definitions and the data, never written by hand.
import type { DatasetConfig } from '../config.ts';
import type { BuildReport } from '../records/report.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { ClaimRecord } from '../records/claim.ts';
import { MODALITIES } from '../records/claim.ts';
import type { TableDef } from '../records/tables.ts';
import { ploverVocabularyMarkdown, relationVocabularyMarkdown } from '../claims/vocabulary.ts';
import { duckdbSnippet, pandasParquetSnippet, pandasSnippet, readrSnippet } from './load-snippets.ts';

/** What the data card says about the corpus, gathered while the documents stream past. */
export interface CorpusStats {
  documents: number;
  claims: number;
  languages: Map<string, number>;
  relations: Map<string, number>;
  modalities: Map<string, number>;
  /** The first sources, for the card's table; the rest are in documents.csv. */
  sources: string[];
}

export const SOURCES_LISTED = 100;

export function newCorpusStats(): CorpusStats {
  return { documents: 0, claims: 0, languages: new Map(), relations: new Map(), modalities: new Map(), sources: [] };
}

const bump = (map: Map<string, number>, key: string | null) => map.set(key ?? '(none)', (map.get(key ?? '(none)') ?? 0) + 1);

/** What one document adds to the corpus statistics: small, so it can be kept with the document's serialised form. */
export interface StatsEntry {
  language: string | null;
  relations: string[];
  modalities: string[];
  /** The document's row in the card's table of sources. */
  source: string;
}

export function statsEntryOf(document: DocumentRecord, claims: ClaimRecord[]): StatsEntry {
  const d = document;
  return {
    language: d.language,
    relations: claims.map((claim) => claim.relation),
    modalities: claims.map((claim) => claim.modality),
    source: `| \`${cell(d.source.path)}\` | ${d.source.format} | ${d.source.bytes} | \`${d.source.sha256}\` | ${cell(d.title ?? '—')} |`,
  };
}

export function addEntryToStats(stats: CorpusStats, entry: StatsEntry): void {
  stats.documents++;
  stats.claims += entry.relations.length;
  bump(stats.languages, entry.language);
  for (const relation of entry.relations) bump(stats.relations, relation);
  for (const modality of entry.modalities) bump(stats.modalities, modality);
  if (stats.sources.length < SOURCES_LISTED) stats.sources.push(entry.source);
}

export function addToStats(stats: CorpusStats, document: DocumentRecord, claims: ClaimRecord[]): void {
  addEntryToStats(stats, statsEntryOf(document, claims));
}

export interface DataCardInput {
  config: DatasetConfig;
  /** The version's release date (YYYY-MM-DD, see release-date.ts). */
  released: string;
  stats: CorpusStats;
  report: BuildReport;
  tables: TableDef[];
  schemaFiles: string[];
  /** Bytes of the longest line of documents.jsonl, which DuckDB's read_json must be told when it is long. */
  longestDocumentLine?: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldTable(table: TableDef): string {
  const rows = table.columns.map(
    (c) => `| \`${c.name}\` | ${c.type} | ${c.required ? 'yes' : 'no'} | ${cell(c.description ?? '')}${c.enum ? ` One of: ${c.enum.join(', ')}.` : ''} |`,
  );
  return ['| column | type | required | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function listCounts(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} (${n})`)
    .join(', ');
}

export function renderDataCard(input: DataCardInput): string {
  const { config, released, stats, report, tables } = input;
  const sources = stats.sources;
  const sections = [
    `# ${config.title}`,
    '',
    `Version ${config.version} of \`${config.name}\`, released ${released}. ${config.description}`,
    '',
    '## Contents',
    '',
    `- ${stats.documents} documents, ${stats.claims} claims, from ${report.counts.files} capture files (${report.counts.rejected} rejected, ${report.counts.duplicates} byte-identical duplicates, ${report.counts.near_duplicates} near-duplicate pairs (the same text with different chrome; both documents carry the warning \`near_duplicate\`), ${report.counts.skipped} other paths skipped; see \`build-report.json\`).`,
    `- Languages: ${listCounts(stats.languages) || '—'}.`,
    `- Claims by relation: ${listCounts(stats.relations) || '—'}.`,
    `- Claims by modality: ${listCounts(stats.modalities) || '—'}.`,
    '',
    '| file | what it holds |',
    '|---|---|',
    '| `documents.jsonl.gz`, `claims.jsonl.gz`, `blocks.jsonl.gz` | One JSON record per line, every field present (null when the page does not state it), keys in schema order; gzip-compressed (`zcat documents.jsonl.gz \\| head -1`; pandas and DuckDB read them as they are, R through `gzfile()`). The only files with the article text (documents) and the text of every block the cleaner kept or dropped (blocks, for auditing). |',
    ...tables.map((t) => `| \`${t.name}.csv\` | ${cell(t.description)} |`),
    `| \`schemas/\` | JSON Schemas (draft 2020-12) of the records: ${input.schemaFiles.map((f) => `\`${f}\``).join(', ')}. |`,
    '| `datapackage.json` | Frictionless Data Package v2: every file with its Table Schema, keys, size and SHA-256. |',
    '| `SHA256SUMS` | Checksums of every file, for `sha256sum -c SHA256SUMS`. |',
    '| `build-report.json` | Every capture that was rejected, skipped or merged as a duplicate, and why. |',
    "| `documents.parquet`, `claims.parquet`, `blocks.parquet` | The JSONL tables as Parquet (zstd): nested objects as structs, lists as lists, with the JSON Schemas' types. |",
    '| `CHANGELOG.md`, `changes.json` | What changed since the previous version: the rows of every table before and after, the documents and claims added, removed and changed (by capture path and title), schema changes, and the kind of version change they call for (removals and incompatible schema changes are major, additions minor, corrections patch). |',
    '| `croissant.json`, `CITATION.cff` | Croissant 1.1 (schema.org Dataset) metadata for dataset search engines and ML tools; how to cite the dataset. |',
    "| `explore/index.html` | A static explorer of this version (documents, claims highlighted in their evidence, the cleaner's audit view, an actor network); open it from the file system. |",
    '',
    '## Sources',
    '',
    'Each document is one capture of a web page (saved HTML or a plain-text dump), identified by the SHA-256 of its bytes; `id` is derived from it, so it never changes while the capture does not.',
    '',
    '| capture | format | bytes | sha256 | title |',
    '|---|---|---|---|---|',
    ...sources,
    ...(stats.documents > sources.length ? [`| … | | | | ${stats.documents - sources.length} more in \`documents.csv\` |`] : []),
    '',
    '## Tables and fields',
    '',
    'Lists are stored in long link tables (one row per value, with `position`), keyed by the parent id, so every CSV cell holds one value. Nested objects are flattened with `_` (`source_path`).',
    '',
    ...tables.flatMap((t) => [
      `### \`${t.name}.csv\``,
      '',
      cell(t.description),
      '',
      `Primary key: ${t.primaryKey.map((k) => `\`${k}\``).join(', ')}.${t.foreignKeys.map((fk) => ` \`${fk.fields.join(', ')}\` refers to \`${fk.reference.resource}.${fk.reference.fields.join(', ')}\`.`).join('')}`,
      '',
      fieldTable(t),
      '',
    ]),
    '## Claim vocabulary',
    '',
    'Relations (closed vocabulary, the finer label; `plover` is the PLOVER event type a claim of that relation is coded as unless its verb codes another; undirected relations are stored once, subject and object in id order; for directed relations subject and object follow the role, supplier → recipient, sanctioner → target, whatever the voice or verb):',
    '',
    relationVocabularyMarkdown(),
    '',
    "PLOVER events (Open Event Data Alliance, PLOVER 2021 with the names of its gold-standard records). Every claim carries `event` (null for `neutrality`, `relations_outlook` and `influence`, which no PLOVER type fits), `mode` and `context` as PLOVER defines them. Claims found by an event verb take them from the verb's CAMEO code through the CAMEO→PLOVER table (verbs from the petrarch2 CAMEO verb dictionary, MIT licence); the others from their relation:",
    '',
    ploverVocabularyMarkdown(),
    '',
    'Modalities:',
    '',
    '| modality | meaning |',
    '|---|---|',
    ...Object.entries(MODALITIES).map(([m, d]) => `| \`${m}\` | ${cell(d)} |`),
    '',
    '## CSV conventions',
    '',
    '- UTF-8 without BOM, RFC 4180 quoting, a header row, `\\n` line ends.',
    '- A missing value is an empty, unquoted cell; the data never holds empty strings, and no value is `NA`, `null` or `None` (country codes are ISO 3166-1 alpha-3), so pandas and R read missing values correctly with the snippets below.',
    '- A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with one leading apostrophe `\'`, which spreadsheets treat as "text"; a cell that itself starts with an apostrophe gets one more. Remove exactly one leading apostrophe from text cells to get the value back (the snippets do).',
    '- Decoding each row with the Table Schema in `datapackage.json` gives back the JSONL record exactly; `validate.mjs` checks this.',
    '',
    '## Loading',
    '',
    "Every snippet below is run, as printed, by pagepress's tests on a copy of the release archive: with Debian 12's pandas 1.5.3, R 4.2 and readr 2.1.4, and with DuckDB 1.5. Run them in the dataset folder.",
    '',
    '### pandas',
    '',
    'CSV and JSONL need nothing beyond pandas:',
    '',
    '```python',
    pandasSnippet(tables),
    '```',
    '',
    'Parquet keeps nested objects and lists typed; pandas reads it only with pyarrow installed (Debian 12 does not package it):',
    '',
    '```python',
    pandasParquetSnippet(),
    '```',
    '',
    '### R (readr)',
    '',
    '```r',
    readrSnippet(tables),
    '```',
    '',
    '### DuckDB',
    '',
    '```sql',
    duckdbSnippet(tables, input.longestDocumentLine ?? 0),
    '```',
    '',
    '## Validating a downloaded copy',
    '',
    `The release archive (\`${config.name}-${config.version}.tar.gz\`) carries \`validate.mjs\`, a checker bundled with everything it needs: Node.js 20 or later runs it with nothing to install. It checks what the stock tools below check and more: both checksum lists, every record against the JSON Schemas, every CSV row against its JSONL record, primary and foreign keys, and that each claim's evidence is where its offsets say. None of these commands writes into the dataset folder.`,
    '',
    '```sh',
    'node validate.mjs',
    '```',
    '',
    "The same with stock tools: the checksums, then the records against the JSON Schemas (draft 2020-12) with ajv-cli 5 (fetched by npx) and with Python's jsonschema (`pip install jsonschema`, or Debian's `python3-jsonschema`; tested with 4.10):",
    '',
    '```sh',
    'sha256sum -c SHA256SUMS',
    '# ajv-cli validates one JSON document per file: split the records into a temporary folder.',
    'records=$(mktemp -d)',
    'for pair in documents:document claims:claim blocks:block; do',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion printed into the data card, not a template.
    '  table=${pair%%:*} schema=${pair#*:}',
    '  zcat "$table.jsonl.gz" | split -l 1 -d -a 7 --additional-suffix=.json - "$records/$schema-"',
    '  # ajv prints a line per valid file (hidden here) and the errors of invalid ones.',
    '  if npx --yes -p ajv-cli@5 -p ajv-formats@2 ajv validate --spec=draft2020 -c ajv-formats -s "schemas/$schema.schema.json" -d "$records/$schema-*.json" > /dev/null',
    '  then echo "$table.jsonl.gz: valid"; else echo "$table.jsonl.gz: INVALID"; fi',
    'done',
    'rm -r "$records"',
    '```',
    '',
    '```python',
    'import gzip, json, jsonschema',
    'for table, schema in [("documents", "document"), ("claims", "claim"), ("blocks", "block")]:',
    '    validator = jsonschema.Draft202012Validator(json.load(open(f"schemas/{schema}.schema.json")), format_checker=jsonschema.FormatChecker())',
    '    with gzip.open(f"{table}.jsonl.gz", "rt", encoding="utf-8") as records:',
    '        for line in records:',
    '            validator.validate(json.loads(line))',
    '    print(f"{table}.jsonl.gz: valid")',
    '```',
    '',
    '## How it was built',
    '',
    'With pagepress: each capture is decoded (gzip, character set), cleaned of web chrome (menus, share widgets, related lists, comment forms, footers) into paragraphs, its metadata read from what the page states (JSON-LD and meta tags for HTML; the zone around the title for text dumps), and claims extracted sentence by sentence with actors normalised to ISO 3166-1 alpha-3. Every output is deterministic: the same captures and code give byte-identical files.',
    '',
    '## Known limitations',
    '',
    '- Metadata and claims are extracted by rules, not read by a person: check a claim against its evidence sentence (`text`, `start`, `end`) before relying on it.',
    '- Fields are `null` where the page does not state them; a null is not a negative.',
    "- The article text quotes the captured pages, which remain their publishers' property; it is included for research (text and data mining). Do not republish it as your own.",
    "- Country names, demonyms and capitals are recognised with i18n-iso-countries and world-countries (the latter's data is ODbL-1.0; only used for matching, not redistributed).",
    '',
    '## Licence and citation',
    '',
    `${config.license.title} (${config.license.name}, ${config.license.path}).`,
    '',
    `Cite as: ${config.authors.join(', ')} (${released.slice(0, 4)}). *${config.title}*, version ${config.version}.`,
    '',
  ];
  return sections.join('\n');
}
