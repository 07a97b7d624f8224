// PLACEHOLDER — replaced by the claims extractor.
import type { ClaimRecord } from '../records/claim.ts';
export const CLAIMS_EXTRACTOR = 'pagepress-claims@0.0.0';
export interface ClaimInput { id: string; text: string; language: string | null }
export function extractClaims(_document: ClaimInput): ClaimRecord[] {
  return [];
}
