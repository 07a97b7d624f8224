// Where PLOVER actor-pair recall is lost, by stage, on the TUNING lines only (the held-out lines, every
// 5th, are counted but never printed). For each scored sentence whose gold source–target pair no claim
// relates (as bench/claims.ts scores it), the first stage that fails:
//   (a) a gold actor is not recognised at all: no mention answers to its code, and none covers its words;
//   (b) recognised but coded differently: a mention answers to its code with another sector, or covers
//       its words with another code (country/sector/organisation);
//       A claim that relates the pair's codes under other sectors counts here too;
//   (c) both sides recognised as the benchmark compares actors, but no claim relates them (the event
//       side: predicates and attachment);
//   (d) other: both sides found only in one mention (one party for both), or the claims relate the
//       pair's actors under another key.
// The project's written PLOVER-style sets (bench/data/) are held out whole: their counts only.
// `npx tsx bench/plover-pair-stages.ts [--verbose]`; --verbose prints each tuning miss with its class.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import type { ClaimRecord } from '../pipeline/records/claim.ts';
import { actorCodes, actorsOf, findNamedMentions, type Mention, withContextAgents, type Acronyms } from '../pipeline/claims/actors.ts';
import { resolveParagraph, withAnaphors } from '../pipeline/claims/coreference.ts';
import { extractClaims } from '../pipeline/claims/index.ts';
import { packsFor } from '../pipeline/claims/language-packs.ts';
import { splitSentences } from '../pipeline/claims/sentences.ts';
import {
  type GoldActor,
  type GoldSentence,
  isHeldOutLine,
  PLOVER_GOLD_FILE,
  PLOVER_WRITTEN_SETS,
  readPloverGold,
  sameActor,
  sectorRoot,
} from './plover-gold.ts';

// Without ../shared's gold file only its part is skipped: the written sets are in the repository.
const gold = readPloverGold();
if (!gold) console.log(`PLOVER gold standard not found at ${PLOVER_GOLD_FILE}: skipped`);
const rows = gold ?? [];
const verbose = process.argv.includes('--verbose');

type Actor = ClaimRecord['subject'];

/** The mentions the claims stage reads, as index.ts builds them: names, agents, acronyms, anaphors, resolved per paragraph. */
function mentionsOf(text: string, language: string): Mention[] {
  const pack = packsFor(language)[0]!;
  const sentences = splitSentences(text, pack.abbreviations);
  const acronyms: Acronyms = new Map();
  const all = sentences.map((s) => {
    const named = withContextAgents(s.text, findNamedMentions(s.text), true, acronyms);
    return withAnaphors(s.text, pack, named).map((m) => ({
      ...m,
      start: m.start + s.start,
      end: m.end + s.start,
    }));
  });
  resolveParagraph(all, pack);
  return all.flat();
}

const who = (a: Actor) => `${a.id}${a.sector ? `/${a.sector}` : ''}`;
const goldWho = (g: GoldActor) => `${g.text}=${g.code ?? '?'}${sectorRoot(g.sector) ? `/${sectorRoot(g.sector)}` : ''}`;

/** The stage at which one side (the gold actors of source or target) fails, or null when a mention matches it. */
function sideStage(side: readonly GoldActor[], text: string, mentions: readonly Mention[]): { stage: 'a' | 'b'; detail: string } | null {
  const actors = mentions.flatMap((m) => actorsOf(m).map((a) => ({ m, a })));
  if (actors.some(({ a }) => side.some((g) => sameActor(a, g)))) return null;
  for (const g of side) {
    const byCode = actors.find(({ a }) => g.code !== null && actorCodes(a).includes(g.code));
    if (byCode) return { stage: 'b', detail: `${goldWho(g)} coded ${who(byCode.a)} ("${byCode.m.text}")` };
    const at = text.indexOf(g.text);
    const covering = at < 0 ? undefined : actors.find(({ m }) => m.start < at + g.text.length && at < m.end);
    if (covering) return { stage: 'b', detail: `${goldWho(g)} coded ${who(covering.a)} ("${covering.m.text}")` };
  }
  return { stage: 'a', detail: side.map(goldWho).join('+') };
}

