// `npx tsx bench/stage-cpu.ts [EVERY] [ROUNDS]`: where pagepress's per-page chain spends its CPU, stage
// by stage (ingest: decode and parse; clean; metadata; claims), on the pages `bench:extract --cpu-ratio`
// times (every EVERY-th page of ../shared/dev/segments/html, default 4), tuned and held-out parts apart
// (aggregate figures only), each stage's least CPU over ROUNDS rounds (default 3) in one process, timed by
// the same rule (bench/cpu-sample.ts). Issue 16 asks which stage dominates on which pages; the ratio bench times the
// chain as a whole.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../pipeline/claims/index.ts';
import { cleanPage } from '../pipeline/clean/index.ts';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import { toPage } from '../pipeline/ingest/page.ts';
import { extractMetadata } from '../pipeline/metadata/index.ts';
import { cpuSample, SEGMENTS_HTML } from './cpu-sample.ts';

const STAGES = ['ingest', 'clean', 'metadata', 'claims'] as const;
type Stage = (typeof STAGES)[number];
type Spent = Record<Stage, number> & { chars: number };

const every = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 3);
const parts = cpuSample(every);
if (!parts) {
  console.log(`${SEGMENTS_HTML} is missing: nothing to measure.`);
  process.exit(0);
}
const bytes = new Map(parts.flatMap((part) => part.files).map((file) => [file, readFileSync(join(SEGMENTS_HTML, file))]));
const milliseconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e3;
};

/** One page through the stages a build runs, each stage's CPU added to `spent`. */
function run(file: string, spent: Spent): void {
  let at = milliseconds();
  const lap = (stage: Stage) => {
    const now = milliseconds();
    spent[stage] += now - at;
    at = now;
  };
  const page = toPage(decodeCapture(file, bytes.get(file)!));
  lap('ingest');
  const cleaned = cleanPage(page);
  lap('clean');
  const metadata = extractMetadata(page, cleaned);
  lap('metadata');
  extractClaims({ id: 'doc', text: cleaned.text, language: metadata.fields.language, published: metadata.fields.published });
  lap('claims');
  spent.chars += cleaned.text.length;
}

const nothing = (): Spent => ({ ingest: 0, clean: 0, metadata: 0, claims: 0, chars: 0 });
// The ratio bench's rule: each round, an untimed warm-up pass over the part, then its timed passes.
const least = new Map(parts.map((part) => [part.name, { ...nothing(), ingest: Infinity, clean: Infinity, metadata: Infinity, claims: Infinity }]));
for (let round = 0; round < rounds; round++) {
  for (const part of parts) {
    for (const file of part.files) run(file, nothing());
    const spent = nothing();
    for (let pass = 0; pass < part.passes; pass++) for (const file of part.files) run(file, spent);
    const best = least.get(part.name)!;
    for (const stage of STAGES) best[stage] = Math.min(best[stage], spent[stage] / part.passes);
    best.chars = spent.chars / part.passes;
  }
}
console.log(`CPU per page by stage, every ${every}th page of ${SEGMENTS_HTML}, each stage's least of ${rounds} rounds (mean of the timed passes):`);
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
