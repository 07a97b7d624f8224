// Each actor mechanism on the sentences written for it (test/fixtures/claims/actors-*/): the share of
// expected actors found stays at or above its floor (floors.json `actor_mechanisms`), and no actor a
// line lists as absent appears. A new mechanism's folder without a floor fails, so none goes unchecked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, actorFixtureNames, scoreActorFixture } from '../../bench/actor-fixtures.ts';
import { findNamedMentions } from '../../pipeline/claims/actors.ts';

const floors = (JSON.parse(readFileSync(`${FIXTURES}floors.json`, 'utf8')) as { actor_mechanisms: Record<string, number> }).actor_mechanisms;

describe('actor mechanisms on their own sentences', () => {
  it('has fixtures', () => {
    expect(actorFixtureNames().length).toBeGreaterThanOrEqual(2);
  });
  for (const name of actorFixtureNames()) {
    it(name, () => {
      const score = scoreActorFixture(name);
      expect(floors[name], `no floor for ${name} in floors.json`).toBeTypeOf('number');
      expect(score.expected).toBeGreaterThanOrEqual(20);
      expect(score.found / score.expected, score.misses.join('\n')).toBeGreaterThanOrEqual(floors[name]!);
      expect(score.wrong, score.misses.join('\n')).toBe(0);
    });
  }
});

describe("an office holder's one-word surname", () => {
  const names = (text: string) => findNamedMentions(text, '2014-05-01').map((m) => m.text);
  it('is someone else when another capitalised word follows it', () => {
    expect(names('Putin Conaway, 30, was arrested on Friday.')).toEqual([]);
  });
  it('still names the office holder alone, or before an agent or a name', () => {
    expect(names('Putin met Obama.')).toEqual(['Putin', 'Obama']);
    expect(names('Putin Administration officials said so.')).toEqual(['Putin']);
  });
  it("is a landform's first word before a landform's word, in office or not", () => {
    // Eugene Black, the World Bank's president 1949-1963, is listed as "Black" alone.
    const on = (date: string | null, text: string) => findNamedMentions(text, date).map((m) => m.text);
    expect(on('1955-05-01', 'Soviet warships entered the Black Sea.')).not.toContain('Black');
    expect(on(null, 'Ships carrying grain left the Black Sea ports.')).not.toContain('Black');
    expect(on('1955-05-01', 'Black met Nehru in Delhi.')).toContain('Black');
  });
  it('reads a state after an en dash as the end of a compound, as after a hyphen', () => {
    const on = (text: string) => findNamedMentions(text, '2023-05-01').map((m) => m.text);
    expect(on('Canadian-US senior officials met.')).toEqual(['Canadian', 'US']);
    expect(on('Canadian–US senior officials met.')).toEqual(['Canadian', 'US']);
  });
  it('reads a hyphened article as more of a name only right after it and only for an article', () => {
    const on = (text: string) => findNamedMentions(text, '2023-05-01').map((m) => m.text);
    expect(on('Abdel Fattah al-Burhan met Putin.')).toEqual(['Putin']);
    expect(on('Sisi, al-Burhan and Putin met in Cairo.')).toContain('Sisi');
    expect(on('Egypt backed Sisi. al-Burhan said so.')).toContain('Sisi');
    expect(on('Abdel Fattah pro-Burhan rallies grew.')).toContain('Abdel Fattah');
  });
});
