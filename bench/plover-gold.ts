// The PLOVER gold standard's records (../shared/dev/plover/gsr.jsonl, CC BY-SA 4.0, Open Event Data
// Alliance), read from ../shared, and how the benchmarks compare a claim's actor with a gold actor;
// shared by bench/claims.ts, bench/event-misses.ts and bench/plover-pair-stages.ts so they read, split
// and score the lines the same way. The project's own PLOVER-style sets (bench/data/plover-written*.jsonl,
// held out as a whole) have the same shape and are read by the same function.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RELATIONS, type ClaimRecord } from '../pipeline/records/claim.ts';

/** Where the gold standard sits: in ../shared, beside the repository, not in it. */
export const PLOVER_GOLD_FILE = fileURLToPath(new URL('../../shared/dev/plover/gsr.jsonl', import.meta.url));

/**
 * The project's written PLOVER-style sets (bench/data/README.md): every line is held out, so the
 * benchmarks print their figures and never their sentences. Each set is read in its own language.
 */
export const PLOVER_WRITTEN_SETS = [
  { label: 'written, English', file: fileURLToPath(new URL('data/plover-written.jsonl', import.meta.url)), language: 'en' },
  { label: 'written, French', file: fileURLToPath(new URL('data/plover-written-fr.jsonl', import.meta.url)), language: 'fr' },
] as const;

/** The gold sentences of a file (PLOVER's by default) in file order; null when the file is missing (the benchmarks say so and skip). */
export function readPloverGold(file: string = PLOVER_GOLD_FILE): GoldSentence[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldSentence);
}

export interface GoldActor {
  text: string;
  code: string | null;
  sector: string | null;
}
export interface GoldSentence {
  id: string;
  text: string;
  event: string;
  mode: string | null;
  context: string | null;
  source: GoldActor[];
  target: GoldActor[];
}

/** The fixed split: every 5th line (0-based index % 5 === 4) is held out. */
export const isHeldOutLine = (index: number) => index % 5 === 4;

/** The event type a claim carries: the record's `event`, or for records without one its relation's PLOVER mapping. */
export const eventOf = (claim: ClaimRecord): string | null =>
  (claim as { event?: string | null }).event ?? (RELATIONS as Record<string, { plover: string | null }>)[claim.relation]?.plover ?? null;

/**
 * The sector root of a gold actor: PLOVER's coders append a group to a sector ("CVLalb", "ELIyor") and
 * write "***" for none; CIV is their spelling of CVL, JRN of CAMEO's MED.
 */
const SECTOR_SPELLINGS: Record<string, string> = { CIV: 'CVL', JRN: 'MED' };
export function sectorRoot(sector: string | null | undefined): string | null {
  const root = sector && /^[A-Z]{3}/u.test(sector) ? sector.slice(0, 3) : null;
  return root ? (SECTOR_SPELLINGS[root] ?? root) : null;
}

/**
 * A claim's actor is a gold actor as PLOVER compares actors: the codes agree (ISO alpha-3, IGO) and,
 * where both give a sector, the sectors agree ("Sudanese government" is not "Darfur rebels", though
 * both are SDN); a state named as a whole (no sector) stands for any of its sectors. Failing codes, one
 * name holds the other.
 */
export function sameActor(actor: ClaimRecord['subject'], gold: GoldActor): boolean {
  // The codes an actor answers to: its id, the state it belongs to, IGO for an international organisation.
  const a = actor as { id: string; type: string; country?: string | null; mention?: string; sector?: string | null };
  const codes = [a.id, a.country, a.type === 'organization' ? 'IGO' : null];
  if (gold.code && codes.includes(gold.code)) {
    const [mine, theirs] = [sectorRoot(a.type === 'country' ? a.sector : null), sectorRoot(gold.sector)];
    return mine === null || theirs === null || mine === theirs;
  }
  const written = [actor.name, a.mention].filter((s): s is string => typeof s === 'string' && s.length > 1).map((s) => s.toLowerCase());
  const g = gold.text.toLowerCase();
  return written.some((w) => g.includes(w) || w.includes(g));
}
