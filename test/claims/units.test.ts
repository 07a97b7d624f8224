// Unit tests of the claims extractor's parts on sentences written for them: sentences and offsets,
// actors, coreference, every relation term, every modality, times, quantities, French.
import { describe, expect, it } from 'vitest';
import { RELATION_NAMES, type ClaimRecord } from '../../pipeline/records/claim.ts';
import { extractClaims, claimId, CLAIMS_EXTRACTOR } from '../../pipeline/claims/index.ts';
import { findNamedMentions } from '../../pipeline/claims/actors.ts';
import { splitSentences } from '../../pipeline/claims/sentences.ts';
import { packsFor } from '../../pipeline/claims/language-packs.ts';
import { findTimes } from '../../pipeline/claims/time.ts';
import { findQuantities } from '../../pipeline/claims/quantities.ts';
import { relationVocabularyMarkdown } from '../../pipeline/claims/vocabulary.ts';

const DOC = 'doc_00000000000000aa';
const en = packsFor('en')[0]!;
const fr = packsFor('fr')[0]!;
const claimsOf = (text: string, language = 'en') => extractClaims({ id: DOC, text, language });
const triples = (claims: ClaimRecord[]) => claims.map((c) => `${c.subject.id} ${c.relation} ${c.object.id}`);
const ids = (text: string) => findNamedMentions(text).map((m) => m.actor!.id);

describe('a subjectless verb takes the sentence topic', () => {
  it('keeps the first name of a comma apposition but every actor of a hyphened or listed group', () => {
    expect(triples(claimsOf("Algeria, Africa's largest gas producer, attacked Morocco."))).toEqual(['DZA armed_conflict MAR']);
    expect(triples(claimsOf('Russian-Syrian forces, which had massed for weeks, attacked Turkey.')).sort()).toEqual([
      'RUS armed_conflict TUR',
      'SYR armed_conflict TUR',
    ]);
    expect(triples(claimsOf('Russian and Syrian forces, which had massed for weeks, attacked Turkey.'))).toEqual([
      'RUS armed_conflict TUR',
      'SYR armed_conflict TUR',
    ]);
  });
});

describe('sentences', () => {
  it('does not split on abbreviations, initialisms or decimals, and keeps exact offsets', () => {
    const text = 'Dr. Smith met U.S. officials. Contract No. 5 is worth $7.5 billion, vs. $2 billion before.\n\nSecond paragraph here.';
    const sentences = splitSentences(text, en.abbreviations);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Smith met U.S. officials.',
      'Contract No. 5 is worth $7.5 billion, vs. $2 billion before.',
      'Second paragraph here.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('gives claims offsets into the document text, also after earlier paragraphs', () => {
    const text = 'An opening line without actors.\n\nIn 2021, Russia delivered 14 Su-35 jets to Algeria. Nothing else.';
    const [claim] = claimsOf(text);
    expect(claim).toBeDefined();
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
    expect(claim!.text).toBe('In 2021, Russia delivered 14 Su-35 jets to Algeria.');
  });
});

