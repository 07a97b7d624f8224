// The cleaner's output: the page as a sequence of blocks, each kept or dropped with a reason.
// The clean text and markdown derive from the kept blocks; the dropped ones feed the audit view.
// Kept below the stages: clean writes these shapes and metadata reads them, neither imports the other.
import type { Extraction } from '../records/document.ts';

export type ContentKind = 'heading' | 'paragraph' | 'list' | 'quote' | 'table' | 'caption' | 'code';

/** Why a block is not article text. */
export type ChromeKind =
  | 'title' // the article title (carried as metadata, not repeated in the text)
  | 'byline'
  | 'dateline'
  | 'page-metadata' // volume/pages/keywords/views/reading time lines and the like
  | 'menu'
  | 'breadcrumb'
  | 'share'
  | 'related'
  | 'comment'
  | 'signin'
  | 'cookie'
  | 'newsletter'
  | 'advert'
  | 'footer'
  | 'header'
  | 'sidebar'
  | 'attachment'
  | 'repeated'
  | 'boilerplate';

export interface Block {
  /** The block's text, whitespace-normalised; hard-wrapped lines already rejoined. */
  text: string;
  kind: ContentKind | ChromeKind;
  kept: boolean;
  /** For dropped blocks, a short reason a person can read ("menu: bullet list of short title-case items"). */
  reason: string | null;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** Items of a list block. */
  items?: string[];
  /** Where the block came from in capture.content: character offsets [start, end). */
  span: { start: number; end: number } | null;
}

export interface Cleaned {
  blocks: Block[];
  /** Kept blocks, paragraphs separated by one blank line. */
  text: string;
  /** Kept blocks as Markdown. */
  markdown: string;
  /** Which way found the text, and why the first way was not kept (the document's `extraction`). */
  extraction: Extraction;
}
