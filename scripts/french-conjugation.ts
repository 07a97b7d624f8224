// French verb forms for the event-verb compiler (scripts/compile-events.ts): the claims extractor has
// no French lemmatiser, so each infinitive of events.src.json is written out in the forms wire copy
// states events with. Third persons only (news reports what parties did): présent, imparfait, passé
// simple, futur, conditionnel, the past participle in its four agreements (passé composé with avoir
// or être, "a été … par" passives, "aurait …"), the present participle and the infinitive. Pronominal
// verbs ("s'engager") carry their pronoun, and their compound tenses their auxiliary ("s'est engagée",
// "se sont retirés"). A multi-word entry ("mettre en garde", "se dire prêt(?:e|s|es)?") conjugates its
// first word and keeps the rest as written (a pattern: it may name the agreements of an adjective).

/** The third-person and non-finite forms of one verb, before agreement and pronouns. */
interface Paradigm {
  /** présent (and subjonctif, which matches it or the plural stem in news use): singular, plural. */
  present: string[];
  /** Stem of the imparfait and the present participle ("recev" → recevait, recevant). */
  imperfectStem: string;
  /** passé simple: singular, plural. */
  pastSimple: string[];
  /** Stem of futur and conditionnel ("recevr" → recevra, recevrait). */
  futureStems: string[];
  /** Masculine singular past participle. */
  participle: string;
}

/**
 * Third-group verbs by ending, each ending before any ending that is its suffix ("prendre" before
 * "dre"): the first ending the infinitive ends with is replaced by each form's ending. The families cover the verbs news copy uses ("détenir", "soutenir" like "tenir";
 * "promettre" like "mettre"; "suspendre", "rendre" like "vendre"; "détruire", "ouvrir", "recevoir";
 * "démentir", "servir", "repartir" like "partir").
 */