describe('actors', () => {
  it('normalises names, demonyms, capitals and historical states to ISO alpha-3', () => {
    expect(ids('Algeria, Russian, Moscow, Algiers, Paris, Washington, Beijing, Kyiv, Kiev')).toEqual([
      'DZA',
      'RUS',
      'RUS',
      'DZA',
      'FRA',
      'USA',
      'CHN',
      'UKR',
      'UKR',
    ]);
    expect(ids('the Soviet Union, the USSR, Soviet')).toEqual(['SUN', 'SUN', 'SUN']);
    expect(ids('the Russian-Ukrainian war and Sino-Russian ties')).toEqual(['RUS', 'UKR', 'CHN', 'RUS']);
  });

  it('matches multi-word names longest first and keeps organisations and regions apart', () => {
    expect(ids('the United States and the Middle East and North Africa')).toEqual(['USA', 'mena']);
    expect(ids('Western Sahara, the Sahel, the Global South, NATO, the European Union, the Wagner Group')).toEqual([
      'western-sahara',
      'sahel',
      'global-south',
      'nato',
      'eu',
      'wagner-group',
    ]);
  });

  it('respects case where it matters', () => {
    expect(ids('us and US')).toEqual(['USA']);
    expect(ids('turkey for dinner in Turkey')).toEqual(['TUR']);
  });

  it('reads French names and adjectives', () => {
    expect(ids("l'Algérie, la Russie, Moscou, Alger, les relations algéro-russes, l'Union soviétique")).toEqual([
      'DZA',
      'RUS',
      'RUS',
      'DZA',
      'DZA',
      'RUS',
      'SUN',
    ]);
  });

  it('resolves "it" and "the two countries" within the paragraph when clear', () => {
    const text = 'Algeria and Russia signed a treaty. Later the two countries held joint exercises.';
    expect(triples(claimsOf(text))).toContain('DZA military_cooperation RUS');
    const pronoun = claimsOf('Because of Algeria’s ties with Russia, it condemned France.');
    expect(triples(pronoun)).toEqual(['DZA criticism FRA']);
    // The record names the actor, never the pronoun; the pronoun is kept as the mention.
    expect(pronoun[0]!.subject.name).toBe('Algeria');
    expect(pronoun[0]!.subject.mention).toBe('it');
  });

  it('does not resolve across paragraphs', () => {
    expect(claimsOf('Algeria is large.\n\nIt condemned France.')).toEqual([]);
  });
});

