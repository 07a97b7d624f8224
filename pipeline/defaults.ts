// The defaults the library applies and the command line shows in its help. Kept free of imports
// beyond node:os, so `pagepress --help` loads nothing but this, commander and the command list.
import { availableParallelism } from 'node:os';

/** The dataset config a build reads when none is named. */
export const CONFIG_FILE = 'pagepress.config.json';

/** Time limit per capture. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Heap of the worker that retries, alone, a capture that outgrew a pool worker (--worker-mb): the
 * most one capture may take, so a huge page is stopped and reported before it takes the machine.
 */
export const DEFAULT_ROOMY_WORKER_MB = 4096;

/** Where `build` keeps per-capture results between builds. */
export const DEFAULT_CACHE = '.cache/pagepress';

/** The most a downloaded release archive may unpack to. */
export const DEFAULT_MAX_UNPACKED = 2 * 1024 * 1024 * 1024;

/** Worker threads (and captures in flight): one per core. */
export const defaultThreads = () => Math.max(1, availableParallelism());
