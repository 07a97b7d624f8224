// PLOVER modes of event claims, on sentences written for them: a release of persons is RETREAT with
// mode release (CAMEO 0841), in English and French; restrictions are COERCE with the mode of what is
// restricted: a curfew (1723), a party banned (1722), other restrictions (172, restrict).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../pipeline/claims/index.ts';

const codingOf = (text: string, language = 'en') =>
  extractClaims({ id: 'doc_00000000000000ab', text, language }).map((c) => `${c.subject.id} ${c.event}/${c.mode ?? '-'} ${c.object.id}`);

describe('PLOVER modes', () => {
  it('codes releasing or freeing persons as RETREAT, mode release', () => {
    expect(codingOf('Eritrea released twelve Ethiopian fishermen.')).toEqual(['ERI RETREAT/release ETH']);
    expect(codingOf('Chad freed two Sudanese pilots on Friday.')).toEqual(['TCD RETREAT/release SDN']);
    expect(codingOf('Le Niger a libéré deux soldats béninois.', 'fr')).toEqual(['NER RETREAT/release BEN']);
  });

  it('codes a curfew, a banned party and other restrictions by their COERCE mode', () => {
    expect(codingOf('Israel imposed a curfew on the Palestinian town of Jenin.')).toEqual(['ISR COERCE/curfew PSE']);
    expect(codingOf('Cambodia banned the opposition Cambodia National Rescue Party.')).toEqual(['KHM COERCE/ban cambodia-national-rescue-party']);
    expect(codingOf('Israel imposed restrictions on Palestinian fishermen.')).toEqual(['ISR COERCE/restrict PSE']);
  });
});

// Review of the events branch: each sentence below was coded wrongly before (written for this test).
describe('event senses bound to their words', () => {
  it('reads "fire at … over" as criticism by the phrase that opens after "over"', () => {
    expect(codingOf('Australia fired at China over its wine tariffs last week.')).toEqual(['AUS DISAPPROVE/- CHN']);
    expect(codingOf('Pakistan fired at India over its border policy.')).toEqual(['PAK DISAPPROVE/- IND']);
    expect(codingOf('Russia fired at Ukraine over Kharkiv.')).toEqual(['RUS ASSAULT/- UKR']);
  });

  it('codes release by what is released: persons, money, or nothing held', () => {
    expect(codingOf('The EU released 1 billion euros to Ukraine.')).toEqual(['eu AID/- UKR']);
    expect(codingOf('Russia released a video of captured Ukrainian soldiers.')).not.toContain('RUS RETREAT/release UKR');
    expect(codingOf('La France a libéré 10 millions d’euros pour le Liban.', 'fr')).toEqual(['FRA AID/- LBN']);
  });

  it('keeps the acceptance of a proposal, whose act is only intended', () => {
    expect(codingOf("Vietnam accepted Cambodia's proposal to reopen the border.")).toEqual(['VNM AGREE/- KHM']);
    expect(codingOf('Vietnam accepted a proposal from South Korea to reopen the border crossings.')).not.toContain('VNM CONCEDE/- KOR');
  });

  it('reads no threat in a negated or caused consequence', () => {
    expect(codingOf('China warned that Japan would not regret its decision.')).toEqual([]);
    expect(codingOf('India warned that Pakistan would face the consequences of Chinese debt.')).toEqual([]);
  });

  it('takes a verb-object entry only where the word heads the object', () => {
    expect(codingOf('Ukraine revoked the agreement on Russian passports.')).toEqual([]);
    expect(codingOf('Russia blocked a UN statement on the ship attacks by Ukraine.')).not.toContain('RUS COERCE/restrict un');
    expect(codingOf('Israel banned the movement of Palestinian workers into Jerusalem.')).not.toContain('ISR COERCE/ban PSE');
  });
});
