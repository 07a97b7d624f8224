// Unit tests of actor resolution on sentences written for them: capitals and seats of government
// stand for their states, office holders are resolved by the document's date, a state's name with an
// agent gives a sector, pronouns and "the two countries" keep their antecedents' names, lists of
// parties give one claim each, and firms, organisations and armed groups are actors.
import { describe, expect, it } from 'vitest';
import type { Actor, ClaimRecord } from '../../pipeline/records/claim.ts';
import { extractClaims } from '../../pipeline/claims/index.ts';
import { actorCodes, findNamedMentions, withContextAgents } from '../../pipeline/claims/actors.ts';
import { roleHeldOn, roleOn, type Role } from '../../pipeline/claims/gazetteer.ts';

const DOC = 'doc_00000000000000ab';
const claimsOf = (text: string, published: string | null = null, language = 'en') => extractClaims({ id: DOC, text, language, published });
const coded = (a: Actor) => `${a.id}/${a.type}/${a.country ?? '-'}/${a.sector ?? '-'}`;
const actors = (text: string, date: string | null = null) => findNamedMentions(text, date).map((m) => `${m.text}=${coded(m.actor!)}`);
const pairs = (claims: ClaimRecord[]) => claims.map((c) => `${c.subject.id} ${c.relation} ${c.object.id}`).sort();
const PRONOUNS = /^(it|its|they|them|their|theirs|he|she|him|her|his|the two countries|both countries|the country)$/iu;

describe('capitals and seats of government', () => {
  it('stand for their state, coded as its government', () => {
    expect(actors('Officials in Moscow and Tbilisi spoke.')).toEqual(['Moscow=RUS/country/RUS/GOV', 'Tbilisi=GEO/country/GEO/GOV']);
    expect(actors('The Kremlin answered the White House and the Pentagon.')).toEqual([
      'The Kremlin=RUS/country/RUS/GOV',
      'the White House=USA/country/USA/GOV',
      'the Pentagon=USA/country/USA/MIL',
    ]);
  });

  it('give claims between the states', () => {
    expect(pairs(claimsOf('The Kremlin condemned Warsaw for the expulsions.'))).toEqual(['RUS criticism POL']);
  });
});

describe('capitals in a sentence', () => {
  const read = (text: string) => withContextAgents(text, findNamedMentions(text), true).map((m) => `${m.text}=${m.actor!.sector ?? '-'}`);
  it('are the government when they act', () => {
    expect(read('Washington and Hanoi agreed to resume talks.')).toEqual(['Washington=GOV', 'Hanoi=GOV']);
    expect(read('Ankara on Tuesday sharply condemned the decision.')).toEqual(['Ankara=GOV']);
    expect(read("Beijing's answer surprised Tokyo.")).toEqual(['Beijing=GOV', 'Tokyo=-']);
  });
  it('are the state as a place when something is done to them', () => {
    // The capital still places the sentence: the rebels are Afghanistan's.
    expect(read('Rebels shelled Kabul and Herat.')).toEqual(['Rebels=REB', 'Kabul=-']);
    expect(read('Hungarian farmers threatened to blockade Budapest.')).toEqual(['Hungarian farmers=AGR', 'Budapest=-']);
  });
});

describe('one-word names', () => {
  it('are not given names shared by many people', () => {
    // "Carlos", "Hassan", "Mahmoud" open more of the dictionary's full names than they close.
    expect(actors('President Omar Hassan al-Bashir spoke.').filter((a) => a.includes('JOR'))).toEqual([]);
    expect(actors('Former president Carlos Ortega spoke.').filter((a) => a.includes('ESP'))).toEqual([]);
    expect(actors('Mahmoud said so.')).toEqual([]);
  });
  it('still name office holders by surname', () => {
    expect(actors('Obama met Putin.', '2014-05-01')).toEqual(['Obama=USA/country/USA/GOV', 'Putin=RUS/country/RUS/GOV']);
  });
});

