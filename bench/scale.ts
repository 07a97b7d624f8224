// `npm run bench:scale -- N [--corpus realistic|synthetic] [--large-mb M]`: builds a corpus of N
// captures (realistic by default: the dev pages made unique, see realistic.ts; synthetic: generated
// prose, see synthetic.ts, the corpus of earlier stops; the realistic one falls back to it, saying
// so, when ../shared/dev is missing), and with --large-mb one HTML page of M MB, to see it processed
// or reported while the rest is published, and prints captures per
// second, peak resident memory, the times of an unchanged rebuild and of a rebuild after touching
// 1% of the captures, the share of the build spent publishing (a republish from the warm cache),
// the version's bytes against the captures', one thread against all cores (both cold: on a slice
// of 200 captures, and on all N), the tail of the full build after its last capture came back, what
// a pool worker spends before its first page, and the start-up of `--help` and of `extract` on one page. Every figure is
// also given as a ratio (to the full build, or to a peer measured in the same run: reading and
// hashing the same files), since machines are noisy.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isWebArchivePath } from '../pipeline/ingest/decode.ts';
import { amdahlBound, type BuildParts } from './amdahl.ts';
import { DEV_DIR, writeRealisticCorpus } from './realistic.ts';
import { writeLargePage, writeSyntheticCorpus } from './synthetic.ts';

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : (process.argv[at + 1] ?? '');
};
const count = Number(process.argv[2] ?? 1000);
const largeMb = Number(flag('--large-mb') ?? 0);
const asked = flag('--corpus') ?? 'realistic';
if (!Number.isInteger(count) || count < 1 || !(largeMb >= 0) || !['realistic', 'synthetic'].includes(asked)) {
  console.error(
    'usage: npm run bench:scale -- N [--corpus realistic|synthetic] [--large-mb M]   (N captures, e.g. 10000; realistic: the dev pages made unique, the default; M: add one HTML page of M MB)',
  );
  process.exit(2);
}

// The builds run the compiled lib/, as the command and its workers do for a user: through tsx each
// worker spends seconds more compiling sources at start-up, which on a few hundred captures hid
// most of the second core's gain. lib/ is rebuilt first so it matches the sources being measured;
// PAGEPRESS_COMPILED=0 measures the sources through tsx instead.
if (process.env.PAGEPRESS_COMPILED !== '0') {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'compile.mjs')], { stdio: 'ignore' });
  process.env.PAGEPRESS_COMPILED = '1';
}

const loadAtStart = loadavg()[0];
const root = mkdtempSync(join(tmpdir(), 'pagepress-scale-'));
const raw = join(root, 'raw');
const cache = join(root, 'cache');
const out = join(root, 'dist');
process.stderr.write(`generating ${count} ${asked} captures in ${raw} …\n`);
const realistic = asked === 'realistic' ? writeRealisticCorpus(raw, count) : null;
if (asked === 'realistic' && !realistic) process.stderr.write(`${DEV_DIR} holds no dev pages: falling back to the synthetic corpus\n`);
if (!realistic) writeSyntheticCorpus(raw, count);
const corpusName = realistic
  ? `realistic captures (${realistic.pages} dev pages made unique; ${realistic.archives} web archives of 10)`
  : `synthetic captures${asked === 'realistic' ? ' (../shared/dev missing)' : ''}`;
const largePath = largeMb > 0 ? writeLargePage(raw, largeMb) : null;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
const files = listFiles(raw);
// Each file's size as generated (before any is touched), from one stat per file.
const sizes = new Map(files.map((f) => [f, statSync(f).size]));
const totalBytes = files.reduce((sum, f) => sum + sizes.get(f)!, 0);

// The peer: read and hash every capture, the least any build must do.
const peerStart = performance.now();
for (const file of files) createHash('sha256').update(readFileSync(file)).digest('hex');
const peerSeconds = (performance.now() - peerStart) / 1000;

