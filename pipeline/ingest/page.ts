// A Capture ready for the per-page stages: HTML is parsed once here (htmlparser2, fast and
// forgiving) and the tree shared by the cleaner and the metadata extractor, so no stage parses the
// same bytes twice. Nesting is bounded first, so no later tree walk can overflow the stack.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import type { Capture } from './capture.ts';
import { limitNesting } from './limit-nesting.ts';

export interface Page {
  capture: Capture;
  /** The parsed HTML document; null for text dumps. */
  html: CheerioAPI | null;
  /** True when tags nested past the limit were dropped before parsing. */
  flattened: boolean;
}

export function toPage(capture: Capture): Page {
  if (capture.format !== 'html') return { capture, html: null, flattened: false };
  const { html, flattened } = limitNesting(capture.content);
  return { capture, html: cheerio.load(parseDocument(html, { decodeEntities: true })), flattened };
}
