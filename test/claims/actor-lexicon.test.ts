// The compiled actor lexicon (pipeline/claims/data/actors.json, written by
// scripts/compile-actor-lexicon.mjs) keeps apart what the PETRARCH2 dictionaries keep apart: blocks
// that share a code which only classifies ('NGOHRI', any human-rights NGO) are different
// organisations, and a people's name is no office holder's even when one carries it as a surname.
import { describe, expect, it } from 'vitest';
import handAgents from '../../pipeline/claims/data/agents.json' with { type: 'json' };
import lexicon from '../../pipeline/claims/data/actors.json' with { type: 'json' };
import { slug } from '../../pipeline/claims/slug.js';

const entriesNaming = (name: string) => lexicon.organizations.filter((o) => o.names.includes(name));

describe('compiled actor lexicon', () => {
  it('keeps organisations that share a classifying code apart, each with an id from its own names', () => {
    // Three human-rights NGOs coded NGOHRI alone: each its own entry.
    const ids = ['Human Rights Watch', 'Afro Asian Peoples Solidarity Organization', 'Andhra Pradesh Civil Liberties'].map((n) => {
      const found = entriesNaming(n);
      expect(found, n).toHaveLength(1);
      expect(
        found[0]!.names.map((x) => slug(x)),
        n,
      ).toContain(found[0]!.id.replace(/-\d+$/u, ''));
      return found[0]!.id;
    });
    expect(new Set(ids).size).toBe(3);
    expect(entriesNaming('Human Rights Watch')[0]!.id).toBe('human-rights-watch');
    // No entry under a code made only of classifying parts gathers many differently spelled names.
    const classifying = /^(NGO|IGO)(HRI|DEV|HLH|EDU|ENV|BUS|MED)?$/u;
    for (const o of lexicon.organizations) if (o.code && classifying.test(o.code)) expect(o.names.length, o.id).toBeLessThan(8);
  });

  it('still merges the blocks of a code that names one organisation, and spellings and acronyms of one name', () => {
    const un = entriesNaming('UN');
    expect(un).toHaveLength(1);
    expect(un[0]!.names).toContain('United Nations');
    // Spellings of one name (punctuation, spaces) in separate blocks of a classifying code.
    expect(entriesNaming('A.G. Kishore')[0]).toBe(entriesNaming('A. G. Kishore')[0]);
    // An acronym block joins the entry whose initials it spells, and the id comes from the full name.
    const aapso = entriesNaming('AAPSO');
    expect(aapso).toHaveLength(1);
    expect(aapso[0]!.names).toContain('Afro Asian Peoples Solidarity Organization');
    expect(aapso[0]!.id).toBe('afro-asian-peoples-solidarity-organization');
  });

  it('lists every French agent who speaks or stands for another among the French agents it is matched as', () => {
    // french-agents.ts finds agents by `before` alone: a speaking or mission word missing there is never read.
    const before = new Set(Object.keys(handAgents.before));
    for (const w of handAgents.speaks_for_fr.words) expect(before.has(w), w).toBe(true);
    for (const w of handAgents.missions_abroad.words_fr) expect(before.has(w), w).toBe(true);
  });

  it('gives no person a one-word name that is a people or group word of the hand-kept agents', () => {
    const words = new Set<string>();
    for (const phrase of Object.keys(handAgents.after))
      for (const w of phrase.split(/\s+/u)) {
        words.add(w);
        if (w.length > 4 && w.endsWith('s')) words.add(w.slice(0, -1));
      }
    expect(words.has('pashtun')).toBe(true);
    for (const p of lexicon.persons) for (const n of p.names) if (!n.includes(' ')) expect(words.has(n.toLowerCase()), n).toBe(false);
    // The full names stay: "Mohammad Yousef Pashtun" is still a minister.
    expect(lexicon.persons.some((p) => p.names.includes('Mohammad Yousef Pashtun'))).toBe(true);
  });

  it('reads a block whose last open-ended code is a bare state code as that state, not as a person', () => {
    // A person holds offices (a sector); an open-ended role that is a state alone means the block names
    // the state, even when an older code of its predecessor is left open too (Turkmenistan's USRTKM).
    for (const p of lexicon.persons)
      for (const r of p.roles) expect('country' in r && 'sector' in r && r.sector === null && r.from !== null && r.to === null, p.names[0]).toBe(false);
    expect((lexicon.countries as Record<string, string[]>).TKM).toContain('Turkmenistan');
  });
});
