// The pages and the timing rule shared by the CPU-per-page benches (issue 16): `bench:extract --cpu-ratio`
// (pagepress's whole chain against trafilatura) and bench/stage-cpu.ts (pagepress stage by stage). Both
// take every EVERY-th page of ../shared/dev/segments/html, the tuned and held-out parts (ids starting
// with "f") apart. The rule: every page is timed the first time its process sees it, as a build sees
// each page once. Each round starts a fresh process (a worker thread for pagepress, a Python process
// for trafilatura), warms it up untimed on up to WARMUP_PAGES of the same part's pages OUTSIDE the
// sample (V8's compilation, CPython's lazy caches), then times one pass over the sample. A warm-up over
// the timed pages themselves would flatter pagepress, which keeps results across pages (the dates cache,
// the class-word cache) and gains ~20% on a repeat where trafilatura gains 1–3%.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEGMENTS_HTML = join(import.meta.dirname, '..', '..', 'shared', 'dev', 'segments', 'html');
/** At most this many pages of a part's non-sampled pages warm a process up before its timed pass. */
export const WARMUP_PAGES = 60;

export interface CpuPart {
  name: 'tuned' | 'held out';
  /** The sampled capture file names in SEGMENTS_HTML: timed, once per round, each in a fresh process. */
  files: string[];
  /** Other pages of the same part (never one of `files`): the untimed warm-up. */
  warmup: string[];
}

/** Splits sorted capture names into the parts' samples (every `every`-th name) and their warm-up pages. */
export function splitSample(names: string[], every: number, warmupPages = WARMUP_PAGES): CpuPart[] {
  const sorted = [...names].sort();
  const parts: CpuPart[] = (['tuned', 'held out'] as const).map((name) => {
    const inPart = (file: string) => file.startsWith('f') === (name === 'held out');
    const others = sorted.filter((file, i) => i % every !== 0 && inPart(file));
    // Spread over the part rather than its first pages, so the warm-up meets the part's kinds of page.
    const step = Math.max(1, others.length / warmupPages);
    const warmup = Array.from({ length: Math.min(warmupPages, others.length) }, (_, k) => others[Math.floor(k * step)]!);
    return { name, files: sorted.filter((file, i) => i % every === 0 && inPart(file)), warmup };
  });
  return parts.filter((part) => part.files.length > 0);
}

/** The sampled parts (the empty ones left out), or null when the dev corpus is missing. */
export function cpuSample(every: number): CpuPart[] | null {
  if (!existsSync(SEGMENTS_HTML)) return null;
  return splitSample(
    readdirSync(SEGMENTS_HTML).filter((file) => /\.html(\.gz)?$/.test(file)),
    every,
  );
}

/** CPU seconds (user and system, all threads of this process) that `work` takes. */
export function cpuSecondsOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}
