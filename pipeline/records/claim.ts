// The claim record: one proposition about actors in international affairs, stated in a document's
// clean text, with its evidence span. Single source of truth for schemas/claim.schema.json and the
// claims tables; the relation vocabulary (closed, defined, mapped to PLOVER) lives here too.
import Type from 'typebox';
import { Nullable, Text, SCHEMA_BASE_URI } from './common.ts';

export const ACTOR_TYPES = ['country', 'organization', 'company', 'person', 'group', 'region'] as const;

export const Actor = Type.Object(
  {
    name: Text({
      description:
        'The actor\'s name as written in the document. For a pronoun or "the two countries", the name of the actor it stands for, as written where it was named; never a pronoun.',
    }),
    mention: Text({
      description:
        'The words of this mention in the evidence: the name, a capital, a seat of government, a pronoun, "the two countries", or a name with an agent ("Algerian troops").',
    }),
    id: Text({
      description:
        'Normalised id: ISO 3166-1 alpha-3 for countries and their agents and office holders (SUN for the Soviet Union), lexicon id (a lower-case slug) otherwise.',
    }),
    type: Type.Enum(ACTOR_TYPES, {
      description:
        "Kind of actor. A state's government, forces, ministers or office holders are `country` (coded like PLOVER/POLECAT actors: country plus sector).",
    }),
    country: Nullable(
      Type.String({
        pattern: '^[A-Z]{3}$',
        description: 'ISO 3166-1 alpha-3 of the state the actor belongs to; null for international organisations, regions and transnational groups.',
      }),
    ),
    sector: Nullable(
      Type.String({
        pattern: '^[A-Z]{3}$',
        description:
          'CAMEO/PLOVER sector code: GOV, MIL, BUS, REB, OPP, LEG, JUD, COP, MED, CVL, ELI, IGO, NGO …; null when the mention names a state as a whole.',
      }),
    ),
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
  // Relations for the PLOVER event types the 13 above leave out: one each, named for what it says.
  agreement: {
    definition: 'The subject agrees, pledges or says it intends to cooperate with, help or meet the object.',
    plover: 'AGREE',
    directed: true,
  },
  consultation: {
    definition: 'The actors meet, hold talks or negotiate; or the subject visits or hosts the object.',
    plover: 'CONSULT',
    directed: false,
  },
  aid: {
    definition: 'The subject gives the object economic, humanitarian or other non-arms aid, or asylum.',
    plover: 'AID',
    directed: true,
  },
  demand: {
    definition: 'The subject demands, urges or calls on the object to act or yield.',
    plover: 'DEMAND',
    directed: true,
  },
  rejection: {
    definition: 'The subject rejects, refuses or vetoes the object, its proposal, request or demand.',
    plover: 'REJECT',
    directed: true,
  },
  threat: {
    definition: 'The subject threatens the object with force, sanctions or other harm, or warns it of them.',
    plover: 'THREATEN',
    directed: true,
  },
  protest: {
    definition: 'The subject demonstrates, rallies, strikes or boycotts against the object.',
    plover: 'PROTEST',
    directed: true,
  },
  diplomatic_downgrade: {
    definition: 'The subject reduces or breaks diplomatic ties with the object: recalls or expels envoys, severs relations.',
    plover: 'SANCTION',
    directed: true,
  },
  coercion: {
    definition: 'The subject arrests, detains, expels, blockades, seizes property or territory of, or restricts the object.',
    plover: 'COERCE',
    directed: true,
  },
  assault: {
    definition: 'The subject uses unconventional or one-sided violence on the object: attacks, bombings, killings, abductions.',
    plover: 'ASSAULT',
    directed: true,
  },
  retreat: {
    definition: 'The subject withdraws, releases, returns or eases pressure on the object.',
    plover: 'RETREAT',
    directed: true,
  },
  concession: {
    definition: 'The subject yields to the object, eases restrictions or accepts its demands.',
    plover: 'CONCEDE',
    directed: true,
  },
  investigation: {
    definition: 'The subject investigates, inquires into or probes the object or its conduct.',
    plover: 'INVESTIGATE',
    directed: true,
  },
  mobilization: {
    definition: 'The subject mobilises, deploys or puts on alert forces against or towards the object.',
    plover: 'MOBILIZE',
    directed: true,
  },
} as const;

export type Relation = keyof typeof RELATIONS;

/**
 * PLOVER's event types (Open Event Data Alliance, PLOVER manual 2021 with the names its gold-standard
 * records use: DEMAND for REQUEST, DISAPPROVE and INVESTIGATE from ACCUSE, FIGHT beside ASSAULT).
 * Every claim carries the one its cue codes, beside its finer `relation`.
 */
export const PLOVER_EVENTS = {
  AGREE: 'Agree to, pledge or express intent to cooperate, meet, settle or help.',
  CONSULT: 'Meet, visit, hold talks, negotiate or mediate.',
  SUPPORT: 'Praise, endorse, defend verbally, recognise or sign a formal agreement with the target.',
  CONCEDE: 'Yield: ease restrictions or accede to demands.',
  COOPERATE: 'Material cooperation: economic, military, judicial or intelligence.',
  AID: 'Provide economic, military or humanitarian aid, protection or asylum.',
  RETREAT: 'Withdraw, release, return, ease sanctions, allow access or de-escalate.',
  DEMAND: 'Demand, request or urge the target to act, change or yield.',
  DISAPPROVE: 'Criticise, denounce, accuse or complain officially.',
  REJECT: 'Reject, refuse, veto or defy.',
  THREATEN: 'Threaten force, sanctions, reduced relations or other harm.',
  PROTEST: 'Demonstrate, rally, strike, boycott, obstruct or riot.',
  SANCTION: 'Reduce or break relations, halt aid or talks, expel or withdraw envoys.',
  MOBILIZE: 'Mobilise or raise the alert of armed forces or police.',
  COERCE: 'Seize, arrest, detain, deport, blockade, occupy or restrict.',
  ASSAULT: 'Unconventional or one-sided violence: attacks, bombings, abductions, assassinations, killings.',
  FIGHT: 'Conventional military force between armed actors.',
  INVESTIGATE: 'Investigate crime, corruption, rights abuses or military action.',
} as const;
export type PloverEvent = keyof typeof PLOVER_EVENTS;
export const PLOVER_EVENT_NAMES = Object.keys(PLOVER_EVENTS) as PloverEvent[];
/** PLOVER's contexts, as its CAMEO conversion table and gold records name them. */
export const PLOVER_CONTEXTS = [
  'diplomatic',
  'military',
  'economic',
  'political',
  'legal',
  'resource',
  'humanitarian',
  'refugee',
  'terrorism',
  'election',
  'cbrn',
  'rights',
  'government',
  'intelligence',
  'peacekeeping',
  'asylum',
  'cyber',
  'religion',
] as const;
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

export const MODALITIES = {
  asserted: 'Stated as fact.',
  hedged: 'Stated as possible or uncertain (could, may, might, possibly, suggests, appears).',
  predicted: 'Stated as expected in the future (will, is expected to, is likely to).',
  attributed: "Reported as somebody else's statement (said, according to, reported); attributed_to names the source.",
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
    event: Nullable(Type.Enum(PLOVER_EVENT_NAMES, { description: 'PLOVER event type of the claim (null for the relations no PLOVER type fits).' })),
    mode: Nullable(Text({ description: 'PLOVER mode of the event where the cue states one (e.g. "restrict", "expel", "visit").' })),
    context: Type.Array(Type.Enum(PLOVER_CONTEXTS), { description: 'PLOVER contexts of the event (e.g. military, economic), possibly none.' }),
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
