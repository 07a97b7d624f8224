// The worker thread on which `bench:extract --cpu-ratio` times pagepress's whole chain (decode, parse,
// clean, metadata, claims): a build runs the chain on pool workers, with their resource limits (the
// young generation's size sets how much of the CPU goes to garbage collection), so the bench runs it
// the same way (run/executor.ts poolWorkerLimits). Each message {files, passes} runs one untimed
// warm-up pass over the files and then `passes` timed ones, and answers each timed pass's CPU seconds
// (process.cpuUsage: the whole process, whose main thread only waits for this answer meanwhile).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { processCapture } from '../pipeline/run/process.ts';
import { cpuSecondsOf, SEGMENTS_HTML } from './cpu-sample.ts';

export interface ChainPasses {
  files: string[];
  passes: number;
}

parentPort?.on('message', ({ files, passes }: ChainPasses) => {
  const pages = files.map((file) => [file, readFileSync(join(SEGMENTS_HTML, file))] as const);
  const pass = () => {
    for (const [file, bytes] of pages) processCapture(decodeCapture(file, bytes));
  };
  pass();
  parentPort!.postMessage(Array.from({ length: passes }, () => cpuSecondsOf(pass)));
});
