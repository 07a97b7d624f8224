// One measured build for bench/scale.ts, in its own process so its peak memory is its own.
// Arguments: raw out cache version [threads]. Prints one JSON line: seconds, peak resident memory,
// its CPU time, outcome, counts, the bytes of the version written, and the build split into its two
// phases (running the captures on the workers; publishing, on the main thread once the pool is
// closed), each with its wall and CPU time and the main thread's own CPU time (Linux: /proc), the
// part no second core can share, and the tail after the last capture came back. PAGEPRESS_COMPILED=1
// (bench/scale.ts sets it unless told 0) runs
// the compiled build (lib/, as the command does, workers included) instead of the sources through tsx.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../pipeline/config.ts';
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
/** CPU seconds of the main thread alone (utime + stime, in clock ticks of 1/100 s); 0 where /proc is missing. */
const threadStat = `/proc/self/task/${process.pid}/stat`;
const mainNow = () => {
  if (!existsSync(threadStat)) return 0;
  const fields = readFileSync(threadStat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const started = performance.now();
const [cpuStart, mainStart] = [cpuNow(), mainNow()];
let collected = { seconds: 0, cpuSeconds: 0, mainCpuSeconds: 0 };
// When the last capture came back from its worker: what follows it (closing the pool, assembling,
// publishing) is the tail that no second core shortens.
let lastPage = { seconds: 0, cpuSeconds: 0 };
const progress = {
  start() {},
  begin() {},
  tick() {
    lastPage = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuNow() - cpuStart };
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
    tail: { seconds: seconds - lastPage.seconds, cpuSeconds: cpuSeconds - lastPage.cpuSeconds },
    publish: { seconds: seconds - collected.seconds, cpuSeconds: cpuSeconds - collected.cpuSeconds, mainCpuSeconds: mainCpuSeconds - collected.mainCpuSeconds },
    spans,
  })}\n`,
);
