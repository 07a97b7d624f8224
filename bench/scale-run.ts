// One measured build for bench/scale.ts, in its own process so its peak memory is its own.
// Arguments: raw out cache version [threads]. Prints one JSON line: seconds, peak resident memory,
// its CPU time, outcome, counts, the bytes of the version written, and the build split into its two
// phases (running the captures on the workers; publishing, on the main thread once the pool is
// closed), each with its wall and CPU time and the main thread's own CPU time (Linux: /proc), the
// part no second core can share; and the build cut where its captures start and end: the head
// before the first capture went out, the pages until the last came back, the tail after it. PAGEPRESS_COMPILED=1
// (bench/scale.ts sets it unless told 0) runs
// the compiled build (lib/, as the command does, workers included) instead of the sources through tsx.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../pipeline/config.ts';
import { threadCpuNow } from '../pipeline/publish/spans.ts';
import type * as Build from '../pipeline/run/build.ts';

const { build }: typeof Build =
  process.env.PAGEPRESS_COMPILED === '1' ? await import('../lib/run/build.js' as string) : await import('../pipeline/run/build.ts');

const [raw, out, cache, version, threads] = process.argv.slice(2);
const config = { ...(await readConfig()), version };
// CPU of every thread of the process (workers included): steadier than wall time on a shared machine.
const cpuNow = () => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1e6;
};
/** CPU seconds of the main thread alone (this one's; 0 where /proc is missing). */
const mainNow = threadCpuNow;
const started = performance.now();
const [cpuStart, mainStart] = [cpuNow(), mainNow()];
let collected = { seconds: 0, cpuSeconds: 0, mainCpuSeconds: 0 };
// When the last capture came back from its worker: what follows it (closing the pool, assembling,
// publishing) is the tail that no second core shortens.
let lastPage = { seconds: 0, cpuSeconds: 0, mainCpuSeconds: 0 };
// When the first capture went out to a worker (or was answered from the cache): what comes before
// it (planning, discovering, statting, starting the pool) runs on the main thread alone.
type Moment = { seconds: number; cpuSeconds: number; mainCpuSeconds: number };
const before: { firstPage: Moment | null } = { firstPage: null };
const now = (): Moment => ({ seconds: (performance.now() - started) / 1000, cpuSeconds: cpuNow() - cpuStart, mainCpuSeconds: mainNow() - mainStart });
const progress = {
  start() {},
  begin() {
    before.firstPage ??= now();
  },
  tick() {
    lastPage = now();
  },
  // The workers are done: what follows is assembling and publishing.
  done() {
    collected = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuNow() - cpuStart, mainCpuSeconds: mainNow() - mainStart };
  },
};
// Each part of the build as the build times it (spans.ts): CPU of the whole process, wall time.
const spans: { name: string; seconds: number; cpuSeconds: number }[] = [];
const result = await build({
  raw,
  out,
  config,
  cacheDir: cache,
  progress,
  onSpan: (span) => spans.push(span),
  ...(threads ? { threads: Number(threads) } : {}),
});
const seconds = (performance.now() - started) / 1000;
const [cpuSeconds, mainCpuSeconds] = [cpuNow() - cpuStart, mainNow() - mainStart];
const head = before.firstPage ?? { seconds: 0, cpuSeconds: 0, mainCpuSeconds: 0 };
const versionBytes = readdirSync(result.versionDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
process.stdout.write(
  `${JSON.stringify({
    seconds,
    cpuSeconds,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    outcome: result.outcome,
    documents: result.report.counts.documents,
    rejected: result.report.counts.rejected,
    versionBytes,
    // What went wrong with single captures (few; the bench reports its large page's).
    errors: result.report.problems.filter((p) => p.severity === 'error').map(({ path, code, message }) => ({ path, code, message })),
    collect: collected,
    tail: { seconds: seconds - lastPage.seconds, cpuSeconds: cpuSeconds - lastPage.cpuSeconds, mainCpuSeconds: mainCpuSeconds - lastPage.mainCpuSeconds },
    // From the first capture out to the last one back: the part of the build the workers share.
    pages: {
      seconds: lastPage.seconds - head.seconds,
      cpuSeconds: lastPage.cpuSeconds - head.cpuSeconds,
      mainCpuSeconds: lastPage.mainCpuSeconds - head.mainCpuSeconds,
    },
    head,
    publish: { seconds: seconds - collected.seconds, cpuSeconds: cpuSeconds - collected.cpuSeconds, mainCpuSeconds: mainCpuSeconds - collected.mainCpuSeconds },
    spans,
  })}\n`,
);
