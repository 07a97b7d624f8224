// Step `claims`: the claims a document's text makes (who did or said what to whom), each with its
// evidence sentence; counted in the build report when the document is published. The extractor is
// loaded when the step first runs in a thread (see document.ts).
import type * as Claims from '../claims/index.ts';
import { inStage, loadedCode, type DocumentStep } from './step.ts';

let claimsCode: typeof Claims | null = null;

/** Hands the step its code where it was imported statically (pipeline-code.ts). */
export const provideClaimsCode = (code: typeof Claims) => {
  claimsCode = code;
};

export const claimsStep: DocumentStep = {
  kind: 'document',
  name: 'claims',
  code: import.meta.url,
  async load() {
    claimsCode ??= await import('../claims/index.ts');
  },
  run({ parts: { document } }) {
    if (!document) throw new Error('the claims step needs a document: list it after the step that makes one');
    const claims = inStage('claims', () =>
      loadedCode(claimsCode, 'claims').extractClaims({ id: document.id, text: document.text, language: document.language, published: document.published }),
    );
    return { parts: { claims }, counts: { claims: claims.length } };
  },
};