describe('relations', () => {
  const cases: Array<[string, string]> = [
    ['Russia sold 28 Su-30MKA fighters to Algeria.', 'RUS arms_transfer DZA'],
    ['Algerian and Russian forces held joint exercises.', 'DZA military_cooperation RUS'],
    ['Algeria became a strategic partner of Russia.', 'DZA strategic_partnership RUS'],
    ['Italy imports gas from Algeria.', 'ITA economic_cooperation DZA'],
    ['Russia backed Morocco in the dispute.', 'RUS diplomatic_support MAR'],
    ['Egypt remained neutral on the war in Sudan.', 'EGY neutrality SDN'],
    ['Algeria condemned France.', 'DZA criticism FRA'],
    ['Qatar mediated between Israel and Egypt.', 'QAT mediation ISR'],
    // Undirected relations are stored once, the two ids in order.
    ['The rapprochement between Turkey and Egypt continued.', 'EGY rapprochement TUR'],
    ['Russia invaded Ukraine.', 'RUS armed_conflict UKR'],
    ['The European Union imposed sanctions on Belarus.', 'eu sanctions BLR'],
    ['Algerian-Russian relations will deepen.', 'DZA relations_outlook RUS'],
    ['Russia expanded its influence in Mali.', 'RUS influence MLI'],
    // The relations of the PLOVER event types, from the compiled event-verb lexicon (lemmas).
    ['Algeria agreed to help Mali.', 'DZA agreement MLI'],
    ['Russia and China held talks.', 'CHN consultation RUS'],
    ['Japan sent aid to Haiti.', 'JPN aid HTI'],
    ['France urged Mali to hold elections.', 'FRA demand MLI'],
    ["Morocco rejected Algeria's proposal.", 'MAR rejection DZA'],
    ['Russia threatened Ukraine.', 'RUS threat UKR'],
    ['Serbian protesters rallied against NATO.', 'SRB protest nato'],
    ['Algeria severed ties with Morocco.', 'DZA diplomatic_downgrade MAR'],
    ['Iran detained British sailors.', 'IRN coercion GBR'],
    ['Iran kidnapped French citizens.', 'IRN assault FRA'],
    ['Russia withdrew from Georgia.', 'RUS retreat GEO'],
    ['Serbia yielded to NATO.', 'SRB concession nato'],
    ['France investigated Rwanda.', 'FRA investigation RWA'],
    ['Russia mobilized troops against Ukraine.', 'RUS mobilization UKR'],
  ];

  it.each(cases)('%s', (sentence, triple) => {
    expect(triples(claimsOf(sentence))).toContain(triple);
  });

  it('covers every relation of the vocabulary', () => {
    expect(new Set(cases.map(([, t]) => t.split(' ')[1]))).toEqual(new Set(RELATION_NAMES));
  });

  it('yields nothing for two countries without a relation cue', () => {
    expect(claimsOf('Algeria and Russia are both large countries.')).toEqual([]);
    expect(claimsOf('The Algerian minister flew to Moscow on Monday.')).toEqual([]);
  });

  it('takes the parties of a noun from "between" and the passive agent from "by"', () => {
    expect(triples(claimsOf('Algeria stayed out of the war between Russia and Ukraine.'))).toEqual(
      expect.arrayContaining(['DZA neutrality RUS', 'RUS armed_conflict UKR']),
    );
    expect(triples(claimsOf('Algeria was supported by the Soviet Union.'))).toEqual(['SUN diplomatic_support DZA']);
  });

  it('needs an arms word for a trade verb to be an arms transfer', () => {
    expect(triples(claimsOf('Algeria bought wheat from Russia.'))).toEqual(['DZA economic_cooperation RUS']);
    // Roles, not grammar: the supplier is the subject whoever the grammatical subject is.
    expect(triples(claimsOf('Algeria bought missiles from Russia.'))).toEqual(['RUS arms_transfer DZA']);
  });

  it('codes every claim with its PLOVER event, mode and contexts', () => {
    const [sold] = claimsOf('Russia sold 28 Su-30MKA fighters to Algeria.');
    expect([sold!.event, sold!.mode, sold!.context]).toEqual(['AID', null, ['military']]);
    const [recalled] = claimsOf('Algeria severed ties with Morocco.');
    expect([recalled!.event, recalled!.mode, recalled!.context]).toEqual(['SANCTION', 'withdraw', ['diplomatic']]);
  });

  it("reads a reported obligation as the source's demand, and intent as PLOVER does", () => {
    const [demand] = claimsOf('Russia said on Tuesday that Sudan must return a helicopter.');
    expect([demand!.subject.id, demand!.relation, demand!.event, demand!.object.id, demand!.modality]).toEqual(['RUS', 'demand', 'DEMAND', 'SDN', 'asserted']);
    // An intent to cooperate is AGREE; the relation keeps the act intended.
    const [withdraw] = claimsOf('Syria is willing to withdraw its troops from Lebanon.');
    expect([withdraw!.subject.id, withdraw!.relation, withdraw!.event, withdraw!.object.id]).toEqual(['SYR', 'retreat', 'AGREE', 'LBN']);
  });

  it('takes no topic, compound adjective or reference-list entry for an event', () => {
    expect(claimsOf('The ministers discussed key issues like the Palestine-Israel conflict.')).toEqual([]);
    expect(claimsOf('Smith, J. (2019). Russia sold jets to Algeria. Retrieved 12 May 2020.')).toEqual([]);
    expect(triples(claimsOf('Palestine and Israel are locked in a conflict.'))).not.toEqual([]);
  });

  it("matches the pack's English verbs as lemmas, in any tense", () => {
    for (const sentence of [
      'Russia sells tanks to Algeria.',
      'Russia sold tanks to Algeria.',
      'Russia is selling tanks to Algeria.',
      'Russia has been supplying tanks to Algeria.',
    ]) {
      expect(triples(claimsOf(sentence)), sentence).toEqual(['RUS arms_transfer DZA']);
    }
    expect(triples(claimsOf('Egypt sided with Saudi Arabia.'))).toEqual(['EGY diplomatic_support SAU']);
  });

  it('matches event verbs in any tense from their lemma, and French forms', () => {
    for (const sentence of ['Russia threatens Ukraine.', 'Russia is threatening Ukraine.', 'Russia has threatened Ukraine.']) {
      expect(triples(claimsOf(sentence))).toEqual(['RUS threat UKR']);
    }
    expect(triples(claimsOf("Le Maroc menace l'Algérie de sanctions.", 'fr'))).toEqual(['MAR threat DZA']);
    expect(triples(claimsOf('La Russie a retiré ses troupes de Géorgie.', 'fr'))).toContain('RUS retreat GEO');
    // "saisir la justice" refers a case, "arrêter les combats" halts fighting: not a seizure or an arrest.
    expect(triples(claimsOf('Le Niger a saisi la CPI contre le Mali.', 'fr'))).toEqual(['NER criticism MLI']);
    expect(triples(claimsOf('Le Sénégal a saisi des armes destinées au Mali.', 'fr'))).toEqual(['SEN coercion MLI']);
    expect(triples(claimsOf("La Russie a arrêté les frappes contre l'Ukraine.", 'fr'))).toEqual(['RUS retreat UKR']);
    expect(triples(claimsOf('Le Maroc a arrêté trois ressortissants algériens.', 'fr'))).toEqual(['MAR coercion DZA']);
  });
});

