// The worker thread on which the CPU benches (`bench:extract --cpu-ratio`, bench/stage-cpu.ts) time
// pagepress's per-page chain: a build runs the chain on pool workers, with their resource limits (the
// young generation's size sets how much of the CPU goes to garbage collection), so the benches run it
// the same way (run/executor.ts poolWorkerLimits; started by bench/chain-timer.ts). A worker is fresh
// for each round and times each page the first time it sees it (bench/cpu-sample.ts): one message
// {warmup, files, stages}, an untimed pass over `warmup` (pages outside the sample), then one timed
// pass over `files`, answered as CPU seconds (process.cpuUsage: the whole process, whose main thread
// only waits for this answer meanwhile) and, with `stages`, each stage's CPU milliseconds.
// The chain is the compiled lib/ (bench/compiled-lib.ts, brought up to date by chain-timer.ts), as a
// build's workers run it, not the sources through tsx: that transform alone cost the chain several
// per cent. This module itself runs through tsx, which leaves the .js files it imports as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type * as ClaimsModule from '../pipeline/claims/index.ts';
import type * as CleanModule from '../pipeline/clean/index.ts';
import type * as DecodeModule from '../pipeline/ingest/decode.ts';
import type * as PageModule from '../pipeline/ingest/page.ts';
import type * as MetadataModule from '../pipeline/metadata/index.ts';
import type * as ProcessModule from '../pipeline/run/process.ts';
import { importCompiled } from './compiled-lib.ts';
import { cpuSecondsOf, SEGMENTS_HTML } from './cpu-sample.ts';

export const STAGES = ['ingest', 'clean', 'metadata', 'claims'] as const;
export type Stage = (typeof STAGES)[number];

export interface ChainRequest {
  warmup: string[];
  files: string[];
  /** Time stage by stage (the stages a build runs, called one by one) rather than the chain as a whole. */
  stages: boolean;
}

export interface ChainTiming {
  seconds: number;
  /** CPU milliseconds per stage over the timed pass (only when asked for stages). */
  stages: Record<Stage, number> | null;
  /** Cleaned text characters over the timed pass (only when asked for stages). */
  chars: number;
}

const milliseconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e3;
};

/** The chain's entry points, from lib/. */
interface Chain {
  extractClaims: typeof ClaimsModule.extractClaims;
  cleanPage: typeof CleanModule.cleanPage;
  decodeCapture: typeof DecodeModule.decodeCapture;
  toPage: typeof PageModule.toPage;
  extractMetadata: typeof MetadataModule.extractMetadata;
  processCapture: typeof ProcessModule.processCapture;
}

async function loadChain(): Promise<Chain> {
  const [claims, clean, decode, page, metadata, process] = await Promise.all([
    importCompiled('claims/index') as Promise<typeof ClaimsModule>,
    importCompiled('clean/index') as Promise<typeof CleanModule>,
    importCompiled('ingest/decode') as Promise<typeof DecodeModule>,
    importCompiled('ingest/page') as Promise<typeof PageModule>,
    importCompiled('metadata/index') as Promise<typeof MetadataModule>,
    importCompiled('run/process') as Promise<typeof ProcessModule>,
  ]);
  return { ...claims, ...clean, ...decode, ...page, ...metadata, ...process };
}

/** One page through the stages a build runs, each stage's CPU added to `spent`; the cleaned text's length. */
function runStages(
  { decodeCapture, toPage, cleanPage, extractMetadata, extractClaims }: Chain,
  file: string,
  bytes: Buffer,
  spent: Record<Stage, number>,
): number {
  let at = milliseconds();
  const lap = (stage: Stage) => {
    const now = milliseconds();
    spent[stage] += now - at;
    at = now;
  };
  const page = toPage(decodeCapture(file, bytes));
  lap('ingest');
  const cleaned = cleanPage(page);
  lap('clean');
  const metadata = extractMetadata(page, cleaned);
  lap('metadata');
  extractClaims({ id: 'doc', text: cleaned.text, language: metadata.fields.language, published: metadata.fields.published });
  lap('claims');
  return cleaned.text.length;
}

const seen = new Set<string>();
// Loaded on the first request, so the benches' main threads, which import STAGES from here, load no chain.
let chain: Promise<Chain> | null = null;
parentPort?.on('message', async ({ warmup, files, stages }: ChainRequest) => {
  chain ??= loadChain();
  const loaded = await chain;
  const { processCapture, decodeCapture } = loaded;
  // The rule this worker exists for: a timed page is one this process has never processed.
  const again = files.filter((file) => seen.has(file) || warmup.includes(file));
  if (again.length) throw new Error(`chain-worker: ${again.length} timed page(s) seen before in this worker`);
  const read = (list: string[]) => list.map((file) => [file, readFileSync(join(SEGMENTS_HTML, file))] as const);
  for (const [file, bytes] of read(warmup)) {
    seen.add(file);
    processCapture(decodeCapture(file, bytes));
  }
  const pages = read(files);
  for (const [file] of pages) seen.add(file);
  const spent: Record<Stage, number> = { ingest: 0, clean: 0, metadata: 0, claims: 0 };
  let chars = 0;
  const seconds = cpuSecondsOf(() => {
    for (const [file, bytes] of pages) {
      if (stages) chars += runStages(loaded, file, bytes, spent);
      else processCapture(decodeCapture(file, bytes));
    }
  });
  parentPort!.postMessage({ seconds, stages: stages ? spent : null, chars } satisfies ChainTiming);
});
