// Actor benchmark on PLOVER's gold-standard sentences (../shared/dev/plover/gsr.jsonl, CC BY-SA 4.0):
// how many gold source/target actors the claims stage recognises in the sentence (actor recall), and
// in how many sentences a claim relates a gold source–target pair, either order (pair recall).
// Every 5th line (5, 10, …) is held out: never printed in detail, never used to tune the lexicon.
// Usage: npx tsx bench/plover-actors.ts [--verbose]   (npm run bench:actors; --verbose lists tuned lines only)
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actorCodes, actorsOf, findAnaphors, findNamedMentions } from '../pipeline/claims/actors.ts';
import { extractClaims } from '../pipeline/claims/index.ts';
import { packsFor } from '../pipeline/claims/language-packs.ts';

interface GoldActor {
  text: string;
  code: string;
  sector: string | null;
}
interface GoldRecord {
  id: string;
  text: string;
  source: GoldActor[];
  target: GoldActor[];
}

const file = fileURLToPath(new URL('../../shared/dev/plover/gsr.jsonl', import.meta.url));
const path = process.env.PLOVER_GSR ?? file;
if (!existsSync(path)) {
  console.log(`PLOVER gold standard not found at ${path}: skipped`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const records = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldRecord);
const pack = packsFor('en')[0]!;

for (const heldOut of [false, true]) {
  const part = records.filter((_, i) => ((i + 1) % 5 === 0) === heldOut);
  let goldActors = 0,
    foundActors = 0,
    sectorGold = 0,
    sectorRight = 0,
    pairSentences = 0,
    pairFound = 0;
  const started = performance.now();
  part.forEach((record, index) => {
    const named = findNamedMentions(record.text);
    const mentions = [...named, ...findAnaphors(record.text, pack, named)];
    const codes = new Set(mentions.flatMap((m) => actorsOf(m).flatMap(actorCodes)));
    const missed: string[] = [];
    for (const gold of [...record.source, ...record.target]) {
      goldActors += 1;
      if (codes.has(gold.code)) foundActors += 1;
      else missed.push(`${gold.text}=${gold.code}`);
      const sector = gold.sector?.slice(0, 3);
      if (sector && sector !== '***' && codes.has(gold.code)) {
        sectorGold += 1;
        const withSector = mentions.flatMap(actorsOf).filter((a) => actorCodes(a).includes(gold.code) && a.sector === sector);
        if (withSector.length > 0) sectorRight += 1;
      }
    }
    if (record.source.length > 0 && record.target.length > 0) {
      pairSentences += 1;
      const claims = extractClaims({ id: `doc_${index.toString(16).padStart(16, '0')}`, text: record.text, language: 'en' });
      const hit = claims.some((c) => {
        const s = actorCodes(c.subject),
          o = actorCodes(c.object);
        return record.source.some((src) =>
          record.target.some((tar) => (s.includes(src.code) && o.includes(tar.code)) || (o.includes(src.code) && s.includes(tar.code))),
        );
      });
      if (hit) pairFound += 1;
    }
    if (verbose && !heldOut && missed.length > 0) console.log(`miss ${record.id}: ${missed.join(', ')} :: ${record.text}`);
  });
  const r = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));
  console.log(
    `${heldOut ? 'held out (every 5th line)' : 'tuning (other lines)'}: ${part.length} sentences  actor recall ${r(foundActors, goldActors)} (${foundActors}/${goldActors})  sector ${r(sectorRight, sectorGold)} (${sectorRight}/${sectorGold})  pair recall ${r(pairFound, pairSentences)} (${pairFound}/${pairSentences})  ${(performance.now() - started).toFixed(0)} ms`,
  );
}
