// The pages and the timing rule shared by the CPU-per-page benches (issue 16): `bench:extract --cpu-ratio`
// (pagepress's whole chain against trafilatura) and bench/stage-cpu.ts (pagepress stage by stage). Both
// take every EVERY-th page of ../shared/dev/segments/html, the tuned and held-out parts (ids starting
// with "f") apart, and time each part the same way for every system in every round: one untimed pass
// over the part (warm-up: V8's compilation, CPython's lazy caches, files in the page cache), then
// `passes` timed passes, as many as it takes to time at least MIN_TIMED_PAGES pages, so a short part
// (the held-out one has 17 pages) is not timed in a single pass of half a second.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEGMENTS_HTML = join(import.meta.dirname, '..', '..', 'shared', 'dev', 'segments', 'html');
/** Pages each part's timed passes add up to at least, per round and system. */
export const MIN_TIMED_PAGES = 60;

export interface CpuPart {
  name: 'tuned' | 'held out';
  /** Capture file names in SEGMENTS_HTML. */
  files: string[];
  /** Timed passes over `files` per round, after the untimed one. */
  passes: number;
}

/** How many passes over `pages` pages time at least `least` pages. */
export const passesFor = (pages: number, least = MIN_TIMED_PAGES): number => Math.max(1, Math.ceil(least / Math.max(1, pages)));

/** The sampled parts (the empty ones left out), or null when the dev corpus is missing. */
export function cpuSample(every: number): CpuPart[] | null {
  if (!existsSync(SEGMENTS_HTML)) return null;
  const sample = readdirSync(SEGMENTS_HTML)
    .filter((file) => /\.html(\.gz)?$/.test(file))
    .sort()
    .filter((_, i) => i % every === 0);
  const parts: CpuPart[] = [
    { name: 'tuned', files: sample.filter((file) => !file.startsWith('f')), passes: 0 },
    { name: 'held out', files: sample.filter((file) => file.startsWith('f')), passes: 0 },
  ];
  return parts.filter((part) => part.files.length > 0).map((part) => ({ ...part, passes: passesFor(part.files.length) }));
}

/** CPU seconds (user and system, all threads of this process) that `work` takes. */
export function cpuSecondsOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}
