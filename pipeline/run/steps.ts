// Running the step list (pipeline/pipeline.ts) without knowing any step by name: the document
// steps over one capture (with or without the cache), and the corpus steps over every capture's
// summary. Which steps run, and their keys, is plan.ts's (the main thread's; worker threads get the
// plan as data and load only this).
import type { Capture } from '../ingest/capture.ts';
import { PIPELINE } from '../pipeline.ts';
import { BuildReport, type Problem } from '../records/report.ts';
import type { AnyStep, Counts, CorpusStep, Line, Outcome, Parts } from '../steps/step.ts';

/** A step as one build runs it: switched on, with its options from the config. */
export interface Resolved {
  step: AnyStep;
  options: unknown;
}

/** A step in a build's plan: what a worker thread, a partial result and the cache need (plain data). */
export interface Planned {
  name: string;
  key: string;
  options: unknown;
}

export type Plan = Planned[];

/** The steps of a plan, looked up in the pipeline list. */
export function stepsOf(plan: Plan, list: readonly AnyStep[] = PIPELINE): Keyed[] {
  return plan.map(({ name, key, options }) => {
    const step = list.find((s) => s.name === name);
    if (!step) throw new Error(`the plan names a step the pipeline does not have: ${name}`);
    return { step, key, options };
  });
}

/** A step of a plan: resolved, with its cache key. */
export type Keyed = Resolved & { key: string };

/** What one step left in the cache for one capture: a document step's outcome, or a corpus step's gathered fact. */
export type Entry = Outcome | { fact: unknown };

/** Where a build keeps entries (the cache folder). */
export interface EntryStore {
  get(step: string, key: string, sha256: string): Promise<Entry | null>;
  put(step: string, key: string, sha256: string, entry: Entry): Promise<void>;
}

/** What the steps made of one capture. */
export interface Made {
  parts: Partial<Parts>;
  /** Report lines for when it is published. */
  notes: Line[];
  counts: Partial<Counts>;
  /** Set when a document step dropped it: the later steps did not run. */
  drop: Line | null;
  /** What each corpus step gathered, by step name. */
  facts: Record<string, unknown>;
}

export function addCounts(into: Partial<Counts>, more: Partial<Counts> | undefined): void {
  for (const [name, n] of Object.entries(more ?? {}) as [keyof Counts, number][]) into[name] = (into[name] ?? 0) + n;
}

/** What one step makes of a capture so far: a document step's outcome, or a corpus step's gathered fact. */
function entryOf({ step, options }: Resolved, capture: Capture, made: Made): Entry {
  return step.kind === 'document' ? step.run({ capture, parts: made.parts }, options) : { fact: step.gather!(made.parts, options) ?? null };
}

/** Adds a step's entry to what was made; false when it dropped the capture, so no later step runs. */
function fold(made: Made, step: string, entry: Entry): boolean {
  if ('fact' in entry) {
    made.facts[step] = entry.fact;
    return true;
  }
  Object.assign(made.parts, entry.parts);
  made.notes.push(...(entry.notes ?? []));
  addCounts(made.counts, entry.counts);
  made.drop = entry.drop ?? null;
  return !made.drop;
}

const emptyMade = (): Made => ({ parts: {}, notes: [], counts: {}, drop: null, facts: {} });

/** Whether the runner takes this step's entry: every document step, and corpus steps that gather when asked to. */
const takes = ({ step }: Resolved, gather: boolean) => step.kind === 'document' || (gather && step.gather !== undefined);

/**
 * Runs the steps over one capture, each from its cache entry when the store has one, and what the
 * corpus steps gather. Without the capture (`null`: the caller trusts the cache to hold everything),
 * returns null at the first entry missing.
 */
export async function runSteps(steps: Keyed[], sha256: string, capture: Capture | null, store: EntryStore): Promise<Made | null> {
  const made = emptyMade();
  for (const keyed of steps) {
    if (!takes(keyed, true)) continue;
    let entry = await store.get(keyed.step.name, keyed.key, sha256);
    if (!entry) {
      if (!capture) return null;
      if (keyed.step.kind === 'document') await keyed.step.load?.();
      entry = entryOf(keyed, capture, made);
      await store.put(keyed.step.name, keyed.key, sha256, entry);
    }
    if (!fold(made, keyed.step.name, entry)) break;
  }
  return made;
}

/** Loads the code of every document step among `steps` (see DocumentStep.load), before runDocumentSteps runs them. */
export async function loadDocumentSteps(steps: readonly AnyStep[]): Promise<void> {
  await Promise.all(steps.map((step) => (step.kind === 'document' ? step.load?.() : undefined)));
}

