// A Capture ready for the per-page stages: HTML is parsed once here (htmlparser2, fast and
// forgiving) and the tree shared by the cleaner and the metadata extractor, so no stage parses the
// same bytes twice; the same holds for the page's JSON-LD, read once into a list of nodes. Nesting
// is bounded first, so no later tree walk can overflow the stack.
// cheerio/slim: the same load() over htmlparser2 without the main entry's fetch and stream loaders
// (undici, parse5): about 150 ms less start-up, and the tree is parsed here by htmlparser2 anyway.
import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import type { Capture } from './capture.ts';
import { jsonLdNodes, type JsonLdNode } from './jsonld.ts';
import { limitNesting } from './limit-nesting.ts';

export interface Page {
  capture: Capture;
  /** The parsed HTML document; null for text dumps. */
  html: CheerioAPI | null;
  /** The page's JSON-LD objects, flattened out of arrays and @graph, in document order; [] for text dumps. */
  jsonLd: readonly JsonLdNode[];
  /** True when tags nested past the limit were dropped before parsing. */
  flattened: boolean;
}

export function toPage(capture: Capture): Page {
  if (capture.format !== 'html') return { capture, html: null, jsonLd: [], flattened: false };
  const { html, flattened } = limitNesting(capture.content);
  const $ = cheerio.load(parseDocument(html, { decodeEntities: true }));
  return { capture, html: $, jsonLd: jsonLdNodes($), flattened };
}