describe('modality', () => {
  const modalityOf = (sentence: string, language = 'en') => claimsOf(sentence, language).map((c) => [c.modality, c.polarity, c.attributed_to]);
  it('asserted', () => expect(modalityOf('Russia supplied tanks to Algeria.')).toEqual([['asserted', 'positive', null]]));
  it('hedged', () => {
    expect(modalityOf('Russia might supply tanks to Algeria.')).toEqual([['hedged', 'positive', null]]);
    expect(modalityOf('Russia could possibly supply tanks to Algeria.')).toEqual([['hedged', 'positive', null]]);
  });
  it('predicted', () => {
    expect(modalityOf('Russia will supply tanks to Algeria.')).toEqual([['predicted', 'positive', null]]);
    expect(modalityOf('Russia is expected to supply tanks to Algeria.')).toEqual([['predicted', 'positive', null]]);
    // A noun's event whose predicate puts it ahead: "a meeting between … is planned for next week".
    expect(modalityOf('A meeting between Kenya and Tanzania is planned for next week.')).toEqual([['predicted', 'positive', null]]);
    expect(modalityOf('The summit between Egypt and Ethiopia is scheduled for Monday.')).toEqual([['predicted', 'positive', null]]);
    // A past plan or a cause is no act ahead: "was planned for years", "was due in part to".
    expect(modalityOf("Russia's invasion of Ukraine was planned for years.")).toEqual([['asserted', 'positive', null]]);
    expect(modalityOf('The famine was due in part to the blockade imposed by Saudi Arabia on Yemen.')).toEqual([['asserted', 'positive', null]]);
  });
  it('attributed, with the source', () => {
    expect(modalityOf('Russian Foreign Minister Sergei Lavrov said Moscow would supply tanks to Algeria.')).toEqual([
      ['attributed', 'positive', 'Russian Foreign Minister Sergei Lavrov'],
    ]);
    expect(modalityOf('According to Reuters, Russia supplied tanks to Algeria.')).toEqual([['attributed', 'positive', 'Reuters']]);
  });
  it('negated', () => expect(modalityOf('Russia never supplied tanks to Algeria.')).toEqual([['negated', 'negative', null]]));
  it('hedged when the sentence asks whether the act happened', () => {
    expect(modalityOf('Did Russia supply tanks to Algeria?')).toEqual([['hedged', 'positive', null]]);
    expect(modalityOf('Will Russia supply tanks to Algeria?')).toEqual([['hedged', 'positive', null]]);
    expect(modalityOf("La Russie a-t-elle livré des chars à l'Algérie ?", 'fr')).toEqual([['hedged', 'positive', null]]);
    // The question after a statement does not reach back into it.
    expect(modalityOf('Russia supplied tanks to Algeria. Will Egypt follow?')).toEqual([['asserted', 'positive', null]]);
  });
  it('a negation inside the cue is not a negation of the claim', () => {
    expect(modalityOf('Algeria chose not to take sides on the crisis in Ukraine.')).toEqual([['asserted', 'positive', null]]);
  });
  it('French', () => {
    expect(modalityOf("La Russie pourrait livrer des chars à l'Algérie.", 'fr')).toEqual([['hedged', 'positive', null]]);
    expect(modalityOf("La Russie n'a pas livré de chars à l'Algérie.", 'fr')).toEqual([['negated', 'negative', null]]);
  });
});

