// The claim record: one proposition about actors in international affairs, stated in a document's
// clean text, with its evidence span. Single source of truth for schemas/claim.schema.json and the
// claims tables; the relation vocabulary (closed, defined, mapped to PLOVER) lives here too.
import Type from 'typebox';
import { Nullable, Text, SCHEMA_BASE_URI } from './common.ts';

export const ACTOR_TYPES = ['country', 'organization', 'company', 'person', 'group', 'region'] as const;

export const Actor = Type.Object(
  {
    name: Text({
      description: 'The actor\'s name as written in the document. For a pronoun or "the two countries", the name of the actor it stands for, as written where it was named; never a pronoun.',
    }),
    mention: Text({ description: 'The words of this mention in the evidence: the name, a capital, a seat of government, a pronoun, "the two countries", or a name with an agent ("Algerian troops").' }),
    id: Text({
      description: 'Normalised id: ISO 3166-1 alpha-3 for countries and their agents and office holders (SUN for the Soviet Union), lexicon id (a lower-case slug) otherwise.',
    }),
    type: Type.Enum(ACTOR_TYPES, {
      description: 'Kind of actor. A state\'s government, forces, ministers or office holders are `country` (coded like PLOVER/POLECAT actors: country plus sector).',
    }),
    country: Nullable(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3 of the state the actor belongs to; null for international organisations, regions and transnational groups.' })),
    sector: Nullable(Type.String({
      pattern: '^[A-Z]{3}$',
      description: 'CAMEO/PLOVER sector code: GOV, MIL, BUS, REB, OPP, LEG, JUD, COP, MED, CVL, ELI, IGO, NGO …; null when the mention names a state as a whole.',
    })),
  },
  { additionalProperties: false },
);

/**
 * The closed relation vocabulary. `plover` names the nearest PLOVER event type (null where none fits)
 * so claims can be joined with event datasets; `directed` is false where subject and object are
 * interchangeable.
 */
export const RELATIONS = {
  arms_transfer: {
    definition: 'Weapons, military equipment or licences to make them are sold, bought, delivered or ordered between the actors.',
    plover: 'AID',
    directed: true,
  },
  military_cooperation: {
    definition: 'Joint exercises, training, basing, defence agreements or other military collaboration short of a transfer.',
    plover: 'COOPERATE',
    directed: false,
  },
  strategic_partnership: {
    definition: 'A declared or described strategic, comprehensive or privileged partnership or alliance.',
    plover: 'COOPERATE',
    directed: false,
  },
  economic_cooperation: {
    definition: 'Trade, investment, energy, agricultural or other economic collaboration.',
    plover: 'COOPERATE',
    directed: true,
  },
  diplomatic_support: {
    definition: 'The subject backs the object, or its position, in a diplomatic matter.',
    plover: 'SUPPORT',
    directed: true,
  },
  neutrality: {
    definition: 'The subject declines to take sides in a conflict or dispute involving the object.',
    plover: null,
    directed: true,
  },
  criticism: {
    definition: 'The subject criticises, condemns, objects to or raises reservations about the object or its policy.',
    plover: 'DISAPPROVE',
    directed: true,
  },
  mediation: {
    definition: 'The subject offers or acts as mediator between parties that include the object.',
    plover: 'CONSULT',
    directed: true,
  },
  rapprochement: {
    definition: 'The actors draw closer: improving ties, reconciliation, or a new alignment.',
    plover: 'COOPERATE',
    directed: false,
  },
  armed_conflict: {
    definition: 'The actors fight: war, invasion, strikes or armed clashes.',
    plover: 'FIGHT',
    directed: true,
  },
  sanctions: {
    definition: 'The subject imposes sanctions, embargoes or other punitive economic measures on the object.',
    plover: 'SANCTION',
    directed: true,
  },
  relations_outlook: {
    definition: 'A statement about where relations between the actors stand or are heading.',
    plover: null,
    directed: false,
  },
  influence: {
    definition: 'The subject gains, holds or seeks influence or presence in or over the object.',
    plover: null,
    directed: true,
  },
} as const;

export type Relation = keyof typeof RELATIONS;
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

export const MODALITIES = {
  asserted: 'Stated as fact.',
  hedged: 'Stated as possible or uncertain (could, may, might, possibly, suggests, appears).',
  predicted: 'Stated as expected in the future (will, is expected to, is likely to).',
  attributed: 'Reported as somebody else\'s statement (said, according to, reported); attributed_to names the source.',
  negated: 'Stated as not the case.',
} as const;
export type Modality = keyof typeof MODALITIES;

export const ClaimTime = Type.Object(
  {
    value: Type.String({
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$',
      description: 'ISO 8601 date at the precision stated, or an interval start/end (2016/2020; a decade is 2010/2019).',
    }),
    text: Text({ description: 'The words the time was read from.' }),
  },
  { additionalProperties: false },
);

export const Quantity = Type.Object(
  {
    text: Text({ description: 'The amount as written, e.g. "$7.5 billion".' }),
    value: Type.Number(),
    unit: Nullable(Text({ description: 'USD, percent, or the counted thing ("Su-30MKA fighters").' })),
  },
  { additionalProperties: false },
);

export const ClaimRecord = Type.Object(
  {
    id: Type.String({
      pattern: '^clm_[0-9a-f]{16}$',
      description: 'Stable id from the document id, the evidence offsets and the (subject, relation, object) triple.',
    }),
    document_id: Type.String({ pattern: '^doc_[0-9a-f]{16}$' }),
    text: Text({ description: 'The evidence sentence: equals document.text.slice(start, end).' }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 }),
    subject: Actor,
    relation: Type.Enum(RELATION_NAMES),
    object: Actor,
    modality: Type.Enum(Object.keys(MODALITIES) as Modality[]),
    polarity: Type.Enum(['positive', 'negative']),
    attributed_to: Nullable(Text({ description: 'Who the claim is attributed to, when modality is attributed.' })),
    time: Nullable(ClaimTime),
    quantities: Type.Array(Quantity),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    extractor: Type.String({ pattern: '^[a-z0-9-]+@\\d+\\.\\d+\\.\\d+$', description: 'name@version of the extractor.' }),
  },
  {
    $id: `${SCHEMA_BASE_URI}claim.schema.json`,
    title: 'Claim',
    description: 'One proposition about actors in international affairs stated in a document, with its evidence.',
    additionalProperties: false,
  },
);

export type ClaimRecord = Type.Static<typeof ClaimRecord>;
export type Actor = Type.Static<typeof Actor>;
export type ClaimTime = Type.Static<typeof ClaimTime>;
export type Quantity = Type.Static<typeof Quantity>;