const parts: { label: string; rows: GoldSentence[]; language: string; printable: boolean }[] = gold
  ? [
      { label: 'tuning (4 of 5 lines)', rows: rows.filter((_, i) => !isHeldOutLine(i)), language: 'en', printable: true },
      { label: 'held out (every 5th line)', rows: rows.filter((_, i) => isHeldOutLine(i)), language: 'en', printable: false },
    ]
  : [];
for (const set of PLOVER_WRITTEN_SETS) {
  const written = readPloverGold(set.file);
  if (written) parts.push({ label: `${set.label} (held out)`, rows: written, language: set.language, printable: false });
  else console.log(`${set.label}: ${set.file} not found: skipped`);
}
for (const { label, rows: part, language, printable } of parts) {
  const counts = new Map<string, number>();
  const sideCounts = { a: 0, b: 0 };
  let scored = 0;
  let found = 0;
  const lines: string[] = [];
  part.forEach((row, i) => {
    if (row.source.length === 0 || row.target.length === 0) return;
    scored += 1;
    const claims = extractClaims({ id: `doc_${i.toString(16).padStart(16, '0')}`, text: row.text, language });
    const isSource = (a: Actor) => row.source.some((g) => sameActor(a, g));
    const isTarget = (a: Actor) => row.target.some((g) => sameActor(a, g));
    if (claims.some((c) => (isSource(c.subject) && isTarget(c.object)) || (isTarget(c.subject) && isSource(c.object)))) {
      found += 1;
      return;
    }
    const mentions = mentionsOf(row.text, language);
    const sides = [sideStage(row.source, row.text, mentions), sideStage(row.target, row.text, mentions)];
    let stage: string;
    let detail: string;
    const failed = sides.filter((s): s is NonNullable<typeof s> => s !== null);
    for (const s of failed) sideCounts[s.stage] += 1;
    if (failed.length > 0) {
      // The earliest stage of either side: an actor unknown is worse than one coded otherwise.
      stage = failed.some((s) => s.stage === 'a') ? 'a' : 'b';
      detail = failed.map((s) => `${s.stage}: ${s.detail}`).join('; ');
    } else {
      const matching = (test: (a: Actor) => boolean) => mentions.filter((m) => actorsOf(m).some(test));
      const [src, tar] = [matching(isSource), matching(isTarget)];
      const distinct = src.some((s) => tar.some((t) => s !== t));
      // A claim that relates the pair's codes with another sector: the claim's mention is coded differently
      // from the one that matched (b); none at all: the event side (c).
      const codeOf = (side: readonly GoldActor[]) => (a: Actor) => side.some((g) => g.code !== null && actorCodes(a).includes(g.code));
      const [src2, tar2] = [codeOf(row.source), codeOf(row.target)];
      const recoded = claims.find((c) => (src2(c.subject) && tar2(c.object)) || (tar2(c.subject) && src2(c.object)));
      stage = recoded ? 'b' : distinct ? 'c' : 'd';
      const listed = `claims [${claims.map((c) => `${who(c.subject)}-${c.relation}->${who(c.object)}`).join(', ')}]`;
      detail = recoded ? `claim coded differently: ${listed}` : distinct ? `both found; ${listed}` : 'one mention for both sides';
    }
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    if (printable) lines.push(`${stage} ${row.id} ${detail} :: ${row.text}`);
  });
  const order = ['a', 'b', 'c', 'd'];
  console.log(
    `${label}: scored ${scored}, pair found ${found}, missed ${scored - found}: ` +
      order.map((k) => `(${k}) ${counts.get(k) ?? 0}`).join('  ') +
      `  [sides failing: not recognised ${sideCounts.a}, coded differently ${sideCounts.b}]`,
  );
  if (verbose && printable) for (const l of lines.sort()) console.log(`  ${l}`);
}
