// One measured build for bench/scale.ts, in its own process so its peak memory is its own.
// Prints one JSON line: seconds, peak resident memory, outcome and counts.
import { readConfig } from '../pipeline/config.ts';
import { build } from '../pipeline/run/build.ts';

const [raw, out, cache, version] = process.argv.slice(2);
const config = { ...(await readConfig()), version };
const started = performance.now();
const result = await build({ raw, out, config, cacheDir: cache });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), outcome: result.outcome, documents: result.report.counts.documents, rejected: result.report.counts.rejected })}\n`,
);
