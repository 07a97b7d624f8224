// Benchmark of the claims extractor, printed side by side:
// - the project's hand-labelled sentences (test/fixtures/claims/labelled.json, used for tuning;
//   heldout.json, never tuned on): precision and recall of (subject, relation, object) triples,
//   modality accuracy on the matched ones, errors by relation;
// - the visible half of PLOVER's gold-standard sentences (../shared/dev/plover/gsr.jsonl, CC BY-SA 4.0,
//   Open Event Data Alliance), itself cut by a fixed rule into a tuning part and a held-out part (every
//   5th line, counting from 0: lines 4, 9, 14 …) that is scored but never read while tuning:
//   actor-pair recall, direction, PLOVER event accuracy, precision, and the same per event type;
// - the project's written PLOVER-style sets (bench/data/plover-written*.jsonl, English and French,
//   written blind to the extractor; see bench/data/README.md), all held out, scored the same way.
// `--verbose` prints the errors of the tuning parts only; the held-out parts print figures, never sentences.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreLabelled, type LabelledItem, type Score } from '../pipeline/claims/evaluate.ts';
import { CLAIMS_EXTRACTOR, extractClaims } from '../pipeline/claims/index.ts';
import type { ClaimRecord } from '../pipeline/records/claim.ts';
import {
  eventOf,
  type GoldActor,
  type GoldSentence,
  isHeldOutLine,
  PLOVER_GOLD_FILE,
  PLOVER_WRITTEN_SETS,
  readPloverGold,
  sameActor,
  sectorRoot,
} from './plover-gold.ts';

const verbose = process.argv.includes('--verbose');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  —  ');
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// ---- the project's labelled sets ----------------------------------------------------------------

function labelled(name: 'labelled' | 'heldout'): { score: Score; ms: number } {
  const { items } = JSON.parse(readFileSync(here(`../test/fixtures/claims/${name}.json`), 'utf8')) as { items: LabelledItem[] };
  const started = performance.now();
  const score = scoreLabelled(items);
  return { score, ms: performance.now() - started };
}

// ---- PLOVER gold standard -------------------------------------------------------------------------

const goldWho = (g: GoldActor) => (g.code ? (sectorRoot(g.sector) ? `${g.code}/${sectorRoot(g.sector)}` : g.code) : g.text);

interface PloverScore {
  sentences: number;
  scored: number;
  pairFound: number;
  directionRight: number;
  eventRight: number;
  claims: number;
  claimsOnGoldPair: number;
  byEvent: Map<string, { n: number; pair: number; event: number; predicted: number }>;
  ms: number;
  errors: string[];
}

type Language = Parameters<typeof extractClaims>[0]['language'];

/** Scores gold rows read in `language`; `explain` keeps the misses to print (tuning rows only, never held-out ones). */
function scorePlover(rows: readonly GoldSentence[], language: Language, explain: boolean): PloverScore {
  const s: PloverScore = {
    sentences: rows.length,
    scored: 0,
    pairFound: 0,
    directionRight: 0,
    eventRight: 0,
    claims: 0,
    claimsOnGoldPair: 0,
    byEvent: new Map(),
    ms: 0,
    errors: [],
  };
  const started = performance.now();
  rows.forEach((row, i) => {
    const claims = extractClaims({ id: `doc_${i.toString(16).padStart(16, '0')}`, text: row.text, language });
    for (const claim of claims) {
      const e = eventOf(claim);
      if (e) {
        const b = s.byEvent.get(e) ?? { n: 0, pair: 0, event: 0, predicted: 0 };
        b.predicted += 1;
        s.byEvent.set(e, b);
      }
    }
    // A sentence is scored when its gold record names both a source and a target.
    if (row.source.length === 0 || row.target.length === 0) return;
    s.scored += 1;
    const bucket = s.byEvent.get(row.event) ?? { n: 0, pair: 0, event: 0, predicted: 0 };
    bucket.n += 1;
    s.byEvent.set(row.event, bucket);
    const isSource = (a: ClaimRecord['subject']) => row.source.some((g) => sameActor(a, g));
    const isTarget = (a: ClaimRecord['subject']) => row.target.some((g) => sameActor(a, g));
    const onPair = claims.filter((c) => (isSource(c.subject) && isTarget(c.object)) || (isTarget(c.subject) && isSource(c.object)));
    s.claims += claims.length;
    s.claimsOnGoldPair += onPair.length;
    if (onPair.length > 0) {
      s.pairFound += 1;
      bucket.pair += 1;
      if (onPair.some((c) => isSource(c.subject))) s.directionRight += 1;
      if (onPair.some((c) => eventOf(c) === row.event)) {
        s.eventRight += 1;
        bucket.event += 1;
      }
    }
    if (explain && (onPair.length === 0 || !onPair.some((c) => eventOf(c) === row.event))) {
      const who = (a: ClaimRecord['subject']) => (a.sector ? `${a.id}/${a.sector}` : a.id);
      const got = claims.map((c) => `${who(c.subject)}-${eventOf(c) ?? c.relation}->${who(c.object)}`).join(', ') || 'no claim';
      s.errors.push(`${row.event} ${row.source.map(goldWho).join('+')}→${row.target.map(goldWho).join('+')} got [${got}] :: ${row.text}`);
    }
  });
  s.ms = performance.now() - started;
  return s;
}