interface Phase {
  seconds: number;
  cpuSeconds: number;
  /** CPU of the main thread alone. */
  mainCpuSeconds: number;
}
interface Run extends BuildParts {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  outcome: string;
  documents: number;
  rejected: number;
  versionBytes: number;
  errors: { path: string; code: string; message: string }[];
  /** Each part of the build as it timed it (pipeline/publish/spans.ts). */
  spans: { name: string; seconds: number; cpuSeconds: number; threadCpuSeconds: number }[];
  /** Running the captures on the workers, then publishing on the main thread (scale-run.ts). */
  collect: Phase;
  publish: Phase;
  /** From the last capture back from its worker to the end of the build. */
  tail: Phase;
  /** Before the first capture went out; from it to the last one back (scale-run.ts). */
  head: Phase;
  pages: Phase;
}
const measure = (version: string, where = { raw, out, cache }, threads?: number): Run =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'scale-run.ts'), where.raw, where.out, where.cache, version, ...(threads ? [String(threads)] : [])],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
      .trim()
      .split('\n')
      .pop()!,
  );

process.stderr.write('full build …\n');
const full = measure('1.0.0');
process.stderr.write('unchanged rebuild …\n');
const unchanged = measure('1.0.0');
// Every capture from the warm cache into an empty folder of versions: what publishing costs.
process.stderr.write('republish from the warm cache …\n');
const republish = measure('1.0.0', { raw, out: join(root, 'dist-republish'), cache });
rmSync(join(root, 'dist-republish'), { recursive: true, force: true });

// One thread against all cores, both cold, on a slice (the first captures, up to 200).
const slice = files.slice(0, Math.min(files.length, 200));
const sliceRaw = join(root, 'slice');
for (const file of slice) {
  const target = join(sliceRaw, file.slice(raw.length + 1));
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(file, target);
}
process.stderr.write(`cold build of ${slice.length} captures in one thread …\n`);
const oneThread = measure('1.0.0', { raw: sliceRaw, out: join(root, 'slice-dist-1'), cache: join(root, 'slice-cache-1') }, 1);
process.stderr.write(`cold build of ${slice.length} captures on all cores …\n`);
const allCores = measure('1.0.0', { raw: sliceRaw, out: join(root, 'slice-dist-n'), cache: join(root, 'slice-cache-n') });
// The same at the whole corpus's N (the scale is thousands): on a few hundred captures each
// worker's start-up and the publish after the last one weigh several times what they do on
// thousands. The full build above is the all-cores run; this is its one-thread peer, cold too.
let wholeOneThread: Run | null = null;
if (files.length > slice.length) {
  process.stderr.write(`cold build of all ${count} captures in one thread …\n`);
  wholeOneThread = measure('1.0.0', { raw, out: join(root, 'whole-dist-1'), cache: join(root, 'whole-cache-1') }, 1);
}
rmSync(join(root, 'whole-cache-1'), { recursive: true, force: true });
rmSync(join(root, 'whole-dist-1'), { recursive: true, force: true });

// Start-up: the fastest of three runs of the CLI, as a user starts it.
const bin = join(import.meta.dirname, '..', 'bin', 'pagepress.js');
// The issue times `extract` on a page of about 2 KB: the smallest capture of at least 2 KB (the
// realistic corpus holds near-empty pages, whose start-up would say nothing about reading a page).
const pageSizes = files.filter((f) => !isWebArchivePath(f)).map((f) => ({ f, size: sizes.get(f)! }));
const sizable = pageSizes.filter(({ size }) => size >= 2048);
const onePage = (sizable.length > 0 ? sizable : pageSizes).reduce((small, p) => (p.size < small.size ? p : small)).f;
const fastest = (args: string[]) => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
};
process.stderr.write('start-up …\n');
const helpSeconds = fastest(['--help']);
const extractSeconds = fastest(['extract', onePage]);
// What one pool worker spends before it has done a page: a cold build of that one page on one
// worker, its CPU less the main thread's (loading the pipeline, the page's first-time compilation).
const onePageRaw = join(root, 'one-page');
mkdirSync(onePageRaw);
cpSync(onePage, join(onePageRaw, onePage.slice(onePage.lastIndexOf('/') + 1)));
const workerStart = measure('1.0.0', { raw: onePageRaw, out: join(root, 'one-page-dist'), cache: join(root, 'one-page-cache') }, 1);
const touched = files.filter((f) => !isWebArchivePath(f)).filter((_, i) => i % 100 === 0);
// Gzipped captures are touched inside their gzip; a web archive is never among the touched.
for (const file of touched) {
  const added = '\nA sentence added to this capture after the first build.\n';
  if (file.endsWith('.gz')) writeFileSync(file, gzipSync(Buffer.concat([gunzipSync(readFileSync(file)), Buffer.from(added)])));
  else appendFileSync(file, added);
}
process.stderr.write(`rebuild after touching ${touched.length} captures …\n`);
const partial = measure('1.0.1');

