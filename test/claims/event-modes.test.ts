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
