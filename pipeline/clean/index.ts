// The clean stage: keeps the article's own text, in paragraphs, and drops the chrome. Dispatches
// on the capture's format; both paths return the same Cleaned shape.
import type { Page } from '../ingest/page.ts';
import type { Cleaned } from '../text/blocks.ts';
import { cleanHtml } from './html/index.ts';
import { cleanText } from './text/index.ts';

export const CLEAN_VERSION = '0.1.0';

export function cleanPage(page: Page): Cleaned {
  return page.html ? cleanHtml(page.html, page.jsonLd) : cleanText(page.capture.content);
}

export type { Block, Cleaned } from '../text/blocks.ts';
