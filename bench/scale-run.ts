// One measured build for bench/scale.ts, in its own process so its peak memory is its own.
// Arguments: raw out cache version [threads]. Prints one JSON line: seconds, peak resident memory,
// its CPU time, outcome, counts, and the bytes of the version written.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../pipeline/config.ts';
import { build } from '../pipeline/run/build.ts';

const [raw, out, cache, version, threads] = process.argv.slice(2);
const config = { ...(await readConfig()), version };
const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await build({ raw, out, config, cacheDir: cache, ...(threads ? { threads: Number(threads) } : {}) });
const seconds = (performance.now() - started) / 1000;
// CPU of every thread of the process (workers included): steadier than wall time on a shared machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const versionBytes = readdirSync(result.versionDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), outcome: result.outcome, documents: result.report.counts.documents, rejected: result.report.counts.rejected, versionBytes })}\n`,
);