describe('office holders', () => {
  it('are resolved by the document date', () => {
    // Vladimir Putin was prime minister, then president, with an interval as "elite" before 1999.
    expect(actors('Vladimir Putin spoke.', '1995-06-01')).toEqual(['Vladimir Putin=RUS/country/RUS/ELI']);
    expect(actors('Vladimir Putin spoke.', '2012-06-01')).toEqual(['Vladimir Putin=RUS/country/RUS/GOV']);
    expect(actors('Bouteflika spoke.', '2005')).toEqual(['Bouteflika=DZA/country/DZA/GOV']);
  });

  it('pick the role whose dates hold the day, office before standing, else the undated one', () => {
    const roles: Role[] = [
      { id: 'AAA', type: 'country', country: 'AAA', sector: 'ELI', from: '1990-01-01', to: '2000-01-01' },
      { id: 'AAA', type: 'country', country: 'AAA', sector: 'GOV', from: '1995-01-01', to: '1999-12-31' },
      { id: 'BBB', type: 'country', country: 'BBB', sector: 'BUS', from: null, to: null },
    ];
    expect(roleOn(roles, '1996-03-04').sector).toBe('GOV');
    expect(roleOn(roles, '1992').sector).toBe('ELI');
    expect(roleOn(roles, '2010-05').country).toBe('BBB');
    // With no date, the latest dated role.
    expect(roleOn(roles, null)).toMatchObject({ country: 'AAA', to: '2000-01-01' });
  });

  it('with no date, of two roles held to this day pick the later begun, in either order', () => {
    // "Salva Kiir": Sudan's vice-president from 2005 and South Sudan's president from 2011, both open.
    const older: Role = { id: 'SDN', type: 'country', country: 'SDN', sector: 'GOV', from: '2005-11-01', to: null };
    const newer: Role = { id: 'SSD', type: 'country', country: 'SSD', sector: 'GOV', from: '2011-07-09', to: null };
    expect(roleOn([older, newer], null).id).toBe('SSD');
    expect(roleOn([newer, older], null).id).toBe('SSD');
  });

  it('read a date not written as ISO (YYYY, YYYY-MM, YYYY-MM-DD) as no date', () => {
    const roles: Role[] = [
      { id: 'AAA', type: 'country', country: 'AAA', sector: 'GOV', from: '1989-01-20', to: '1993-01-20' },
      { id: 'AAA', type: 'country', country: 'AAA', sector: 'ELI', from: null, to: null },
      { id: 'AAA', type: 'country', country: 'AAA', sector: 'SPY', from: '2001-01-20', to: '2009-01-20' },
    ];
    // "10 June 1990" is in the GOV term, but its first ten characters are no day; as no date: the latest role.
    expect(roleOn(roles, '10 June 1990')).toEqual(roleOn(roles, null));
    expect(roleHeldOn(roles.slice(0, 1), '10 June 2020')).toBe(true);
    expect(roleOn(roles, '1990-06-10').sector).toBe('GOV');
    expect(roleOn(roles, '1990-06-10T12:00:00Z').sector).toBe('GOV');
  });

  it('act for their state in claims', () => {
    expect(pairs(claimsOf('Vladimir Putin criticised Estonia.', '2015-01-01'))).toEqual(['RUS criticism EST']);
  });
});

