// The worker thread on which the CPU benches (`bench:extract --cpu-ratio`, bench/stage-cpu.ts) time
// pagepress's per-page chain: a build runs the chain on pool workers, with their resource limits (the
// young generation's size sets how much of the CPU goes to garbage collection), so the benches run it
// the same way (run/executor.ts poolWorkerLimits; started by bench/chain-timer.ts). A worker is fresh
// for each round and times each page the first time it sees it (bench/cpu-sample.ts): one message
// {warmup, files, stages}, an untimed pass over `warmup` (pages outside the sample), then one timed
// pass over `files`, answered as CPU seconds (process.cpuUsage: the whole process, whose main thread
// only waits for this answer meanwhile) and, with `stages`, each stage's CPU milliseconds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { extractClaims } from '../pipeline/claims/index.ts';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';
import { processCapture } from '../pipeline/run/process.ts';
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

/** One page through the stages a build runs, each stage's CPU added to `spent`; the cleaned text's length. */
function runStages(file: string, bytes: Buffer, spent: Record<Stage, number>): number {
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
parentPort?.on('message', ({ warmup, files, stages }: ChainRequest) => {
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
      if (stages) chars += runStages(file, bytes, spent);
      else processCapture(decodeCapture(file, bytes));
    }
  });
  parentPort!.postMessage({ seconds, stages: stages ? spent : null, chars } satisfies ChainTiming);
});
