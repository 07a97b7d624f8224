// The step interface: what every stage of the pipeline is to the executor, after datatrove's
// PipelineStep. A step has a name, a version derived from its own code (see run/step-version.ts),
// and one method: over one document (a document step) or over the whole corpus (a corpus step).
// pipeline/pipeline.ts lists the steps in order; the executor (pipeline/run/) runs that list and
// knows no step by name. A filter drops with a reason code, and every drop is a build-report line.
import type { TSchema } from 'typebox';
import type { Capture } from '../ingest/capture.ts';
import type { BlockRecord } from '../records/block.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { BuildReport, Problem, Stage } from '../records/report.ts';

/** The records a document carries through the steps; each step adds its part, and publishing writes them. */
export interface Parts {
  document: DocumentRecord;
  /** The cleaner's blocks, kept and dropped, for the audit view. */
  blocks: BlockRecord[];
  claims: ClaimRecord[];
}

/** The build report's counts (a published schema: steps add to the fields it has). */
export type Counts = BuildReport['counts'];

/** One build-report line about one capture; the executor adds the capture's path. */
export type Line = Omit<Problem, 'path'>;

/** What a document step is given: the capture being processed and the parts earlier steps made of it. */
export interface DocumentInput {
  capture: Capture;
  parts: Partial<Parts>;
}

/** What a document step makes of one document. Cached as JSON, so plain data only. */
export interface Outcome {
  /** Parts added to the document as it moves on. */
  parts?: Partial<Parts>;
  /** Lines for the build report, written when the document is published. */
  notes?: Line[];
  /** What the document adds to the report's counts when it is published. */
  counts?: Partial<Counts>;
  /** The document goes no further: not published, and this line says why. */
  drop?: Line;
}

interface StepBase<Options> {
  name: string;
  /** The step's module (its import.meta.url): the step's version is the hash of the code it imports. */
  code: string;
  /**
   * Options from the `steps` object of pagepress.config.json, by step name. A step that declares them
   * is off unless the config gives them (so adding one changes no default build); they are part of its
   * cache key.
   */
  options?: TSchema;
  /** Marks the options type; never set. */
  readonly optionsType?: Options;
}

export interface DocumentStep<Options = undefined> extends StepBase<Options> {
  kind: 'document';
  /**
   * Loads the code `run` needs, where it is heavy (the cleaner, the claims extractor): awaited before
   * the step's first run in a thread (run/steps.ts), so a build's main thread, which never runs the
   * step, never loads it. Workers have it from their start (pipeline-code.ts).
   */
  load?(): Promise<void>;
  run(input: DocumentInput, options: Options): Outcome;
}

/** A step's lazily loaded code, or an error that says the step ran before its load() was awaited. */
export function loadedCode<Code>(code: Code | null, step: string): Code {
  if (!code) throw new Error(`step ${step} ran before its code was loaded (await its load() first: run/steps.ts loadDocumentSteps)`);
  return code;
}

/** One published-so-far document as a corpus step sees it: where it came from, and what it gathered. */
export interface CorpusItem<Fact> {
  path: string;
  sha256: string;
  fact: Fact;
}

/** What a corpus step decides about the corpus. */
export interface CorpusVerdict<Mark> {
  /** Items that leave the corpus, with the line that says why; `into`: merged into the item at that path rather than rejected. */
  drops?: { path: string; line: Line; into?: string }[];
  /** Lines about items that stay. */
  lines?: { path: string; line: Line }[];
  /** What to change in a staying item's records when it is published (see `amend`). */
  marks?: [path: string, mark: Mark][];
  counts?: Partial<Counts>;
}

export interface CorpusStep<Fact = undefined, Mark = undefined, Options = undefined> extends StepBase<Options> {
  kind: 'corpus';
  /** What the step needs from one document, taken beside the document steps (in parallel, cached); keep it small. */
  gather?(parts: Partial<Parts>, options: Options): Fact;
  /** Over every document still in the corpus, in path order. */
  run(items: CorpusItem<Fact>[], options: Options): CorpusVerdict<Mark>;
  /** Applies a mark to a document's records as it is published. */
  amend?(parts: Partial<Parts>, mark: Mark): void;
}

// A list holds steps of any options, facts and marks.
// biome-ignore lint/suspicious/noExplicitAny: a list mixes steps whose option, fact and mark types differ; each step checks its own.
export type AnyStep = DocumentStep<any> | CorpusStep<any, any, any>;

/** A step threw: carries the report stage to name, so the build report says where a capture failed. */
export class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly cause: unknown,
  ) {
    super(`${stage} failed: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    this.name = 'StageError';
  }
}

/** Runs `run`, naming `stage` when it throws. */
export function inStage<T>(stage: Stage, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof StageError ? error : new StageError(stage, error);
  }
}