// ---- print ---------------------------------------------------------------------------------------

const tuning = labelled('labelled');
const heldout = labelled('heldout');
console.log(`\nclaims benchmark: ${CLAIMS_EXTRACTOR}\n`);
console.log('project labelled sets        tuning (labelled.json)   held out (heldout.json)');
const row = (label: string, a: string, b: string) => console.log(`  ${label.padEnd(26)} ${a.padStart(12)}            ${b.padStart(12)}`.trimEnd());
row('items / expected claims', `${tuning.score.items} / ${tuning.score.expected}`, `${heldout.score.items} / ${heldout.score.expected}`);
row('precision', f3(tuning.score.precision), f3(heldout.score.precision));
row('recall', f3(tuning.score.recall), f3(heldout.score.recall));
row('f1', f3(tuning.score.f1), f3(heldout.score.f1));
row('modality accuracy', f3(tuning.score.modalityAccuracy), f3(heldout.score.modalityAccuracy));
row('time ms', tuning.ms.toFixed(0), heldout.ms.toFixed(0));
const relations = [
  ...new Set([
    ...tuning.score.falsePositives.keys(),
    ...tuning.score.falseNegatives.keys(),
    ...heldout.score.falsePositives.keys(),
    ...heldout.score.falseNegatives.keys(),
  ]),
].sort();
if (relations.length > 0) {
  console.log('  errors by relation (FP/FN)');
  const fpfn = (sc: Score, r: string) => `${sc.falsePositives.get(r as never)?.length ?? 0}/${sc.falseNegatives.get(r as never)?.length ?? 0}`;
  for (const r of relations) row(`  ${r}`, fpfn(tuning.score, r), fpfn(heldout.score, r));
}

/** Prints PLOVER-style scores side by side, then the per-type table (n, pair recall, event accuracy, claims predicted). */
function printPlover(title: string, columns: readonly PloverScore[]) {
  console.log(title);
  const prow = (label: string, f: (p: PloverScore) => string) => {
    const [a, b] = columns.map(f);
    row(label, a ?? '', b ?? '');
  };
  prow('sentences / scored', (p) => `${p.sentences} / ${p.scored}`);
  prow('actor-pair recall', (p) => f3(p.pairFound / p.scored));
  prow('direction (pair found)', (p) => f3(p.directionRight / p.pairFound));
  prow('event accuracy (all scored)', (p) => f3(p.eventRight / p.scored));
  prow('precision (claims on pair)', (p) => `${f3(p.claimsOnGoldPair / p.claims)} (${p.claims})`);
  prow('time ms', (p) => p.ms.toFixed(0));
  console.log('  per gold event type: n, pair recall, event accuracy (claims predicted with that type)');
  const types = [...new Set(columns.flatMap((p) => [...p.byEvent.keys()]))].sort();
  const cell = (p: PloverScore, t: string) => {
    const b = p.byEvent.get(t);
    if (!b) return '—';
    return b.n === 0 ? `(${b.predicted})` : `${b.n} ${f3(b.pair / b.n)} ${f3(b.event / b.n)} (${b.predicted})`;
  };
  for (const t of types) console.log(`    ${t.padEnd(12)} ${columns.map((p) => cell(p, t).padEnd(28)).join(' ')}`.trimEnd());
}

const all = readPloverGold();
if (!all) {
  console.log(`\nPLOVER gold standard not found at ${PLOVER_GOLD_FILE}; skipped.`);
} else {
  const ploverTuning = scorePlover(
    all.filter((_, i) => !isHeldOutLine(i)),
    'en',
    verbose,
  );
  const ploverHeld = scorePlover(
    all.filter((_, i) => isHeldOutLine(i)),
    'en',
    false,
  );
  printPlover('\nPLOVER gold standard (visible half)   tuning (4 of 5 lines)    held out (every 5th line)', [ploverTuning, ploverHeld]);
  if (verbose) for (const e of ploverTuning.errors) console.log(`plover miss ${e}`);
}

// The written sets are held out as a whole: figures only, whatever the flags.
for (const set of PLOVER_WRITTEN_SETS) {
  const rows = readPloverGold(set.file);
  if (!rows) {
    console.log(`\nPLOVER-style set (${set.label}) not found at ${set.file}; skipped.`);
    continue;
  }
  printPlover(`\nPLOVER-style set (${set.label}, all held out)`, [scorePlover(rows, set.language, false)]);
}

if (verbose) {
  // Tuning set only: the held-out sentences are never printed.
  for (const [label, map] of [
    ['false positive', tuning.score.falsePositives],
    ['false negative', tuning.score.falseNegatives],
  ] as const) {
    for (const [relation, cases] of map)
      for (const c of cases) console.log(`${label} [${relation}] ${c.triple}${c.modality ? ` (${c.modality})` : ''} :: ${c.text}`);
  }
  for (const c of tuning.score.modalityErrors) console.log(`modality ${c.modality} ${c.triple} :: ${c.text}`);
}
