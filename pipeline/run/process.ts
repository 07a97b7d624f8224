// The document steps of the pipeline over one capture, in this thread and without the cache: what
// `pagepress extract` prints and what tests and benchmarks run on a single capture. Pure and
// synchronous steps, so the result is the one a build caches for the same capture. Importing it
// loads every document step's code (a build's main thread, which never runs them, does not import it).
import type { DatasetConfig } from '../config.ts';
import type { Capture } from '../ingest/capture.ts';
import type { BlockRecord } from '../records/block.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { Line } from '../steps/step.ts';
import { PIPELINE } from '../pipeline.ts';
import { resolveSteps } from './plan.ts';
import { loadDocumentSteps, runDocumentSteps } from './steps.ts';

export { blockRecords, countWords, documentId, documentOf } from '../steps/document-run.ts';

await loadDocumentSteps(PIPELINE);
export { StageError } from '../steps/step.ts';

export interface Processed {
  document: DocumentRecord;
  claims: ClaimRecord[];
  blocks: BlockRecord[];
  /** Set when a document step dropped the capture: the steps after it did not run. */
  drop: Line | null;
}

/** Runs the document steps that `config` switches on (by default, those of the default config). */
export function processCapture(capture: Capture, config: Pick<DatasetConfig, 'steps'> | null = null): Processed {
  const made = runDocumentSteps(resolveSteps(config), capture);
  if (!made.parts.document) throw new Error('no step of the pipeline made a document');
  return { document: made.parts.document, claims: made.parts.claims ?? [], blocks: made.parts.blocks ?? [], drop: made.drop };
}
