// PLACEHOLDER — replaced by the text-dump metadata extractor.
import type { Cleaned } from '../../clean/block.ts';
import { emptyMetadata, type Metadata } from '../types.ts';
export function textMetadata(_content: string, _cleaned: Cleaned): Metadata {
  return { fields: emptyMetadata(), provenance: {}, warnings: [] };
}
