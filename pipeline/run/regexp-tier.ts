// How V8 compiles the pipeline's regular expressions, set once per process before pages are read
// (issue 16: start-up of each build worker). By default V8 first compiles a pattern to bytecode and
// interprets it, then compiles it again to machine code once it has run: the cleaner's, the
// metadata's and the claims' lexicon patterns (alternations of hundreds of phrases) and chrono's
// are compiled twice on every worker's first pages. Without the tier-up each is compiled once,
// straight to machine code. Measured on the first 20 tuned segments pages in a fresh process
// (compiled lib/, machine shared, alternating runs): CPU of those pages 2.35-2.97 s -> 2.12-2.48 s;
// steady-state CPU over 702 pages the same within noise. V8 flags are per process, so the workers
// started after this inherit it. Output is unchanged: only how a pattern runs, not what it matches.
import { setFlagsFromString } from 'node:v8';

let set = false;

/** Compile each regular expression once, to machine code (V8's --no-regexp-tier-up). */
export function compileRegexpsOnce(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--no-regexp-tier-up');
}
