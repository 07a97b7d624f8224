// A Capture ready for the per-page stages: HTML is parsed once here and the tree shared by the
// cleaner and the metadata extractor, so no stage parses the same bytes twice.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Capture } from './capture.ts';

export interface Page {
  capture: Capture;
  /** The parsed HTML document; null for text dumps. */
  html: CheerioAPI | null;
}

export function toPage(capture: Capture): Page {
  return { capture, html: capture.format === 'html' ? cheerio.load(capture.content) : null };
}
