// One hand-written claim record for tests that need a record rather than an extraction: when the
// claim record gains a field, this is the one place to give it.
import type { ClaimRecord } from '../pipeline/records/claim.ts';

/** "Algeria buys arms from Russia.": an asserted Algeria–Russia arms transfer, with the fields given. */
export function sampleClaim(fields: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: 'clm_0123456789abcdef',
    document_id: 'doc_0123456789abcdef',
    text: 'Algeria buys arms from Russia.',
    start: 0,
    end: 30,
    subject: { name: 'Algeria', mention: 'Algeria', id: 'DZA', type: 'country', country: 'DZA', sector: null },
    relation: 'arms_transfer',
    object: { name: 'Russia', mention: 'Russia', id: 'RUS', type: 'country', country: 'RUS', sector: null },
    event: 'AID',
    mode: null,
    context: ['military'],
    modality: 'asserted',
    polarity: 'positive',
    attributed_to: null,
    time: null,
    quantities: [],
    confidence: 0.5,
    extractor: 'test@1.0.0',
    ...fields,
  };
}
