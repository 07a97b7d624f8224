// Event-coding cases, one folder each under test/fixtures/claims/events/: source.txt holds sentences
// written for the case (never copied from a gold standard), expected.json the claims they must give as
// "SUBJECT EVENT OBJECT" (an actor written id or id/SECTOR, as partyKey gives it) and, under `absent`,
// claims they must not give; `floor` the share of `claims` that must be found (all when absent; the
// per-class sets plover-<type> keep theirs in ../fixtures/claims/floors.json, event_classes); `none: true`
// says the text yields no claim at all; `language` is the text's (English unless given).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { partyKey } from '../../pipeline/claims/actors.ts';
import { extractClaims } from '../../pipeline/claims/index.ts';

const root = fileURLToPath(new URL('../fixtures/claims/events/', import.meta.url));
const classFloors = (
  JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/claims/floors.json', import.meta.url)), 'utf8')) as { event_classes: Record<string, unknown> }
).event_classes;
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Expected {
  about: string;
  language?: string;
  claims?: string[];
  absent?: string[];
  none?: boolean;
  /** Share of `claims` that must be found, for a case whose sentences also depend on other stages; all of them when absent. */
  floor?: number;
}

describe('event-coding cases', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(join(root, name, 'source.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const got = extractClaims({ id: 'doc_00000000000000ee', text, language: expected.language ?? 'en' }).map(
        (c) => `${partyKey(c.subject)} ${c.event ?? c.relation} ${partyKey(c.object)}`,
      );
      if (expected.none) expect(got).toEqual([]);
      const claims = expected.claims ?? [];
      const classFloor = classFloors[name];
      const floor = expected.floor ?? (typeof classFloor === 'number' ? classFloor : undefined);
      if (floor === undefined) for (const claim of claims) expect(got).toContain(claim);
      else expect(claims.filter((c) => got.includes(c)).length / claims.length).toBeGreaterThanOrEqual(floor);
      for (const claim of expected.absent ?? []) expect(got).not.toContain(claim);
    });
  }
});
