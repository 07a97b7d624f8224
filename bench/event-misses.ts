// Why the event is wrong on PLOVER gold lines (TUNED lines only: every 5th line is held out and is never
// read here). For each tuned scored line whose gold event the claims miss, one class:
//   pair missing        no claim relates the gold pair (actor recognition or attachment), split by whether the verb is known
//   verb not in lexicon none of the gold event words' lemmas is a verb of the compiled lexicon
//   two events          a word of the gold event is a lexicon verb with the gold event, but the claim on the pair took another cue
//   modality            the claim on the pair carries the event an intended act is recoded to (THREATEN for harm, AGREE for help)
//   CAMEO→PLOVER table  the gold words' lexicon entries carry CAMEO's own code, and the table maps that code to another event
//   coded elsewhere     the gold words' lexicon entries carry a code events.src.json chose, which maps to another event
// The gold's `event_text` ("agreed set up research center") names the words the coders took as the event.
// Run: npx tsx bench/event-misses.ts [--lines]  (--lines prints each classified line, tuned lines only)
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import events from '../pipeline/claims/data/events.json' with { type: 'json' };
import { lemmatise } from '../pipeline/claims/events.ts';
import { extractClaims } from '../pipeline/claims/index.ts';
import type { ClaimRecord } from '../pipeline/records/claim.ts';
import { isHeldOutLine, type GoldSentence, PLOVER_GOLD_FILE, readPloverGold, sameActor } from './plover-gold.ts';

const printLines = process.argv.includes('--lines');
const gold = readPloverGold();
if (!gold) {
  console.log(`PLOVER gold standard not found at ${PLOVER_GOLD_FILE}: skipped`);
  process.exit(0);
}
const rows = gold as (GoldSentence & { event_text?: string | null })[];

interface Entry {
  lemma: string;
  event: string;
  cameo: string;
  cameo_block: string | null;
  object: string[] | null;
}
const byLemma = new Map<string, Entry[]>();
for (const e of events.en as Entry[]) byLemma.set(e.lemma, [...(byLemma.get(e.lemma) ?? []), e]);

/** The event index.ts codes an intended act as (PLOVER: AGREE for help, THREATEN for harm): the modality class. */
const INTENT_OF: Record<string, string> = Object.fromEntries([
  ...['SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'CONSULT'].map((e) => [e, 'AGREE']),
  ...['COERCE', 'ASSAULT', 'FIGHT', 'SANCTION', 'PROTEST', 'MOBILIZE'].map((e) => [e, 'THREATEN']),
]);

const counts = new Map<string, number>();
const lines: string[] = [];
rows.forEach((row, i) => {
  if (isHeldOutLine(i) || row.source.length === 0 || row.target.length === 0) return;
  const claims = extractClaims({ id: `doc_${i.toString(16).padStart(16, '0')}`, text: row.text, language: 'en' });
  const isSource = (a: ClaimRecord['subject']) => row.source.some((g) => sameActor(a, g));
  const isTarget = (a: ClaimRecord['subject']) => row.target.some((g) => sameActor(a, g));
  const onPair = claims.filter((c) => (isSource(c.subject) && isTarget(c.object)) || (isTarget(c.subject) && isSource(c.object)));
  if (onPair.some((c) => c.event === row.event)) return;
  // The gold event words, lemmatised in their sentence (a word alone is tagged without its context).
  const words = new Set((row.event_text ?? '').toLowerCase().split(/\s+/u));
  const lemmas = lemmatise(row.text)
    .filter((t) => words.has(t.value.toLowerCase()))
    .map((t) => t.lemma);
  // A verb's entries with an object count only when the object is written in the sentence.
  const written = row.text.toLowerCase();
  const entries = lemmas.flatMap((l) => byLemma.get(l) ?? []).filter((e) => e.object === null || e.object.some((o) => written.includes(o)));
  let cls: string;
  // A missing pair is split by whether the lexicon codes a gold event word with the gold event: if it
  // does, the parties were not found or not attached to the verb; if not, the verb is missing as well.
  const verbKnown = entries.some((e) => e.event === row.event) ? 'gold event verb in lexicon' : 'no gold event verb';
  if (onPair.length === 0) cls = `pair missing, ${claims.length === 0 ? 'no claim' : 'claims on other parties'}, ${verbKnown}`;
  else if (entries.length === 0) cls = 'verb not in lexicon';
  else if (onPair.some((c) => c.event === INTENT_OF[row.event])) cls = 'modality';
  else if (entries.some((e) => e.event === row.event)) cls = 'two events';
  else cls = entries.some((e) => e.cameo_block !== null) ? 'CAMEO→PLOVER table' : 'coded elsewhere';
  counts.set(cls, (counts.get(cls) ?? 0) + 1);
  const got = onPair.map((c) => `${c.subject.id}-${c.event}->${c.object.id}`).join(', ') || 'none on pair';
  const coded = entries.map((e) => `${e.lemma}:${e.cameo}=${e.event}`).join(' ') || '-';
  lines.push(`${cls.padEnd(40)} gold ${row.event} [${row.event_text}] lexicon ${coded} got ${got} :: ${row.text}`);
});
console.log('tuned PLOVER lines whose gold event is missed, by class:');
for (const [cls, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)} ${cls}`);
if (printLines) for (const l of lines.sort()) console.log(l);
