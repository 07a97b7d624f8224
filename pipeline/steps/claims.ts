// Step `claims`: the claims a document's text makes (who did or said what to whom), each with its
// evidence sentence; counted in the build report when the document is published.
import { extractClaims } from '../claims/index.ts';
import { inStage, type DocumentStep } from './step.ts';

export const claimsStep: DocumentStep = {
  kind: 'document',
  name: 'claims',
  code: import.meta.url,
  run({ parts: { document } }) {
    if (!document) throw new Error('the claims step needs a document: list it after the step that makes one');
    const claims = inStage('claims', () => extractClaims({ id: document.id, text: document.text, language: document.language, published: document.published }));
    return { parts: { claims }, counts: { claims: claims.length } };
  },
};
