// PLACEHOLDER — replaced by the HTML metadata extractor.
import type { CheerioAPI } from 'cheerio';
import type { Cleaned } from '../../clean/block.ts';
import { emptyMetadata, type Metadata } from '../types.ts';
export function htmlMetadata($: CheerioAPI, _cleaned: Cleaned): Metadata {
  const fields = emptyMetadata();
  fields.title = $('title').first().text().trim() || null;
  return { fields, provenance: {}, warnings: [] };
}