describe('time', () => {
  const values = (text: string, pack = en) => findTimes(text, pack).map((t) => [t.value, t.text]);
  it('normalises dates, months, years, ranges and decades', () => {
    expect(values('In June 2023, on 14 March 2019, in 2006.')).toEqual([
      ['2023-06', 'June 2023'],
      ['2019-03-14', '14 March 2019'],
      ['2006', '2006'],
    ]);
    expect(values('from 2016 to 2020, 2016–2020, in the 2010s')).toEqual([
      ['2016/2020', 'from 2016 to 2020'],
      ['2016/2020', '2016–2020'],
      ['2010/2019', 'the 2010s'],
    ]);
  });
  it('does not read years into model names or amounts', () => {
    expect(values('The Su-30 and S-400 cost $2,000 each.')).toEqual([]);
  });
  it('reads French dates', () => {
    expect(values('en juin 2023, entre 2016 et 2020, dans les années 1970', fr)).toEqual([
      ['2023-06', 'juin 2023'],
      ['2016/2020', 'entre 2016 et 2020'],
      ['1970/1979', 'dans les années 1970'],
    ]);
  });
  it('gives a claim its own time, or none', () => {
    expect(claimsOf('In June 2023, Algeria and Russia signed a strategic partnership.')[0]!.time).toEqual({ value: '2023-06', text: 'June 2023' });
    expect(claimsOf('Algeria and Russia signed a strategic partnership.')[0]!.time).toBeNull();
  });
});

describe('quantities', () => {
  it('reads money, percentages and counted things', () => {
    expect(findQuantities('a $7.5 billion deal for 28 Su-30MKA fighters, 15% of imports', en)).toEqual([
      { text: '$7.5 billion', value: 7_500_000_000, unit: 'USD' },
      { text: '28 Su-30MKA fighters', value: 28, unit: 'Su-30MKA fighters' },
      { text: '15%', value: 15, unit: 'percent' },
    ]);
    expect(findQuantities('some 2,000 troops in 2021', en)).toEqual([{ text: '2,000 troops', value: 2000, unit: 'troops' }]);
  });
  it('reads French number formats', () => {
    expect(findQuantities('un contrat de 7,5 milliards de dollars et 14 avions', fr)).toEqual([
      { text: '7,5 milliards de dollars', value: 7_500_000_000, unit: 'USD' },
      { text: '14 avions', value: 14, unit: 'avions' },
    ]);
  });
  it('are attached to the claims of their sentence', () => {
    const [claim] = claimsOf('In 2006, Russia and Algeria signed a $7.5 billion arms deal.');
    expect(claim!.quantities).toEqual([{ text: '$7.5 billion', value: 7_500_000_000, unit: 'USD' }]);
    expect(claim!.time?.value).toBe('2006');
  });
});

describe('records', () => {
  it('have stable ids from document, offsets and triple, and name the extractor', () => {
    const text = 'Russia sold jets to Algeria.';
    const [first] = claimsOf(text);
    const [again] = claimsOf(text);
    expect(first).toEqual(again);
    expect(first!.id).toBe(claimId(DOC, 0, text.length, 'RUS', 'arms_transfer', 'DZA'));
    expect(first!.id).toMatch(/^clm_[0-9a-f]{16}$/);
    expect(first!.extractor).toBe(CLAIMS_EXTRACTOR);
    expect(first!.confidence).toBeGreaterThan(0);
    expect(first!.confidence).toBeLessThanOrEqual(1);
  });

  it('extracts French claims', () => {
    expect(triples(claimsOf("L'Algérie et la Russie ont signé un partenariat stratégique.", 'fr'))).toEqual(['DZA strategic_partnership RUS']);
    expect(triples(claimsOf("Alger a condamné l'ingérence de la France.", 'fr'))).toEqual(['DZA criticism FRA']);
  });

  it('documents the vocabulary as a Markdown table', () => {
    const table = relationVocabularyMarkdown();
    for (const name of RELATION_NAMES) expect(table).toContain(`\`${name}\``);
    expect(table.split('\n')).toHaveLength(RELATION_NAMES.length + 2);
  });
});