/** The document steps over one capture, in this thread, with no cache: what `pagepress extract` prints (their code loaded first: loadDocumentSteps). */
export function runDocumentSteps(resolved: Resolved[], capture: Capture): Made {
  const made = emptyMade();
  for (const step of resolved) if (takes(step, false) && !fold(made, step.step.name, entryOf(step, capture, made))) break;
  return made;
}

/** One capture as the corpus steps see it: what the worker made of it, without the records themselves. */
export interface CaptureSummary {
  path: string;
  sha256: string | null;
  /** Why nothing could be made of it (unreadable, a step threw, timed out). */
  problem: Problem | null;
  drop: Line | null;
  facts: Record<string, unknown>;
  notes: Line[];
  counts: Partial<Counts>;
}

export const failedSummary = (path: string, problem: Problem, sha256: string | null = null): CaptureSummary => ({
  path,
  sha256,
  problem,
  drop: null,
  facts: {},
  notes: [],
  counts: {},
});

/** One published document: which capture's cached records it is, and what the corpus steps marked on it. */
export interface Placement {
  path: string;
  sha256: string;
  /** Corpus step name → its mark, in list order. */
  marks: [string, unknown][];
}

export interface Assembly {
  placements: Placement[];
  problems: Problem[];
  counts: BuildReport['counts'];
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The corpus steps over every capture's summary: captures that failed or were dropped become report
 * lines, the rest go through each corpus step in list order; those left are published. The counts
 * the steps add go into the report's counts; the executor's own are files, documents, rejected
 * (failed or dropped, not merged) and skipped.
 */
export function assembleWith(resolved: Resolved[], summaries: CaptureSummary[], skipped: Problem[]): Assembly {
  const ordered = [...summaries].sort(byPath);
  const problems: Problem[] = [...skipped];
  const counts: Partial<Counts> = {};
  let rejected = 0;
  let live: CaptureSummary[] = [];
  for (const summary of ordered) {
    if (summary.problem || !summary.sha256) {
      if (summary.problem) problems.push(summary.problem);
      rejected++;
    } else if (summary.drop) {
      problems.push({ path: summary.path, ...summary.drop });
      rejected++;
    } else live.push(summary);
  }
  const marks = new Map<string, [string, unknown][]>(live.map((s) => [s.path, []]));
  for (const { step, options } of resolved) {
    if (step.kind !== 'corpus') continue;
    const verdict = (step as CorpusStep<unknown, unknown, unknown>).run(
      live.map((s) => ({ path: s.path, sha256: s.sha256!, fact: s.facts[step.name] })),
      options,
    );
    const gone = new Set<string>();
    for (const drop of verdict.drops ?? []) {
      problems.push({ path: drop.path, ...drop.line });
      gone.add(drop.path);
      if (drop.into === undefined) rejected++;
    }
    for (const { path, line } of verdict.lines ?? []) problems.push({ path, ...line });
    const marked = new Map(verdict.marks ?? []);
    for (const [path, mark] of marked) marks.get(path)?.push([step.name, mark]);
    addCounts(counts, verdict.counts);
    live = live.filter((s) => !gone.has(s.path));
  }
  for (const summary of live) {
    for (const note of summary.notes) problems.push({ path: summary.path, ...note });
    addCounts(counts, summary.counts);
  }
  problems.sort((x, y) => byPath(x, y) || (x.code < y.code ? -1 : x.code > y.code ? 1 : x.message < y.message ? -1 : x.message > y.message ? 1 : 0));
  // Published in the order of their content hash (which is the order of their ids).
  const placements = live.map((s) => ({ path: s.path, sha256: s.sha256!, marks: marks.get(s.path)! })).sort((x, y) => (x.sha256 < y.sha256 ? -1 : 1));
  const own: Partial<Counts> = {
    files: summaries.length,
    documents: placements.length,
    rejected,
    skipped: skipped.filter((p) => p.stage === 'discover').length,
  };
  return { placements, problems, counts: reportCounts({ ...counts, ...own }) };
}

/** Counts in the report's own field order, zero where nothing was counted. */
function reportCounts(counts: Partial<Counts>): Counts {
  const names = Object.keys(BuildReport.properties.counts.properties) as (keyof Counts)[];
  return Object.fromEntries(names.map((name) => [name, counts[name] ?? 0])) as Counts;
}

/** A placement's records as published: the document steps' parts with every corpus step's mark applied. */
export function amendParts(resolved: Resolved[], parts: Partial<Parts>, placement: Placement): Partial<Parts> {
  for (const [name, mark] of placement.marks) {
    const step = resolved.find((r) => r.step.name === name)?.step as CorpusStep<unknown, unknown, unknown> | undefined;
    step?.amend?.(parts, mark);
  }
  return parts;
}
