// The gazetteer's index file (written by scripts/compile.mjs into lib/, read by the compiled code at
// start-up instead of building the gazetteer from its sources; a first word's line is read on its
// first lookup, by byte offset) holds exactly what the build from the sources holds: every first
// word's entries (accented ones too, whose bytes outnumber their characters), the lower-case first
// words, the agents and the people qualifiers.
import { describe, expect, it } from 'vitest';
import handAgents from '../../pipeline/claims/data/agents.json' with { type: 'json' };
import lexicon from '../../pipeline/claims/data/actors.json' with { type: 'json' };
import { bytesReader, indexText, isUpper, parseIndex } from '../../pipeline/claims/gazetteer-index.ts';
import { buildEntries, buildIndex } from '../../pipeline/claims/gazetteer-sources.ts';

describe('gazetteer index file', () => {
  const built = buildIndex();
  const read = parseIndex(bytesReader(Buffer.from(indexText(built))));

  it('gives every first word the entries the sources give, in the same order', () => {
    expect(built.entries.size).toBeGreaterThan(10000);
    for (const [word, slot] of built.entries) expect(read.entries.get(word), word).toEqual(slot);
    expect(read.entries.get('no such first word')).toBeUndefined();
  });

  it('keeps the lower-case first words and the agents', () => {
    // Names whose first letter is not a capital, counted from the entries themselves.
    const lowerCase = new Set(
      buildEntries()
        .filter((e) => !isUpper(e.tokens[0]![0]!))
        .map((e) => e.tokens[0]!.toLowerCase()),
    );
    expect(lowerCase.has('the')).toBe(true);
    expect(read.lowerCaseStarts).toEqual(lowerCase);
    expect(read.agentsAfter).toEqual([...Object.entries(handAgents.after), ...Object.entries(lexicon.agents)]);
  });

  it("keeps the lexicon's people qualifiers, so a run reading the file never loads the lexicon for them", () => {
    expect(read.peopleQualifiers).toEqual(lexicon.qualifiers);
    expect(read.peopleQualifiers.length).toBeGreaterThan(10);
  });

  it('refuses a file from an older compile, whose header lacks a list, rather than read the list as empty', () => {
    const text = indexText({ entries: new Map(), lowerCaseStarts: new Set(), agentsAfter: [], places: [], peopleQualifiers: ['kurdish'] });
    const [, header, lines] = /^\d+\n(.*)\n([\s\S]*)$/u.exec(text)!;
    const { peopleQualifiers: _, ...older } = JSON.parse(header!) as Record<string, unknown>;
    const olderHeader = JSON.stringify(older);
    const olderFile = `${Buffer.byteLength(olderHeader)}\n${olderHeader}\n${lines}`;
    expect(() => parseIndex(bytesReader(Buffer.from(olderFile)))).toThrow(/no peopleQualifiers.*older compile/u);
    expect(parseIndex(bytesReader(Buffer.from(text))).peopleQualifiers).toEqual(['kurdish']);
  });
});

describe('gazetteer entries', () => {
  const entries = buildEntries();
  const named = (name: string) => entries.filter((e) => e.tokens.join(' ') === name && !e.combining);

  it('mark a people’s name or adjective as a demonym, never a state’s own name or initials', () => {
    for (const name of ['Ukrainian', 'Ukrainians', 'Iraqi', 'Congolese', 'congolais']) expect(named(name)[0]?.demonym, name).toBe(true);
    for (const name of ['Ukraine', 'Niger', 'Congo', 'US', 'Philippines']) expect(named(name)[0]?.demonym, name).toBeUndefined();
    // The flag survives the index file.
    const read = parseIndex(bytesReader(Buffer.from(indexText(buildIndex()))));
    expect(read.entries.get('ukrainian')!.single.find((e) => e.tokens.join(' ') === 'Ukrainian')?.demonym).toBe(true);
  });

  it('hold each of a person’s roles once, however many people share the name', () => {
    // "Salva Kiir" is listed twice, once with South Sudan's presidency given twice.
    expect(named('Salva Kiir')[0]!.roles!.filter((r) => r.country === 'SSD' && r.sector === 'GOV')).toHaveLength(1);
    const repeated = entries.filter((e) => e.roles && new Set(e.roles.map((r) => JSON.stringify(r))).size !== e.roles.length);
    expect(repeated.map((e) => e.tokens.join(' '))).toEqual([]);
  });
});
