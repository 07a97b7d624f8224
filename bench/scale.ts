// `npm run bench:scale -- N`: builds a synthetic corpus of N captures and prints captures per
// second, peak resident memory, and the times of an unchanged rebuild and of a rebuild after
// touching 1% of the captures. Every figure is also given against a peer measured in the same
// run (reading and hashing the same files), since machines are noisy.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from './synthetic.ts';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench:scale -- N   (N captures, e.g. 10000)');
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'pagepress-scale-'));
const raw = join(root, 'raw');
const cache = join(root, 'cache');
const out = join(root, 'dist');
process.stderr.write(`generating ${count} captures in ${raw} …\n`);
writeSyntheticCorpus(raw, count);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
const files = listFiles(raw);
const totalBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

// The peer: read and hash every capture, the least any build must do.
const peerStart = performance.now();
for (const file of files) createHash('sha256').update(readFileSync(file)).digest('hex');
const peerSeconds = (performance.now() - peerStart) / 1000;

interface Run {
  seconds: number;
  peakRssMB: number;
  outcome: string;
  documents: number;
  rejected: number;
}
const measure = (version: string): Run =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scale-run.ts'), raw, out, cache, version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!);

process.stderr.write('full build …\n');
const full = measure('1.0.0');
process.stderr.write('unchanged rebuild …\n');
const unchanged = measure('1.0.0');
const touched = files.filter((_, i) => i % 100 === 0);
for (const file of touched) appendFileSync(file, '\nA sentence added to this capture after the first build.\n');
process.stderr.write(`rebuild after touching ${touched.length} captures …\n`);
const partial = measure('1.0.1');

const mb = (totalBytes / 1024 / 1024).toFixed(0);
const rows = [
  ['captures', String(count), `${mb} MB`],
  ['full build', `${full.seconds.toFixed(1)} s`, `${(count / full.seconds).toFixed(0)} captures/s; ${(full.seconds / peerSeconds).toFixed(1)}× the time to read and hash them (${peerSeconds.toFixed(2)} s)`],
  ['peak memory (full build)', `${full.peakRssMB} MB`, `documents ${full.documents}, rejected ${full.rejected}`],
  ['unchanged rebuild', `${unchanged.seconds.toFixed(2)} s`, `${(unchanged.seconds / full.seconds).toFixed(3)}× the full build (${unchanged.outcome}); peak ${unchanged.peakRssMB} MB`],
  ['rebuild after touching 1%', `${partial.seconds.toFixed(2)} s`, `${(partial.seconds / full.seconds).toFixed(3)}× the full build; peak ${partial.peakRssMB} MB`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`pagepress bench:scale — ${count} synthetic captures (seed 2024), ${process.env.PAGEPRESS_THREADS ?? 'all'} cores`);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${note}`);
rmSync(root, { recursive: true, force: true });
