// The speedup a build on N workers can reach at best, from CPU times alone (which the machine's
// load does not change, unlike wall times): Amdahl's law over the build cut at its first and last
// captures. Each part takes at least its CPU spread over the cores, and at least the main thread's
// own CPU in it, which no other core can take: before the first capture goes out and after the
// last comes back (publishing) that is most of the work; between them, what the main thread spends
// merging the workers' results.

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
  /** The shortest time the build could take on `cores` idle cores, in CPU seconds. */
  seconds: number;
  /** The bound on the speedup: `oneThreadSeconds` ÷ `seconds`. */
  speedup: number;
  /** The shortest time of each part; the part is main-bound when the main thread's CPU sets it. */
  parts: Record<keyof BuildParts, { seconds: number; mainBound: boolean }>;
}

/** The shortest time of a part on `cores` idle cores. */
const partBound = (part: CpuPart, cores: number) => {
  const spread = part.cpuSeconds / Math.max(1, cores);
  return { seconds: Math.max(spread, part.mainCpuSeconds), mainBound: part.mainCpuSeconds > spread };
};

/**
 * The bound for a build whose parts are `parts` (measured on `cores` workers), against one thread
 * taking `oneThreadSeconds` of CPU (the one-worker build's: each extra worker loads the pipeline
 * again, which the bound then counts against the parallel build).
 */
export function amdahlBound(parts: BuildParts, cores: number, oneThreadSeconds: number): Bound {
  const bounds = {
    head: partBound(parts.head, cores),
    pages: partBound(parts.pages, cores),
    tail: partBound(parts.tail, cores),
  };
  const seconds = bounds.head.seconds + bounds.pages.seconds + bounds.tail.seconds;
  return { seconds, speedup: seconds > 0 ? oneThreadSeconds / seconds : 0, parts: bounds };
}
