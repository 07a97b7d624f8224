// Step `document`: a capture becomes its document record — the page read (ingest), cleaned of its
// chrome (clean), and what it states about itself (metadata) — with the cleaner's blocks for the
// audit view (document-run.ts). The code is loaded when the step first runs in a thread, so a
// build's main thread, which only merges what its workers made, never loads the cleaner.
import type * as DocumentRun from './document-run.ts';
import { loadedCode, type DocumentStep } from './step.ts';

let documentCode: typeof DocumentRun | null = null;

/** Hands the step its code where it was imported statically (pipeline-code.ts). */
export const provideDocumentCode = (code: typeof DocumentRun) => {
  documentCode = code;
};

export const documentStep: DocumentStep = {
  kind: 'document',
  name: 'document',
  code: import.meta.url,
  async load() {
    documentCode ??= await import('./document-run.ts');
  },
  run(input) {
    return loadedCode(documentCode, 'document').documentOutcome(input);
  },
};