describe('agents', () => {
  it('add a sector to a demonym or a state name', () => {
    expect(actors('Algerian troops crossed the line.')).toEqual(['Algerian troops=DZA/country/DZA/MIL']);
    expect(actors("Peru's foreign minister flew home.")).toEqual(["Peru's foreign minister=PER/country/PER/GOV"]);
    expect(actors('Kenyan police and Ugandan rebels met.')).toEqual(['Kenyan police=KEN/country/KEN/COP', 'Ugandan rebels=UGA/country/UGA/REB']);
  });

  it('come before the adjective in French', () => {
    expect(actors("L'armée malienne et le gouvernement nigérien")).toEqual(['armée malienne=MLI/country/MLI/MIL', 'gouvernement nigérien=NER/country/NER/GOV']);
  });

  it('keep the state as the party of the claim, and their words may still be cues', () => {
    const claims = claimsOf('Chilean forces clashed with Bolivian troops.');
    expect(pairs(claims)).toEqual(['CHL armed_conflict BOL']);
    expect(claims[0]!.subject).toMatchObject({ name: 'Chilean forces', mention: 'Chilean forces', sector: 'MIL' });
  });

  it('do not take a verb for a modifier', () => {
    expect(actors('Algeria bought fighters.')).toEqual(['Algeria=DZA/country/DZA/-']);
  });
});

describe('pronouns and "the two countries"', () => {
  it("resolve to their antecedents and keep the antecedents' names", () => {
    const claims = claimsOf('Chile and Bolivia signed a border treaty. Later the two countries held joint military exercises.');
    const exercise = claims.find((c) => c.relation === 'military_cooperation')!;
    expect([exercise.subject.id, exercise.object.id].sort()).toEqual(['BOL', 'CHL']);
    expect([exercise.subject.name, exercise.object.name].sort()).toEqual(['Bolivia', 'Chile']);
    expect(exercise.subject.mention).toBe('the two countries');
  });

  it('never become a name', () => {
    const texts = [
      'Because of Peru’s ties with Chile, it condemned Bolivia.',
      'Ghana and Togo signed a defence pact. They later held joint exercises with Benin.',
      'Oman criticised Yemen. It also condemned their allies.',
    ];
    for (const text of texts) {
      for (const claim of claimsOf(text)) {
        for (const actor of [claim.subject, claim.object]) expect(actor.name).not.toMatch(PRONOUNS);
      }
    }
    expect(claimsOf(texts[0]!)[0]!.subject).toMatchObject({ id: 'PER', name: 'Peru', mention: 'it' });
  });
});

describe('several parties sharing one verb', () => {
  it('give one claim per party', () => {
    expect(pairs(claimsOf('Ghana, Togo and Benin condemned Niger.'))).toEqual(['BEN criticism NER', 'GHA criticism NER', 'TGO criticism NER']);
  });

  it('only when the names form a list', () => {
    expect(pairs(claimsOf('In Ghana, Togo condemned Niger.'))).not.toContain('GHA criticism NER');
  });
});

describe('organisations, firms and armed groups', () => {
  it('are actors with their kind, country and sector', () => {
    expect(actors('Rosoboronexport and the Polisario Front')).toEqual([
      'Rosoboronexport=rosoboronexport/company/RUS/BUS',
      'the Polisario Front=polisario-front/group/ESH/REB',
    ]);
    const [firm] = findNamedMentions('Rosoboronexport signed.');
    expect(firm!.actor).toMatchObject({ id: 'rosoboronexport', type: 'company', country: 'RUS', sector: 'BUS' });
    const [un] = findNamedMentions('The OSCE said.');
    expect(un!.actor).toMatchObject({ id: 'osce', type: 'organization', country: null, sector: 'IGO' });
    const [group] = findNamedMentions('The Liberation Tigers of Tamil Eelam said.');
    expect(group!.actor).toMatchObject({ type: 'group', country: 'LKA', sector: 'REB' });
  });

  it('take their id from their own name, not from a person filed under their code', () => {
    // The dictionaries list officials under an organisation's code with no dates; the id must still
    // name the organisation, in a claim too.
    const ids = (text: string) => findNamedMentions(text).map((m) => m.actor!.id);
    expect(ids('The refugee agency UNHCR opened two camps.')).toEqual(['unhcr']);
    expect(ids('The World Food Programme cut rations.')).toEqual(['world-food-program']);
    expect(ids('The ICC issued a warrant.')).toEqual(['icc']);
    const claims = claimsOf('Kenya criticised the UNHCR over the camps.');
    expect(pairs(claims)).toEqual(['KEN criticism unhcr']);
  });

  it('answer to PLOVER codes', () => {
    const [un] = findNamedMentions('The United Nations said.');
    expect(actorCodes(un!.actor!)).toContain('IGO');
    const [troops] = findNamedMentions('Algerian troops said.');
    expect(actorCodes(troops!.actor!)).toContain('DZA');
  });
});

