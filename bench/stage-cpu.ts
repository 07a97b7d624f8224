// `npx tsx bench/stage-cpu.ts [EVERY] [ROUNDS]`: where pagepress's per-page chain spends its CPU, stage
// by stage (ingest: decode and parse; clean; metadata; claims), on the pages `bench:extract --cpu-ratio`
// times (every EVERY-th page of ../shared/dev/segments/html, default 4), tuned and held-out parts apart
// (aggregate figures only), each stage's least CPU over ROUNDS rounds (default 3), timed by the same rule
// and on the same worker setup as the ratio bench (bench/cpu-sample.ts, bench/chain-worker.ts: a fresh
// pool-like worker per round, warmed up on other pages, each sampled page timed the first time it is
// seen). Issue 16 asks which stage dominates on which pages; the ratio bench times the chain as a whole.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { timeChainOnce } from './chain-timer.ts';
import { STAGES, type Stage } from './chain-worker.ts';
import { cpuSample, SEGMENTS_HTML } from './cpu-sample.ts';

const every = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 3);
const parts = cpuSample(every);
if (!parts) {
  console.log(`${SEGMENTS_HTML} is missing: nothing to measure.`);
  process.exit(0);
}
const least = new Map(parts.map((part) => [part.name, { ingest: Infinity, clean: Infinity, metadata: Infinity, claims: Infinity, chars: 0 }]));
for (let round = 0; round < rounds; round++) {
  for (const part of parts) {
    const timing = await timeChainOnce({ warmup: part.warmup, files: part.files, stages: true });
    const best = least.get(part.name)!;
    for (const stage of STAGES) best[stage] = Math.min(best[stage], timing.stages![stage]);
    best.chars = timing.chars;
  }
}
console.log(`CPU per page by stage, every ${every}th page of ${SEGMENTS_HTML}, each stage's least of ${rounds} rounds (one timed pass each):`);
console.log('part       pages  ms/page  ingest   clean  metadata  claims  text chars/page');
for (const part of parts) {
  const best = least.get(part.name)!;
  const n = part.files.length;
  const total = STAGES.reduce((sum, stage) => sum + best[stage], 0);
  const share = (stage: Stage) => `${((100 * best[stage]) / total).toFixed(0)}%`.padStart(stage.length + 2);
  console.log(
    `${part.name.padEnd(9)} ${String(n).padStart(6)}  ${(total / n).toFixed(1).padStart(7)}  ${STAGES.map(share).join('')}  ${String(Math.round(best.chars / n)).padStart(15)}`,
  );
}