const THIRD_GROUP: [ending: string, make: (stem: string) => Paradigm][] = [
  // The partir family drops the consonant before the ending in the singular présent (ment, sert, part)
  // and has no -iss- infix; its second-group lookalikes are caught in paradigmOf.
  ['mentir', (s) => likePartir(`${s}ment`, `${s}ment`)],
  ['sentir', (s) => likePartir(`${s}sent`, `${s}sent`)],
  ['partir', (s) => likePartir(`${s}part`, `${s}part`)],
  ['sortir', (s) => likePartir(`${s}sort`, `${s}sort`)],
  ['servir', (s) => likePartir(`${s}serv`, `${s}sert`)],
  [
    'prendre',
    (s) => ({
      present: [`${s}prend`, `${s}prennent`],
      imperfectStem: `${s}pren`,
      pastSimple: [`${s}prit`, `${s}prirent`],
      futureStems: [`${s}prendr`],
      participle: `${s}pris`,
    }),
  ],
  [
    'mettre',
    (s) => ({
      present: [`${s}met`, `${s}mettent`],
      imperfectStem: `${s}mett`,
      pastSimple: [`${s}mit`, `${s}mirent`],
      futureStems: [`${s}mettr`],
      participle: `${s}mis`,
    }),
  ],
  [
    'battre',
    (s) => ({
      present: [`${s}bat`, `${s}battent`],
      imperfectStem: `${s}batt`,
      pastSimple: [`${s}battit`, `${s}battirent`],
      futureStems: [`${s}battr`],
      participle: `${s}battu`,
    }),
  ],
  [
    'enir',
    (s) => ({
      present: [`${s}ient`, `${s}iennent`],
      imperfectStem: `${s}en`,
      pastSimple: [`${s}int`, `${s}inrent`],
      futureStems: [`${s}iendr`],
      participle: `${s}enu`,
    }),
  ],
  [
    'cevoir',
    (s) => ({
      present: [`${s}çoit`, `${s}çoivent`],
      imperfectStem: `${s}cev`,
      pastSimple: [`${s}çut`, `${s}çurent`],
      futureStems: [`${s}cevr`],
      participle: `${s}çu`,
    }),
  ],
  [
    'quérir',
    (s) => ({
      present: [`${s}quiert`, `${s}quièrent`],
      imperfectStem: `${s}quér`,
      pastSimple: [`${s}quit`, `${s}quirent`],
      futureStems: [`${s}querr`],
      participle: `${s}quis`,
    }),
  ],
  [
    'uire',
    (s) => ({
      present: [`${s}uit`, `${s}uisent`],
      imperfectStem: `${s}uis`,
      pastSimple: [`${s}uisit`, `${s}uisirent`],
      futureStems: [`${s}uir`],
      participle: `${s}uit`,
    }),
  ],
  [
    'clure',
    (s) => ({
      present: [`${s}clut`, `${s}cluent`],
      imperfectStem: `${s}clu`,
      pastSimple: [`${s}clut`, `${s}clurent`],
      futureStems: [`${s}clur`],
      participle: `${s}clu`,
    }),
  ],
  [
    'crire',
    (s) => ({
      present: [`${s}crit`, `${s}crivent`],
      imperfectStem: `${s}criv`,
      pastSimple: [`${s}crivit`, `${s}crivirent`],
      futureStems: [`${s}crir`],
      participle: `${s}crit`,
    }),
  ],
  [
    'dire',
    (s) => ({
      present: [`${s}dit`, `${s}disent`],
      imperfectStem: `${s}dis`,
      pastSimple: [`${s}dit`, `${s}dirent`],
      futureStems: [`${s}dir`],
      participle: `${s}dit`,
    }),
  ],
  [
    'faire',
    (s) => ({
      present: [`${s}fait`, `${s}font`],
      imperfectStem: `${s}fais`,
      pastSimple: [`${s}fit`, `${s}firent`],
      futureStems: [`${s}fer`],
      participle: `${s}fait`,
    }),
  ],
  [
    'traire',
    (s) => ({ present: [`${s}trait`, `${s}traient`], imperfectStem: `${s}tray`, pastSimple: [], futureStems: [`${s}trair`], participle: `${s}trait` }),
  ],
  [
    'aître',
    (s) => ({
      present: [`${s}aît`, `${s}ait`, `${s}aissent`],
      imperfectStem: `${s}aiss`,
      pastSimple: [`${s}ut`, `${s}urent`],
      futureStems: [`${s}aîtr`, `${s}aitr`],
      participle: `${s}u`,
    }),
  ],
  [
    'indre',
    (s) => ({
      present: [`${s}int`, `${s}ignent`],
      imperfectStem: `${s}ign`,
      pastSimple: [`${s}ignit`, `${s}ignirent`],
      futureStems: [`${s}indr`],
      participle: `${s}int`,
    }),
  ],
  [
    'uivre',
    (s) => ({
      present: [`${s}uit`, `${s}uivent`],
      imperfectStem: `${s}uiv`,
      pastSimple: [`${s}uivit`, `${s}uivirent`],
      futureStems: [`${s}uivr`],
      participle: `${s}uivi`,
    }),
  ],
  [
    'ompre',
    (s) => ({
      present: [`${s}ompt`, `${s}ompent`],
      imperfectStem: `${s}omp`,
      pastSimple: [`${s}ompit`, `${s}ompirent`],
      futureStems: [`${s}ompr`],
      participle: `${s}ompu`,
    }),
  ],
  [
    'dre',
    (s) => ({ present: [`${s}d`, `${s}dent`], imperfectStem: `${s}d`, pastSimple: [`${s}dit`, `${s}dirent`], futureStems: [`${s}dr`], participle: `${s}du` }),
  ],
  [
    'voir',
    (s) => ({
      present: [`${s}voit`, `${s}voient`],
      imperfectStem: `${s}voy`,
      pastSimple: [`${s}vit`, `${s}virent`],
      futureStems: [`${s}verr`, `${s}voir`],
      participle: `${s}vu`,
    }),
  ],
  [
    'eillir',
    (s) => ({
      present: [`${s}eille`, `${s}eillent`],
      imperfectStem: `${s}eill`,
      pastSimple: [`${s}eillit`, `${s}eillirent`],
      futureStems: [`${s}eiller`],
      participle: `${s}eilli`,
    }),
  ],
  [
    'vrir',
    (s) => ({
      present: [`${s}vre`, `${s}vrent`],
      imperfectStem: `${s}vr`,
      pastSimple: [`${s}vrit`, `${s}vrirent`],
      futureStems: [`${s}vrir`],
      participle: `${s}vert`,
    }),
  ],
  [
    'frir',
    (s) => ({
      present: [`${s}fre`, `${s}frent`],
      imperfectStem: `${s}fr`,
      pastSimple: [`${s}frit`, `${s}frirent`],
      futureStems: [`${s}frir`],
      participle: `${s}fert`,
    }),
  ],
  [
    'courir',
    (s) => ({
      present: [`${s}court`, `${s}courent`],
      imperfectStem: `${s}cour`,
      pastSimple: [`${s}courut`, `${s}coururent`],
      futureStems: [`${s}courr`],
      participle: `${s}couru`,
    }),
  ],
  [
    'fuir',
    (s) => ({
      present: [`${s}fuit`, `${s}fuient`],
      imperfectStem: `${s}fuy`,
      pastSimple: [`${s}fuit`, `${s}fuirent`],
      futureStems: [`${s}fuir`],
      participle: `${s}fui`,
    }),
  ],
];

/** The partir family: the root before -ir (serv) and the singular présent (sert). */
function likePartir(root: string, singular: string): Paradigm {
  return {
    present: [singular, `${root}ent`],
    imperfectStem: root,
    pastSimple: [`${root}it`, `${root}irent`],
    futureStems: [`${root}ir`],
    participle: `${root}i`,
  };
}

/** Second-group verbs that end like the partir family (asservit, répartissent, assortissent). */
const SECOND_GROUP_LOOKALIKE = /^(?:asservir|répartir|impartir|assortir)$/u;