describe('agent words that belong to a relation', () => {
  it('leave the actor as the state', () => {
    const claims = claimsOf('The Chilean-Bolivian military cooperation grew.');
    // Undirected relations are stored once, the two ids in order: BOL before CHL.
    expect(pairs(claims)).toEqual(['BOL military_cooperation CHL']);
    expect(claims[0]!.subject).toMatchObject({ name: 'Bolivian', sector: null });
    expect(claims[0]!.object).toMatchObject({ name: 'Chilean', sector: null });
  });
});

describe('abbreviated titles', () => {
  const agentsOf = (text: string, grammar: boolean) =>
    withContextAgents(text, findNamedMentions(text), grammar).map((m) => `${m.text}=${m.actor?.id ?? '-'}/${m.actor?.sector ?? '-'}`);

  it('are agents written as titles: capitalised, with the full stop, before a name', () => {
    expect(agentsOf('Col. Jean Dupont said Malian troops had left the town.', true)).toContain('Col. Jean Dupont=MLI/MIL');
  });

  it('are not a lower-case word of another language ("lt." for the German "laut")', () => {
    // Israel is placed by "in", which German shares: before, "lt" became an Israeli officer (ISR/MIL).
    const german = 'Zwei Soldaten wurden lt. Armee in Israel verletzt.';
    expect(agentsOf(german, false)).toEqual(['Israel=ISR/-']);
    expect(agentsOf('Die Polizei hat lt. Medienberichten in Israel drei Männer festgenommen.', false)).toEqual(['Israel=ISR/-']);
  });

  it('are not the word without its full stop ("Lt" alone)', () => {
    const agents = agentsOf('Lt Jean Dupont said Malian troops had left the town.', true);
    expect(agents.some((m) => m.startsWith('Lt'))).toBe(false);
    // The rest of the sentence is still read: no Lt, but the troops are found.
    expect(agents).toContain('Malian troops=MLI/MIL');
  });
});

describe('the line check before parsing', () => {
  const agentsOf = (text: string, grammar: boolean) =>
    withContextAgents(text, findNamedMentions(text), grammar).map((m) => `${m.text}=${m.actor?.id ?? '-'}/${m.actor?.sector ?? '-'}`);

  it('reads a weekday or a sentence-opening common word before an agent as no other party', () => {
    // Before, without grammar "Monday" and "Ministry" counted as names of some other party.
    expect(agentsOf('On Monday police arrested protesters in Kenya.', false)).toContain('police=KEN/COP');
    expect(agentsOf('Ministry officials met diplomats in Kenya.', false)).toEqual(agentsOf('Ministry officials met diplomats in Kenya.', true));
  });
});

describe("a state's adjective before a group's name", () => {
  const read = (text: string) =>
    withContextAgents(text, findNamedMentions(text), true).map((m) => `${m.text}=${m.actor?.id ?? '-'}/${m.actor?.country ?? '-'}`);

  it("makes the group that state's, one party", () => {
    expect(read('Pakistani Taliban militants attacked a convoy.')).toEqual(['Pakistani Taliban=taliban/PAK']);
    expect(read('Iraqi Kurdish fighters recaptured the dam.')).toEqual(['Iraqi Kurdish fighters=kurdish-fighters/IRQ']);
  });
  it("keeps a state's own name before a group's as a party of its own", () => {
    expect(read('Israel Hamas talks resumed on Monday.')).toEqual(['Israel=ISR/ISR', 'Hamas=hamas/PSE']);
  });
});
