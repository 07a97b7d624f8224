// The French forms the event-verb compiler writes out (scripts/french-conjugation.ts): the tenses and
// agreements wire copy states events with, checked on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { frenchForms } from '../../scripts/french-conjugation.ts';
import { wordPattern } from '../../pipeline/claims/language-packs.ts';

/** The part of the sentence the verb's forms match, or null. */
function matched(infinitive: string, sentence: string): string | null {
  const m = wordPattern(frenchForms(infinitive)).exec(sentence);
  return m ? m[0] : null;
}

describe('French verb forms', () => {
  it.each([
    ['condamner', "Le Bénin a condamné l'incursion.", 'condamné'],
    ['condamner', 'Les deux capitales condamneraient la décision.', 'condamneraient'],
    ['appeler', 'Le Togo appelle le Ghana à la retenue.', 'appelle'],
    ['rejeter', "Le Tchad rejettera l'offre.", 'rejettera'],
    ['lever', 'Le Kenya lève les restrictions.', 'lève'],
    ['céder', 'Le Gabon cède à la pression.', 'cède'],
    ['céder', 'Le Gabon cédera à la pression.', 'cédera'],
    ['libérer', 'Les prisonniers ont été libérés par le Burundi.', 'libérés'],
    ['menacer', 'La Serbie menaçait le Kosovo.', 'menaçait'],
    ['exiger', "L'Égypte exigeait des garanties.", 'exigeait'],
    ['déployer', 'Le Niger déploiera des renforts.', 'déploiera'],
    ['envoyer', "L'Inde enverra une équipe.", 'enverra'],
    ['acheter', "L'Algérie achète du blé.", 'achète'],
    ['saisir', 'La cargaison a été saisie par les douanes.', 'saisie'],
    ['détenir', 'Trois pêcheurs sont détenus au Sénégal.', 'détenus'],
    ['soutenir', 'La Zambie soutiendra la candidature.', 'soutiendra'],
    ['promettre', 'Le Qatar aurait promis une aide.', 'promis'],
    ['recevoir', 'Le président a reçu son homologue.', 'reçu'],
    ['ouvrir', 'Une enquête a été ouverte à Dakar.', 'ouverte'],
    ['conclure', 'Un accord a été conclu mardi.', 'conclu'],
    ['détruire', 'Les frappes ont détruit un pont.', 'détruit'],
    ['interdire', 'Le parti est interdit depuis mai.', 'interdit'],
    ['reconnaître', 'Le Canada reconnaît le gouvernement.', 'reconnaît'],
    ['rompre', 'Le Rwanda rompt ses relations.', 'rompt'],
    ['combattre', "L'armée a combattu les rebelles.", 'combattu'],
    ['suspendre', 'La coopération a été suspendue.', 'suspendue'],
    ['accueillir', 'Le Ghana accueillera le sommet.', 'accueillera'],
  ])('%s matches %s', (infinitive, sentence, form) => {
    expect(matched(infinitive, sentence)).toBe(form);
  });

  it('conjugates the partir family without the -iss- infix', () => {
    const forms = frenchForms('démentir');
    for (const f of ['dément', 'démentent', 'démentait', 'démentit', 'démentira', 'démenti']) expect(forms).toContain(f);
    expect(forms).not.toContain('démentissent');
    expect(matched('démentir', 'Le Kremlin dément toute implication.')).toBe('dément');
    expect(matched('servir', 'La base sert de relais.')).toBe('sert');
    expect(matched('servir', 'Les bases servent de relais.')).toBe('servent');
    expect(matched('servir', 'La base servait de relais.')).toBe('servait');
    expect(matched('partir', 'Les troupes partent du Mali.')).toBe('partent');
    expect(frenchForms('asservir')).toContain('asservissent');
  });

  it('gives envoyer only its irregular future stem', () => {
    expect(frenchForms('envoyer')).toContain('enverra');
    expect(frenchForms('envoyer').some((f) => f.startsWith('envoier'))).toBe(false);
  });

  it('writes a pronominal verb with its pronoun and its compound tenses with être', () => {
    expect(matched("s'engager", "Le Mali s'est engagé à coopérer.")).toBe("s'est engagé");
    expect(matched("s'engager", 'Les deux pays se sont engagés à coopérer.')).toBe('se sont engagés');
    expect(matched("s'engager", "L'Algérie s'engage à livrer du gaz.")).toBe("s'engage");
    expect(matched('se retirer', "La Russie s'est retirée de la ville.")).toBe("s'est retirée");
    expect(matched('se rendre (?:en|au|aux|à)', "Le ministre s'est rendu au Niger.")).toBe("s'est rendu au");
    expect(matched("s'engager", 'Le Mali a engagé des pourparlers.')).toBeNull();
  });

  it('conjugates the first word of a phrase and keeps the rest', () => {
    expect(matched('mettre en garde', 'Le Ghana a mis en garde le Togo.')).toBe('mis en garde');
    expect(matched('se dire (?:prêt|disposé)(?:e|s|es)?', "L'Égypte s'est dite prête à discuter.")).toBe("s'est dite prête");
    expect(matched("accepter (?:de|d')", "Le Gabon a accepté d'ouvrir la frontière.")).toBe("accepté d'");
    expect(matched("accepter (?:de|d')", 'Le Gabon a accepté les conditions.')).toBeNull();
  });
});
