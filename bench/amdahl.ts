// The speedup a build on N workers can reach at best, from CPU times alone (which the machine's
// load does not change, unlike wall times): Amdahl's law over the build cut at its first and last
// captures. Before the first capture goes out and after the last comes back (publishing) the build
// runs on one thread, counted serial whole; between them the workers share the CPU, except what the
// main thread spends meanwhile, which no worker can take off it (merging their results).

/** CPU seconds of one part of a build: every thread's, and the main thread's alone. */
export interface CpuPart {
  cpuSeconds: number;
  mainCpuSeconds: number;
}

export interface BuildParts {
  /** Before the first capture went out. */
  head: CpuPart;
  /** From the first capture out to the last one back. */
  pages: CpuPart;
  /** After the last capture came back: closing the pool, assembling, publishing. */
  tail: CpuPart;
}

export interface Bound {
  /** The shortest time the build could take on `workers` idle cores, in CPU seconds. */
  seconds: number;
  /** The bound on the speedup: `oneThreadSeconds` ÷ `seconds`. */
  speedup: number;
  /** The serial share of the build's CPU (head and tail). */
  serialShare: number;
  /** Whether the main thread, not the workers, sets the pace of the pages part. */
  mainBound: boolean;
}

/**
 * The bound for a build whose parts are `parts` (measured on `workers` workers), against one
 * thread taking `oneThreadSeconds` of CPU (the one-worker build's CPU: each extra worker loads the
 * pipeline again, which the bound then counts against the parallel build).
 */
export function amdahlBound(parts: BuildParts, workers: number, oneThreadSeconds: number): Bound {
  const serial = parts.head.cpuSeconds + parts.tail.cpuSeconds;
  const pagesPerCore = parts.pages.cpuSeconds / Math.max(1, workers);
  const seconds = serial + Math.max(pagesPerCore, parts.pages.mainCpuSeconds);
  const total = serial + parts.pages.cpuSeconds;
  return {
    seconds,
    speedup: seconds > 0 ? oneThreadSeconds / seconds : 0,
    serialShare: total > 0 ? serial / total : 0,
    mainBound: parts.pages.mainCpuSeconds > pagesPerCore,
  };
}
