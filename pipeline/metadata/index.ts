// The metadata stage: reads what the page states about itself (title, authors, dates, …) and
// nothing it does not. Dispatches on the capture's format; fills the language from the clean
// text when the page does not declare it and the detector is sure (else language_uncertain).
import type { Page } from '../ingest/page.ts';
import type { Cleaned } from '../text/blocks.ts';
import type { Metadata } from './types.ts';
import { htmlMetadata } from './html/index.ts';
import { textMetadata } from './text/index.ts';
import { languageOf, type LanguageDetection } from '../text/language-detection.ts';

export const METADATA_VERSION = '0.1.0';

export function extractMetadata(page: Page, cleaned: Cleaned): Metadata {
  // franc at most once per page, and only when asked: the extractors ask for dates in the page's
  // words, the language field below when the page declares none.
  let detection: LanguageDetection | undefined;
  const detect = () => (detection ??= languageOf(cleaned.text));
  const detectLanguage = () => detect().language;
  const metadata = page.html
    ? htmlMetadata(page.html, page.jsonLd, cleaned, { url: page.capture.url, capturedAt: page.capture.capturedAt, detectLanguage })
    : textMetadata(page.capture.content, cleaned, { capturedAt: page.capture.capturedAt, detectLanguage });
  if (metadata.fields.url === null && page.capture.url) {
    metadata.fields.url = page.capture.url;
    metadata.provenance.url = 'capture';
  }
  if (metadata.fields.language === null) {
    const { language, uncertain } = detect();
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
