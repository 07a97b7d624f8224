// Benchmark of the claims extractor on the hand-labelled sentences: precision and recall of
// (subject, relation, object) triples, accuracy of modality, and the remaining errors by relation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreLabelled, type LabelledItem } from '../pipeline/claims/evaluate.ts';
import { CLAIMS_EXTRACTOR } from '../pipeline/claims/index.ts';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => x.toFixed(3);

// labelled.json was used to tune the cues; heldout.json never was, so it is the honest estimate.
for (const [name, note] of [['labelled', 'tuning set'], ['heldout', 'held out, never tuned on']] as const) {
const fixture = fileURLToPath(new URL(`../test/fixtures/claims/${name}.json`, import.meta.url));
const { items } = JSON.parse(readFileSync(fixture, 'utf8')) as { items: LabelledItem[] };

const started = performance.now();
const score = scoreLabelled(items);
const elapsed = performance.now() - started;

console.log(`\n== ${name}.json (${note}): ${CLAIMS_EXTRACTOR} on ${score.items} items (${score.expected} expected claims)`);
console.log(`triples   precision ${pct(score.precision)}  recall ${pct(score.recall)}  f1 ${pct(score.f1)}  (tp ${score.truePositives}, predicted ${score.predicted})`);
console.log(`modality  accuracy ${pct(score.modalityAccuracy)} on matched triples (${score.modalityCorrect}/${score.truePositives})`);
console.log(`time      ${elapsed.toFixed(0)} ms`);

const relations = [...new Set([...score.falsePositives.keys(), ...score.falseNegatives.keys()])].sort();
if (relations.length > 0) {
  console.log('\nerrors by relation (false positives / false negatives):');
  for (const relation of relations) {
    console.log(`  ${relation.padEnd(22)} FP ${String(score.falsePositives.get(relation)?.length ?? 0).padStart(2)}  FN ${String(score.falseNegatives.get(relation)?.length ?? 0).padStart(2)}`);
  }
}
if (verbose) {
  for (const [label, map] of [['false positive', score.falsePositives], ['false negative', score.falseNegatives]] as const) {
    for (const [relation, cases] of map) for (const c of cases) console.log(`${label} [${relation}] ${c.triple}${c.modality ? ` (${c.modality})` : ''} :: ${c.text}`);
  }
  for (const c of score.modalityErrors) console.log(`modality ${c.modality} ${c.triple} :: ${c.text}`);
}
}