/** -er verbs whose e before the last consonant opens to è (achète, gèle) rather than doubling it (appelle, rejette). */
const OPENING_E = /^(?:r?ach|g|dég|cong|harc|p|mod|démant)e[lt]$/u;

/** First-group paradigm, with the stem changes of spelling: appeler → appelle, lever → lève, céder → cède, déployer → déploie, manger → mangeait, menacer → menaçait. */
function firstGroup(verb: string): Paradigm {
  const stem = verb.slice(0, -2);
  let strong = stem;
  if (OPENING_E.test(stem)) strong = stem.replace(/e([lt])$/u, 'è$1');
  else if (/(?<![éèêe])e[lt]$/u.test(stem)) strong = stem + stem.slice(-1);
  else if (/(?<=[^aeiouéèê])e([vnmsp])$/u.test(stem)) strong = stem.replace(/e([vnmsp])$/u, 'è$1');
  else if (/é([^aeiouéèê]+)$/u.test(stem)) strong = stem.replace(/é([^aeiouéèê]+)$/u, 'è$1');
  else if (/[ou]y$/u.test(stem)) strong = `${stem.slice(0, -1)}i`;
  const soft = stem.endsWith('g') ? `${stem}e` : stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem;
  // Futur: the strong stem for e → è and y → i (lèvera, déploiera), both spellings for é → è (cédera, cèdera).
  // envoyer and renvoyer have only the irregular stem (enverra, not envoiera).
  const futureStems = verb === 'envoyer' || verb.endsWith('renvoyer') ? [`${stem.slice(0, -3)}verr`] : [`${strong}er`];
  if (strong !== stem && /é/u.test(stem) && !/é/u.test(strong)) futureStems.push(`${stem}er`);
  return { present: [`${strong}e`, `${strong}ent`], imperfectStem: soft, pastSimple: [`${soft}a`, `${stem}èrent`], futureStems, participle: `${stem}é` };
}

/** Second-group paradigm (finir): the infix -iss-. */
function secondGroup(verb: string): Paradigm {
  const stem = verb.slice(0, -2);
  return {
    present: [`${stem}it`, `${stem}issent`],
    imperfectStem: `${stem}iss`,
    pastSimple: [`${stem}it`, `${stem}irent`],
    futureStems: [`${stem}ir`],
    participle: `${stem}i`,
  };
}

function paradigmOf(verb: string): Paradigm {
  if (verb.endsWith('er')) return firstGroup(verb);
  if (SECOND_GROUP_LOOKALIKE.test(verb)) return secondGroup(verb);
  for (const [ending, make] of THIRD_GROUP) if (verb.endsWith(ending)) return make(verb.slice(0, -ending.length));
  if (verb.endsWith('ir')) return secondGroup(verb);
  throw new Error(`no French conjugation for "${verb}"`);
}

/** A participle in its four agreements: promis, promise, promis, promises; engagé, engagée, engagés, engagées. */
function agreements(participle: string): string[] {
  const plural = (w: string) => (/[sx]$/u.test(w) ? w : `${w}s`);
  return [...new Set([participle, `${participle}e`, plural(participle), `${participle}es`])];
}

/** The auxiliaries of a pronominal verb's compound tenses, pronoun included: "s'est", "se sont", "s'était", "se seraient". */
const PRONOMINAL_COMPOUND =
  "(?:s'(?:est|était|étaient|étant)|se (?:sont|sera|seront|serait|seraient|fut|furent)) (?:(?:déjà|aussi|également|finalement|pourtant|alors|ainsi) )?";
/** The pronoun of a pronominal verb's simple tenses: "s'engage", "se retirent", "se rend". */
const PRONOUN = "(?:s'|se )";

/** Escapes what a regular expression would read in a written form (the forms are alternatives of a pattern). */
const escaped = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Forms of a French verb (an infinitive, pronominal "s'engager" / "se rendre", optionally followed by
 * fixed words, "mettre en garde") as regular-expression alternatives for the extractor's word pattern.
 */
export function frenchForms(infinitive: string): string[] {
  const pronominal = /^(?:s'|se )/u.test(infinitive);
  const [verb, ...rest] = infinitive.replace(/^(?:s'|se )/u, '').split(' ') as [string, ...string[]];
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const p = paradigmOf(verb);
  const finite = [
    ...p.present,
    `${p.imperfectStem}ait`,
    `${p.imperfectStem}aient`,
    `${p.imperfectStem}ant`,
    ...p.pastSimple,
    ...p.futureStems.flatMap((f) => [`${f}a`, `${f}ont`, `${f}ait`, `${f}aient`]),
    verb,
  ];
  const participles = agreements(p.participle);
  const unique = (forms: string[]) => [...new Set(forms)];
  if (!pronominal) return unique([...finite, ...participles].map((f) => `${escaped(f)}${tail}`));
  return unique([...finite.map((f) => `${PRONOUN}${escaped(f)}${tail}`), ...participles.map((f) => `${PRONOMINAL_COMPOUND}${escaped(f)}${tail}`)]);
}
