// Hit rates of the actor mechanisms on the sentences written for them (test/fixtures/claims/actors-*/:
// source.txt, one sentence per line; expected.json, per line, the actors that must be found and those
// that must not). Printed by `npx tsx bench/actor-fixtures.ts`; test/claims/actor-fixtures.test.ts holds
// each mechanism to its floor in test/fixtures/claims/floors.json.
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findNamedMentions } from '../pipeline/claims/actors.ts';
import { extractClaims, withAgentsOf } from '../pipeline/claims/index.ts';

interface Expected {
  /** The sentences' language (the French sets, actors-fr-*, say "fr"); English when absent. */
  language?: string;
  lines: Array<{
    /** The document's date, for names resolved by it (office holders). */
    date?: string;
    /** `country`, where given: the state the actor is coded with (a group's own, or the state whose adjective names it). */
    found?: Array<{ words: string; id: string; sector: string | null; type?: string; country?: string }>;
    /** Actors that must not be found; with `words`, only a mention holding them (a state named as the place: "Niger"). */
    absent?: Array<{ id: string; sector: string | null; words?: string }>;
    /** Mechanisms that act across mentions (coreference) are scored on claims: a claim relating the two ids, either order. */
    claims?: Array<{ between: [string, string] }>;
    /** Claims that must not be made: none relating the two ids, either order. */
    noClaims?: Array<{ between: [string, string] }>;
  }>;
}

export interface FixtureScore {
  name: string;
  found: number;
  expected: number;
  /** Lines where an actor that must not appear did. */
  wrong: number;
  absent: number;
  misses: string[];
}

export const FIXTURES = fileURLToPath(new URL('../test/fixtures/claims/', import.meta.url));

/** The folders of the actor mechanisms' fixtures. */
export const actorFixtureNames = () =>
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('actors-'))
    .map((d) => d.name)
    .sort();

/** Scores one mechanism's lines: each as the claims stage reads a sentence's actors in the set's language, or by the claims of the line. */
export function scoreActorFixture(name: string): FixtureScore {
  const sentences = readFileSync(`${FIXTURES}${name}/source.txt`, 'utf8').split('\n').filter(Boolean);
  const { lines, language = 'en' } = JSON.parse(readFileSync(`${FIXTURES}${name}/expected.json`, 'utf8')) as Expected;
  if (lines.length !== sentences.length) throw new Error(`${name}: ${sentences.length} sentences but ${lines.length} expectations`);
  const score: FixtureScore = { name, found: 0, expected: 0, wrong: 0, absent: 0, misses: [] };
  sentences.forEach((text, i) => {
    // A fresh map of acronyms per line: a line is one document.
    // The actors as the claims stage reads a sentence of the set's language.
    const names = findNamedMentions(text, lines[i]!.date ?? null);
    const mentions = withAgentsOf(language, text, names, new Map());
    const got = mentions.map((m) => `${m.text}=${m.actor?.id}/${m.actor?.sector ?? '-'}`).join(', ');
    for (const e of lines[i]!.claims ?? []) {
      score.expected += 1;
      const claims = extractClaims({ id: 'doc_00000000000000ac', text, language, published: lines[i]!.date ?? null });
      const [a, b] = e.between;
      if (claims.some((c) => (c.subject.id === a && c.object.id === b) || (c.subject.id === b && c.object.id === a))) score.found += 1;
      else score.misses.push(`missed ${a}~${b} got [${claims.map((c) => `${c.subject.id} ${c.event ?? c.relation} ${c.object.id}`).join(', ')}] :: ${text}`);
    }
    for (const e of lines[i]!.found ?? []) {
      score.expected += 1;
      const hit = mentions.some(
        (m) =>
          m.actor !== null &&
          m.text.includes(e.words) &&
          m.actor.id === e.id &&
          (m.actor.sector ?? null) === e.sector &&
          (e.type === undefined || m.actor.type === e.type) &&
          (e.country === undefined || m.actor.country === e.country),
      );
      if (hit) score.found += 1;
      else score.misses.push(`missed ${e.words}=${e.id}/${e.sector ?? '-'}${e.country ? `/${e.country}` : ''} got [${got}] :: ${text}`);
    }
    for (const e of lines[i]!.noClaims ?? []) {
      score.absent += 1;
      const claims = extractClaims({ id: 'doc_00000000000000ac', text, language, published: lines[i]!.date ?? null });
      const [a, b] = e.between;
      if (claims.some((c) => (c.subject.id === a && c.object.id === b) || (c.subject.id === b && c.object.id === a))) {
        score.wrong += 1;
        score.misses.push(`wrong claim ${a}~${b} :: ${text}`);
      }
    }
    for (const a of lines[i]!.absent ?? []) {
      score.absent += 1;
      if (
        mentions.some((m) => m.actor?.id === a.id && (a.sector === null || m.actor.sector === a.sector) && (a.words === undefined || m.text.includes(a.words)))
      ) {
        score.wrong += 1;
        score.misses.push(`wrong ${a.id}/${a.sector ?? '*'} got [${got}] :: ${text}`);
      }
    }
  });
  return score;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  for (const name of actorFixtureNames()) {
    const s = scoreActorFixture(name);
    console.log(`${name.padEnd(26)} found ${s.found}/${s.expected} (${(s.found / s.expected).toFixed(3)})  wrong ${s.wrong}/${s.absent}`);
    if (verbose) for (const m of s.misses) console.log(`  ${m}`);
  }
}
