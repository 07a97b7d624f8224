// What the metadata stage returns: every metadata field of the document record, the source each
// value came from, and warnings about what the page left incomplete.
import type { DocumentRecord, WarningCode } from '../records/document.ts';
import { plausiblePageDay } from '../text/dates.ts';

export type MetadataFields = Omit<DocumentRecord, 'id' | 'source' | 'text' | 'markdown' | 'word_count' | 'extraction' | 'warnings' | 'provenance'>;

export interface Metadata {
  fields: MetadataFields;
  /** Field name → where its value was read from (json-ld, meta:og:title, text:byline …). */
  provenance: Record<string, string>;
  warnings: WarningCode[];
}

/** A record with every field null or empty: the starting point of every extractor. */
export function emptyMetadata(): MetadataFields {
  return {
    url: null,
    title: null,
    subtitle: null,
    authors: [],
    published: null,
    updated: null,
    site_name: null,
    publisher: null,
    sections: [],
    breadcrumb: [],
    tags: [],
    keywords: [],
    abstract: null,
    language: null,
    genre: null,
    journal: null,
    volume: null,
    issue: null,
    pages: null,
    doi: null,
    views: null,
    reading_time_minutes: null,
    attachments: [],
    license: null,
    captured_not_before: null,
  };
}

/**
 * A page that states when it was last updated and nothing else: most pages are never revised, so
 * that day is the best statement of the publication there is (htmldate's original_date mode falls
 * back to it too). The provenance says it stands in for one. Shared by the HTML and text readers so
 * both take it under the same condition.
 */
export function takeUpdatedAsPublished(fields: MetadataFields, provenance: Record<string, string>, capturedAt: string | null): void {
  if (fields.published || !fields.updated || !plausiblePageDay(fields.updated, capturedAt)) return;
  fields.published = fields.updated;
  provenance.published = `updated-as-published(${provenance.updated})`;
}
