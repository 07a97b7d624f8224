// The gazetteer's compiled index (written by scripts/compile.mjs into lib/, read by the compiled code
// at start-up instead of building the gazetteer from its sources) holds exactly what the build from
// the sources holds: every first word's entries, the lower-case first words and the agents.
import { describe, expect, it } from 'vitest';
import handAgents from '../../pipeline/claims/data/agents.json' with { type: 'json' };
import lexicon from '../../pipeline/claims/data/actors.json' with { type: 'json' };
import { compiledIndexText, ENTRIES_BY_FIRST_TOKEN, GAZETTEER, parseCompiledIndex, type EntryIndex } from '../../pipeline/claims/gazetteer.ts';

describe('compiled gazetteer index', () => {
  const built = ENTRIES_BY_FIRST_TOKEN as ReadonlyMap<string, EntryIndex>;
  const compiled = parseCompiledIndex(compiledIndexText());

  it('gives every first word the entries the sources give, in the same order', () => {
    expect(built.size).toBeGreaterThan(10000);
    for (const [word, slot] of built) expect(compiled.entries.get(word), word).toEqual(slot);
    expect(compiled.entries.get('no such first word')).toBeUndefined();
  });

  it('keeps the lower-case first words and the agents', () => {
    // As gazetteer.ts defines them: names whose first letter is not a capital.
    const isUpper = (c: string) => c === c.toUpperCase() && c !== c.toLowerCase();
    const lowerCase = new Set(GAZETTEER.filter((e) => !isUpper(e.tokens[0]![0]!)).map((e) => e.tokens[0]!.toLowerCase()));
    expect(compiled.lowerCaseStarts).toEqual(lowerCase);
    expect(compiled.agentsAfter).toEqual([...Object.entries(handAgents.after), ...Object.entries(lexicon.agents)]);
  });
});
