// The metadata stage: reads what the page states about itself (title, authors, dates, …) and
// nothing it does not. Dispatches on the capture's format; fills the language from the clean
// text when the page does not declare it and the detector is sure (else language_uncertain).
import type { Page } from '../ingest/page.ts';
import type { Cleaned } from '../text/blocks.ts';
import type { Metadata } from './types.ts';
import { htmlMetadata } from './html/index.ts';
import { textMetadata } from './text/index.ts';
import { detectLanguage, languageOf } from '../text/language-detection.ts';

export const METADATA_VERSION = '0.1.0';

export function extractMetadata(page: Page, cleaned: Cleaned): Metadata {
  let detected: string | null | undefined;
  const detect = () => (detected === undefined ? (detected = detectLanguage(cleaned.text)) : detected);
  const metadata = page.html
    ? htmlMetadata(page.html, cleaned, { url: page.capture.url, capturedAt: page.capture.capturedAt, detectLanguage: detect })
    : textMetadata(page.capture.content, cleaned, { capturedAt: page.capture.capturedAt });
  if (metadata.fields.url === null && page.capture.url) {
    metadata.fields.url = page.capture.url;
    metadata.provenance.url = 'capture';
  }
  if (metadata.fields.language === null) {
    const { language, uncertain } = languageOf(cleaned.text);
    // Unsure (too little text, placeholder Latin, two languages nearly tied): a blank beats a guess.
    if (uncertain) {
      if (!metadata.warnings.includes('language_uncertain')) metadata.warnings = [...metadata.warnings, 'language_uncertain'];
    } else if (language) {
      metadata.fields.language = language;
      metadata.provenance.language = 'detected:franc';
    }
  }
  return metadata;
}

export type { Metadata, MetadataFields } from './types.ts';
