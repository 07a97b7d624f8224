// The document record: one cleaned web page with its metadata and provenance. This definition is
// the single source of truth for schemas/document.schema.json, the documents tables and the TS type.
import Type from 'typebox';
import { Nullable, PartialDateTime, Sha256, Text, IsoDate, Uri, SCHEMA_BASE_URI } from './common.ts';

export const Source = Type.Object(
  {
    path: Text({ description: 'Path of the capture, relative to the raw/ folder, with / separators.' }),
    sha256: Sha256({ description: 'SHA-256 (hex) of the file as stored, before decompression.' }),
    bytes: Type.Integer({ minimum: 0, description: 'Size of the file as stored.' }),
    content_bytes: Type.Integer({ minimum: 0, description: 'Size after decompression (equals bytes when not compressed).' }),
    compression: Nullable(Type.Literal('gzip')),
    format: Type.Enum(['html', 'text']),
    encoding: Text({ description: 'Character encoding the bytes were decoded with (WHATWG label).' }),
    duplicate_paths: Type.Array(Text(), {
      description: 'Other captures in raw/ with byte-identical content (one document is kept for all).',
    }),
    captured_at: Nullable(
      Type.String({
        format: 'date-time',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
        description: 'When the page was captured, when the capture says so (WARC-Date of a web-archive record).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Author = Type.Object(
  {
    name: Text(),
    type: Type.Enum(['person', 'organization']),
  },
  { additionalProperties: false },
);

export const Attachment = Type.Object(
  {
    label: Text({ description: 'What the page calls the file, e.g. "PDF".' }),
    size_text: Nullable(Text({ description: 'Size as printed on the page, e.g. "239KB".' })),
    url: Nullable(Text()),
  },
  { additionalProperties: false },
);

export const Pages = Type.Object({ first: Type.Integer({ minimum: 0 }), last: Nullable(Type.Integer({ minimum: 0 })) }, { additionalProperties: false });

export const GENRES = ['news', 'analysis', 'commentary', 'summary', 'journal-article', 'report', 'press-release', 'blog'] as const;

export const WARNING_CODES = [
  'abstract_truncated',
  'text_truncated',
  'no_title',
  'little_text',
  'language_uncertain',
  'decoding_replaced_characters',
  'charset_sniffer_failed',
  'html_nesting_flattened',
  'near_duplicate',
  'no_main_text',
] as const;

/**
 * How the main text was found, tried in this order until one holds enough of the page's paragraph
 * text: the container the paragraphs voted for (`container`), the whole page judged block by block
 * (`whole_page`), the container the page declares (`page_hint`: itemprop=articleBody, <article>,
 * <main>), the vote again with paragraphs under chrome-named wrappers counted (`container_through_chrome`),
 * the JSON-LD articleBody (`json_ld`), a paragraph-level classifier over the whole page
 * (`paragraph_classifier`), the page's <noscript> content cleaned the same way (`noscript`); text dumps: the best-scoring run of prose (`text_span`). `none`: no way
 * gave any text (the document then carries the warning no_main_text).
 */
export const EXTRACTION_METHODS = [
  'container',
  'whole_page',
  'page_hint',
  'container_through_chrome',
  'json_ld',
  'paragraph_classifier',
  'noscript',
  'text_span',
  'none',
] as const;

export const Extraction = Type.Object(
  {
    method: Type.Enum(EXTRACTION_METHODS, { description: 'Which way found the main text (see EXTRACTION_METHODS in pipeline/records/document.ts).' }),
    reason: Nullable(Text({ description: 'Why the first way was not kept, or why no way gave any text; null when the first way held.' })),
  },
  { additionalProperties: false },
);

/** Where a metadata field's value was read from, so a user can audit it. */
export const Provenance = Type.Record(Type.String(), Text(), {
  description: 'For each metadata field with a value: the source it was read from (e.g. "json-ld", "meta:og:title", "text:byline").',
});

export const DocumentRecord = Type.Object(
  {
    id: Type.String({ pattern: '^doc_[0-9a-f]{16}$', description: 'Stable id: doc_ + the first 16 hex digits of the SHA-256 of the raw bytes.' }),
    source: Source,
    url: Nullable(Uri()),
    title: Nullable(Text()),
    subtitle: Nullable(Text()),
    authors: Type.Array(Author),
    published: Nullable(PartialDateTime()),
    updated: Nullable(PartialDateTime()),
    site_name: Nullable(Text()),
    publisher: Nullable(Text()),
    sections: Type.Array(Text()),
    breadcrumb: Type.Array(Text()),
    tags: Type.Array(Text()),
    keywords: Type.Array(Text()),
    abstract: Nullable(Text()),
    language: Nullable(Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 code (639-3 where there is none).' })),
    genre: Nullable(Type.Enum(GENRES)),
    journal: Nullable(Text()),
    volume: Nullable(Text()),
    issue: Nullable(Text()),
    pages: Nullable(Pages),
    doi: Nullable(Type.String({ pattern: '^10\\.\\d{4,9}/\\S+$' })),
    views: Nullable(Type.Integer({ minimum: 0 })),
    reading_time_minutes: Nullable(Type.Integer({ minimum: 0 })),
    attachments: Type.Array(Attachment),
    license: Nullable(Text()),
    captured_not_before: Nullable(IsoDate()),
    text: Type.String({ description: 'The clean main text; paragraphs separated by one blank line.' }),
    markdown: Type.String({ description: 'The clean main text as Markdown (headings, lists, emphasis kept).' }),
    word_count: Type.Integer({ minimum: 0 }),
    extraction: Extraction,
    warnings: Type.Array(Type.Enum(WARNING_CODES)),
    provenance: Provenance,
  },
  {
    $id: `${SCHEMA_BASE_URI}document.schema.json`,
    title: 'Document',
    description: 'One cleaned web page: its provenance, metadata and main text.',
    additionalProperties: false,
  },
);

export type DocumentRecord = Type.Static<typeof DocumentRecord>;
export type Author = Type.Static<typeof Author>;
export type Attachment = Type.Static<typeof Attachment>;
export type Genre = (typeof GENRES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];
export type Extraction = Type.Static<typeof Extraction>;
