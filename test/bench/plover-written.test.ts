// Shape checks of the project's written PLOVER-style sets (bench/data/plover-written*.jsonl): every line
// parses, has a unique id, an event type the scorer knows, a source and a target whose words are in the
// sentence and whose codes follow the gold's conventions, and each event type has its quota of lines.
// The sets are held out: failures name line ids, never sentences.
import { describe, expect, it } from 'vitest';
import { PLOVER_WRITTEN_SETS, readPloverGold, type GoldActor, type GoldSentence } from '../../bench/plover-gold.ts';

const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'RETREAT',
  'CONCEDE',
  'DEMAND',
  'DISAPPROVE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'FIGHT',
  'INVESTIGATE',
];
/** Lines each event type needs: enough to read a per-type figure (the English set), a sample (the French). */
const QUOTA: Record<string, number> = { en: 15, fr: 3 };
const SECTOR = /^(GOV|MIL|COP|JUD|LEG|OPP|REB|CVL|BUS|JRN|MED|EDU|REF|LAB|AGR|REL|HLH|ELI|SPY|UAF|CRM|NGO)[a-z]*$/u;

/** What is wrong with one actor of a line, or null. */
function actorProblem(actor: GoldActor, text: string): string | null {
  if (!text.includes(actor.text)) return 'actor words not in the sentence';
  if (!actor.code || !/^[A-Z]{3}$/u.test(actor.code)) return `code ${actor.code}`;
  if (actor.sector !== null && !SECTOR.test(actor.sector)) return `sector ${actor.sector}`;
  return null;
}

/** The problems of one line, each prefixed with its id. */
function lineProblems(row: GoldSentence): string[] {
  const problems: string[] = [];
  if (!EVENT_TYPES.includes(row.event)) problems.push(`${row.id}: event ${row.event}`);
  if (row.source.length === 0 || row.target.length === 0) problems.push(`${row.id}: needs a source and a target to be scored`);
  for (const actor of [...row.source, ...row.target]) {
    const problem = actorProblem(actor, row.text);
    if (problem) problems.push(`${row.id}: ${problem}`);
  }
  return problems;
}

describe.each(PLOVER_WRITTEN_SETS)('PLOVER-style set ($label)', ({ file, language }) => {
  const rows = readPloverGold(file) ?? [];

  it('is there and every line is well formed', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flatMap(lineProblems)).toEqual([]);
  });

  it('has unique ids and no sentence twice', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('covers every event type with its quota of lines', () => {
    const short = EVENT_TYPES.filter((t) => rows.filter((r) => r.event === t).length < (QUOTA[language] ?? 1));
    expect(short).toEqual([]);
  });
});

describe('a line the checks must refuse', () => {
  it('reports a missing target and actor words that are not in the sentence', () => {
    const row: GoldSentence = {
      id: 'W-TEST-01',
      text: 'The ministry said it would consider the proposal.',
      event: 'AGREE',
      mode: null,
      context: null,
      source: [{ text: 'Lisbon', code: 'PRT', sector: 'GOV' }],
      target: [],
    };
    expect(lineProblems(row)).toEqual(['W-TEST-01: needs a source and a target to be scored', 'W-TEST-01: actor words not in the sentence']);
  });
});
