// The metadata stage: reads what the page states about itself (title, authors, dates, …) and
// nothing it does not. Dispatches on the capture's format; fills the language from the clean
// text when the page does not declare it.
import type { Page } from '../ingest/page.ts';
import type { Cleaned } from '../clean/block.ts';
import type { Metadata } from './types.ts';
import { htmlMetadata } from './html/index.ts';
import { textMetadata } from './text/index.ts';
import { detectLanguage } from './common/language.ts';

export const METADATA_VERSION = '0.1.0';

export function extractMetadata(page: Page, cleaned: Cleaned): Metadata {
  let detected: string | null | undefined;
  const detect = () => (detected === undefined ? (detected = detectLanguage(cleaned.text)) : detected);
  const metadata = page.html
    ? htmlMetadata(page.html, cleaned, { url: page.capture.url, capturedAt: page.capture.capturedAt, detectLanguage: detect })
    : textMetadata(page.capture.content, cleaned);
  if (metadata.fields.url === null && page.capture.url) {
    metadata.fields.url = page.capture.url;
    metadata.provenance.url = 'capture';
  }
  if (metadata.fields.language === null) {
    const language = detect();
    if (language) {
      metadata.fields.language = language;
      metadata.provenance.language = 'detected:franc';
    }
  }
  return metadata;
}

export type { Metadata, MetadataFields } from './types.ts';