const mb = (totalBytes / 1024 / 1024).toFixed(0);
// On a shared machine wall time measures the neighbours; CPU time says what the build would take
// on idle cores: the captures' CPU spread over the workers, then publishing on one thread.
const cores = availableParallelism();
const onIdleCores = (run: Run, workers: number) => run.collect.cpuSeconds / workers + run.publish.cpuSeconds;
const phases = (run: Run) =>
  `run ${run.collect.cpuSeconds.toFixed(1)} + publish ${run.publish.cpuSeconds.toFixed(1)} (main thread ${run.publish.mainCpuSeconds.toFixed(1)})`;
const cpu = (run: Run) => `CPU ${run.cpuSeconds.toFixed(1)} s (${(run.cpuSeconds / full.cpuSeconds).toFixed(3)}× the full build's)`;
const rows = [
  ['captures', String(count), `${mb} MB in ${files.length} files`],
  [
    'full build',
    `${full.seconds.toFixed(1)} s`,
    `${(count / full.seconds).toFixed(0)} captures/s; ${(full.seconds / peerSeconds).toFixed(1)}× the time to read and hash them (${peerSeconds.toFixed(2)} s); CPU ${full.cpuSeconds.toFixed(1)} s`,
  ],
  ['peak memory (full build)', `${full.peakRssMB} MB`, `documents ${full.documents}, rejected ${full.rejected}`],
  ...(largePath
    ? [
        (() => {
          const error = full.errors.find((e) => e.path === largePath);
          return [`large page (${largeMb} MB)`, error ? error.code : 'processed', error ? error.message : 'published with the rest'];
        })(),
      ]
    : []),
  [
    'unchanged rebuild',
    `${unchanged.seconds.toFixed(2)} s`,
    `${(unchanged.seconds / full.seconds).toFixed(3)}× the full build (${unchanged.outcome}); ${cpu(unchanged)}; peak ${unchanged.peakRssMB} MB`,
  ],
  [
    'rebuild after touching 1%',
    `${partial.seconds.toFixed(2)} s`,
    `${(partial.seconds / full.seconds).toFixed(3)}× the full build; ${cpu(partial)}; peak ${partial.peakRssMB} MB`,
  ],
  [
    'republish (warm cache)',
    `${republish.seconds.toFixed(1)} s`,
    `publish share of the build: ${((100 * republish.seconds) / full.seconds).toFixed(0)}%; ${cpu(republish)}; peak ${republish.peakRssMB} MB`,
  ],
  ['version bytes', `${(full.versionBytes / 1024 / 1024).toFixed(0)} MB`, `${(full.versionBytes / totalBytes).toFixed(2)}× the bytes of the captures`],
  [
    `one thread (${slice.length} captures)`,
    `${oneThread.seconds.toFixed(1)} s`,
    `all cores ${allCores.seconds.toFixed(1)} s: ${(oneThread.seconds / allCores.seconds).toFixed(2)}× the speed of one thread (CPU ${oneThread.cpuSeconds.toFixed(1)} s vs ${allCores.cpuSeconds.toFixed(1)} s)`,
  ],
  [
    `  … from CPU times`,
    `${(onIdleCores(oneThread, 1) / onIdleCores(allCores, cores)).toFixed(2)}×`,
    `on ${cores} idle cores (run CPU ÷ workers + publish CPU): one thread ${phases(oneThread)} s; all cores ${phases(allCores)} s`,
  ],
  ...(wholeOneThread
    ? [
        [
          `one thread (${count} captures)`,
          `${wholeOneThread.seconds.toFixed(1)} s`,
          `all cores ${full.seconds.toFixed(1)} s (the full build): ${(wholeOneThread.seconds / full.seconds).toFixed(2)}× the speed of one thread (CPU ${wholeOneThread.cpuSeconds.toFixed(1)} s vs ${full.cpuSeconds.toFixed(1)} s)`,
        ],
        [
          `  … from CPU times`,
          `${(onIdleCores(wholeOneThread, 1) / onIdleCores(full, cores)).toFixed(2)}×`,
          `one thread ${phases(wholeOneThread)} s; all cores ${phases(full)} s`,
        ],
      ]
    : []),
  // The best two workers could do on idle cores (amdahl.ts), beside what they did here: the serial
  // parts and the main thread's share of the pages say which part to cut.
  ...[
    { name: `${slice.length} captures`, parallel: allCores, single: oneThread },
    ...(wholeOneThread ? [{ name: `${count} captures`, parallel: full, single: wholeOneThread }] : []),
  ].map(({ name, parallel, single }) => {
    const bound = amdahlBound(parallel, cores, single.cpuSeconds);
    const time = (what: keyof typeof bound.parts) => `${bound.parts[what].seconds.toFixed(1)} s${bound.parts[what].mainBound ? ' (main thread)' : ''}`;
    return [
      `  … Amdahl bound (${name})`,
      `${bound.speedup.toFixed(2)}×`,
      `measured ${(single.seconds / parallel.seconds).toFixed(2)}× wall; on ${cores} idle cores at best head ${time('head')} + pages ${time('pages')} + tail ${time('tail')}, against one thread's CPU ${single.cpuSeconds.toFixed(1)} s; CPU (main thread): head ${parallel.head.cpuSeconds.toFixed(1)} (${parallel.head.mainCpuSeconds.toFixed(1)}), pages ${parallel.pages.cpuSeconds.toFixed(1)} (${parallel.pages.mainCpuSeconds.toFixed(1)}), tail ${parallel.tail.cpuSeconds.toFixed(1)} (${parallel.tail.mainCpuSeconds.toFixed(1)}) s`,
    ];
  }),
  [
    'tail after the last page',
    `${full.tail.seconds.toFixed(2)} s`,
    `full build, CPU ${full.tail.cpuSeconds.toFixed(1)} s (closing the pool, assembling, publishing); ${slice.length} captures on all cores: ${allCores.tail.seconds.toFixed(2)} s, CPU ${allCores.tail.cpuSeconds.toFixed(1)} s`,
  ],
  [
    '  … tail by part',
    '',
    // The full build's publishing, part by part (spans.ts): CPU of every thread, then the main thread's.
    Object.entries(
      full.spans.reduce<Record<string, { cpu: number; main: number }>>((sum, span) => {
        if (span.name === 'fingerprint' || span.name === 'collect') return sum;
        const part = sum[span.name] ?? { cpu: 0, main: 0 };
        sum[span.name] = { cpu: part.cpu + span.cpuSeconds, main: part.main + span.threadCpuSeconds };
        return sum;
      }, {}),
    )
      .filter(([, { cpu }]) => cpu >= 0.05)
      .map(([name, { cpu, main }]) => `${name} ${cpu.toFixed(1)} s (main ${main.toFixed(1)})`)
      .join('; '),
  ],
  [
    'worker start-up',
    `${(workerStart.collect.cpuSeconds - workerStart.collect.mainCpuSeconds).toFixed(2)} s`,
    `CPU of one worker's build of one page (${sizes.get(onePage)} bytes), the main thread's left out`,
  ],
  [
    'publish (warm cache)',
    `${republish.publish.cpuSeconds.toFixed(1)} s`,
    `CPU after the workers are done, ${republish.publish.mainCpuSeconds.toFixed(1)} s of it on the main thread; ${(republish.publish.cpuSeconds / full.cpuSeconds).toFixed(3)}× the full build's CPU`,
  ],
  // Where the 1%-touched rebuild's CPU goes, part by part: what does not shrink with the change is the fixed part.
  ...Object.entries(
    partial.spans.reduce<Record<string, number>>((sum, span) => {
      sum[span.name] = (sum[span.name] ?? 0) + span.cpuSeconds;
      return sum;
    }, {}),
  )
    .filter(([, cpuSeconds]) => cpuSeconds >= 0.05)
    .map(([name, cpuSeconds]) => [`  1%-touched: ${name}`, `${cpuSeconds.toFixed(2)} s`, 'CPU']),
  ['start-up: --help', `${helpSeconds.toFixed(2)} s`, 'fastest of 3'],
  ['start-up: extract 1 page', `${extractSeconds.toFixed(2)} s`, `fastest of 3 (${sizes.get(onePage)} bytes)`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(
  `pagepress bench:scale — ${count} ${corpusName} (seed 2024), ${cores} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, ${process.env.PAGEPRESS_COMPILED === '1' ? 'compiled lib/ (PAGEPRESS_COMPILED=0: sources through tsx)' : 'sources through tsx'}`,
);
for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(9)}  ${note}`);
rmSync(root, { recursive: true, force: true });
