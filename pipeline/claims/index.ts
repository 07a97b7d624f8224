// The claims extractor: document text → sentences → actor mentions (with coreference inside each
// paragraph) → relation cues with their arguments → modality, time, quantities → ClaimRecords with
// stable ids, sorted by position. Pure and deterministic.
import { createHash } from 'node:crypto';
import { RELATIONS, type ClaimRecord, type PloverEvent, type Relation } from '../records/claim.ts';
import { type EventCue, findEventCues, findLemmaCues, undoneNoun, verbBetween } from './events.ts';
import { withFrenchAgents } from './french-agents.ts';
import { type Acronyms, actorsOf, findNamedMentions, partyKey, sameParty, withContextAgents, yieldAgentsToCues, type Mention } from './actors.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { resolveParagraph, withAnaphors } from './coreference.ts';
import { isUnreadLanguage, packsFor, readsWithPack, type LanguagePack } from './language-packs.ts';
import { asksWhether, findAttribution, readModality, type Attribution } from './modality.ts';
import { findQuantities } from './quantities.ts';
import { argumentsFor, findCues, groupMentions, type CueMatch, type Frame, type MentionGroup, type RelationArguments } from './relations.ts';
import type { RelationCue } from './language-packs.ts';
import { parseLines, splitSentences, type Sentence } from './sentences.ts';
import { findTimes, timeForClaim } from './time.ts';
import { execAll } from '../text/regex.ts';

// 2.0.0: PLOVER event, mode and context on every claim; event relations; roles, not grammar; undirected pairs once.
// 2.3.0: CAMEO verbs as lemmas, coordinated predicates, named groups and places of agents, labour strikes, actor ids from their own names.
// 2.4.0: CAMEO verb-object patterns compiled into the lexicon, protest read by the protester's sector, datelines and
//        cut-off teasers are no parties, cities and provinces place agents, 'it' after a reporting party, organisation ids.
// 2.5.0: civilians placed by their place, acronyms a document defines, nominal anaphors ('the group'), surnames
//        dated by the document, sentence-opening people adjectives, CAMEO objects that change a verb's event,
//        'the N of X by Y' and light verb + event noun.
// 2.6.0: a title before an office holder's name as one mention with the title's sector, 'X-based' as a place,
//        'the government of X', passive and reduced-relative events with the doer after 'by', indefinite
//        articles before parties, reporting verbs that are events with their object, CAMEO patterns with a
//        preposition, an aside between subject and verb, no clause break at a thousands comma.
// 2.7.0: people words derived from the dictionary's regions ('Chechen fighters'), an agent after a group's name is
//        the group's, short name variants and a surname after the full name, names spelled out by bracketed
//        initials, acts on a place of the subject's own state fall on its civilians, 'the N of Y' subjects,
//        a closing stance clause aimed at the statement before it, CAMEO's combat and charge verbs (clash, battle,
//        allege, object to, retake, blow up), past forms and 'an offensive' the tagger reads as adjectives or nouns.
// 2.8.0: Kosovo as a state (XKX), bracket glosses no names, peoples' plurals as civilians, abbreviated titles only
//        as written, a state's body after 'in the' a place, supporters of X as civilians, coordinated adjectives
//        sharing their agent, 'near' places no agent; CAMEO verbs and verb-object pairs for all 16 PLOVER types,
//        particles after the object, a stance verb on another party's act keeps its own event.
// 2.9.0: CAMEO's bare verbs compiled whole under stated exclusion rules; French verbs of all 18 PLOVER types
//        with their conjugations, French party names and agents; no claims for a language no pack reads;
//        qualified titles ('Ghana's finance minister'), missions abroad, transliterated and accented names, a
//        longer name is another person's; mediators after 'by', participle asides, subjects before an aside,
//        participles after a comma, an object pronoun of a second predicate.
// 2.10.0: French agents named without their state ('les gendarmes', 'l'armée du Niger'), French names of parties
//        and bodies, wire-copy verbs of the weak PLOVER classes in both languages, CAMEO 163 as SANCTION; organs
//        of bodies are their owner's, parts of lands place agents, labour and fishing sectors; a people's agent
//        against its state, coordinated subjects acting together, counted parties after event nouns, the doer of
//        an event noun after 'by' through a verb of reaching.
// 2.11.0: Congo by context and date, landforms and places off a coast no actors, irregulars placed by where they
//        operate, shared person names by date; event nouns with their doer aimed at a party after their
//        preposition, CAMEO verbs the tagger reads as nouns only with a party object, cancelled aid no aid, shot
//        dead / fire on / crack down; person pronouns for the individual named before them, a warning by the
//        speaker's own act, the main verb after a relative clause, joint acts before an infinitive.
// 2.12.0: protesters as civilians, religious agents REL and radicals RAD, a state's adjective before its own
//        armed group one party, monarchs' titles only without a noun before them; wire verbs of AID, COERCE and
//        COOPERATE, PLOVER modes for release, curfew, martial law and bans, verbal 'fire at' over a topic as
//        criticism, warnings of consequences as threats, proposals as intended acts; French passive relatives
//        and event nouns in passives, pacts signed together, the speaker after the verb.
// 2.13.0: talks, meetings and summits between two parties as consultation, the doer after 'of' (a visit, a
//        withdrawal), passives with the target in the subject, light verbs with compound nouns, CAMEO's
//        concessions (demands agreed, amnesties, lifted bans and curfews, withdrawn bills), present plans as
//        predicted; noun cues undone by their clause's verb no acts; participles with their object before 'by'
//        (English and French), French reciprocal words, armed men coded by the state where they act; a
//        sentence that asks whether the act happened hedged.
// 2.14.0: CAMEO synonyms of the wire (bombard, raze, phone, bankroll, …), halted trade as a sanction, a match
//        between two states' teams no meeting or clash, an act a question asks about kept with its own type,
//        an act alleged by an accusation or undone by a French refusal or request not stated; the speaker
//        before an aside, a stance aimed at the doer after 'by', joint acts without a partner after a place
//        phrase, landform names, more demonyms of the wire.
export const CLAIMS_EXTRACTOR = 'pagepress-claims@2.14.0';

export interface ClaimInput {
  id: string;
  text: string;
  language: string | null;
  /** The document's date (YYYY[-MM[-DD]]): office holders are resolved to the post they held then. */
  published?: string | null;
}

/** How much each way of finding the arguments is to be trusted; documented with the extractor. */
const FRAME_CONFIDENCE: Record<Frame, number> = {
  reported_obligation: 0.7,
  hyphen_pair: 0.9,
  possessor_role: 0.75,
  between_pair: 0.9,
  subject_object: 0.85,
  passive: 0.8,
  of_with: 0.8,
  mediation: 0.8,
  coordinated_subject: 0.7,
  sentence_topic: 0.6,
  // The speaker's act is read by position like a sentence topic: as sure.
  speaker_act: 0.6,
  // The party aimed at is the report's first other party, read by position.
  reported_stance: 0.6,
  purpose: 0.7,
};
/** PLOVER contexts of the relations whose cues carry no coding of their own. */
const RELATION_CONTEXT: Partial<Record<Relation, string[]>> = {
  arms_transfer: ['military'],
  military_cooperation: ['military'],
  armed_conflict: ['military'],
  mobilization: ['military'],
  economic_cooperation: ['economic'],
  sanctions: ['economic'],
  aid: ['economic'],
  strategic_partnership: ['diplomatic'],
  diplomatic_support: ['diplomatic'],
  criticism: ['diplomatic'],
  mediation: ['diplomatic'],
  rapprochement: ['diplomatic'],
  diplomatic_downgrade: ['diplomatic'],
  consultation: ['diplomatic'],
  agreement: ['diplomatic'],
};

/** The PLOVER coding of a relation cue: its relation's event type, no mode, the relation's contexts. */
function relationCoding(relation: Relation): { event: string | null; mode: string | null; context: string[] } {
  return { event: RELATIONS[relation].plover, mode: null, context: RELATION_CONTEXT[relation] ?? [] };
}

/** Pattern and lemma cues together, longest first where they overlap, then in text order (as findCues keeps its own). */
function mergeCues(matches: CueMatch[]): CueMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of matches) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

type Coding = { event: string | null; mode: string | null; context: string[] };

/** Events PLOVER codes as AGREE when only intended, and those it codes as THREATEN. */
const COOPERATIVE_EVENTS: ReadonlySet<string> = new Set(['SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'CONSULT']);
const HOSTILE_EVENTS: ReadonlySet<string> = new Set(['COERCE', 'ASSAULT', 'FIGHT', 'SANCTION', 'PROTEST', 'MOBILIZE']);

/**
 * PLOVER codes a stated intent by its direction, not by the act intended: "Syria is willing to withdraw"
 * is AGREE, "farmers said they would blockade Paris" is THREATEN. The relation keeps the act.
 */
function intentCoding(coding: Coding, intended: boolean): Coding {
  if (!intended || coding.event === null) return coding;
  if (COOPERATIVE_EVENTS.has(coding.event)) return { event: 'AGREE', mode: null, context: coding.context };
  if (HOSTILE_EVENTS.has(coding.event)) return { event: 'THREATEN', mode: null, context: coding.context };
  return coding;
}

/**
 * PLOVER keeps ASSAULT for unconventional violence and codes force used by a state's armed forces as
 * FIGHT ("Russian aircraft killed 46 civilians"): an actor whose sector is MIL turns ASSAULT into FIGHT.
 * (The sector comes with the actor record where the actor resolver codes one.)
 */
function militaryCoding(coding: Coding, subject: object): Coding {
  const sector = (subject as { sector?: string | null }).sector;
  // Beating, abducting, torturing or assassinating stays ASSAULT whoever does it: only killing and bombing are a military's fighting.
  // A mass killing (CAMEO 202, "killed civilians") is killing too.
  const force = coding.mode === null || coding.mode === 'suicide-attack' || coding.mode === 'massacre';
  return coding.event === 'ASSAULT' && sector === 'MIL' && force ? { ...coding, event: 'FIGHT', mode: null } : coding;
}

/**
 * The converse for unarmed doers: PLOVER's FIGHT is force between armed actors and its COERCE the
 * restrictions an authority imposes, so civilians, workers, students, farmers or refugees who attack
 * are an ASSAULT ("settlers attacked farmers") and those who blockade, besiege or occupy obstruct, a
 * PROTEST ("fishermen blockaded the port", CAMEO 144); an arrest stays COERCE whoever makes it.
 */
const OBSTRUCTING_MODES: ReadonlySet<string> = new Set(['restrict', 'seize']);
function crowdCoding(coding: Coding, subject: object): Coding {
  if (!CROWD_SECTORS.has((subject as { sector?: string | null }).sector ?? '')) return coding;
  if (coding.event === 'FIGHT') return { ...coding, event: 'ASSAULT', mode: null };
  if (coding.event === 'COERCE' && OBSTRUCTING_MODES.has(coding.mode ?? '')) return { ...coding, event: 'PROTEST', mode: 'obstruct' };
  return coding;
}

/** Up to three words, hyphens or a possessive between a name and the noun it modifies ("Palestine–Israel conflict"). */
const NOUN_PHRASE_GAP = /^[\s'’s–-]*(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Events, not topics: a relation noun whose noun phrase follows "like", "such as", "on" … ("key issues
 * like the Palestine–Israel conflict") names a subject of discussion, not an event the text states.
 */
function namesATopic(text: string, cueStart: number, clauseStart: number, mentions: readonly Mention[], pack: LanguagePack): boolean {
  let npStart = cueStart;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > npStart || m.start < clauseStart) continue;
    if (!NOUN_PHRASE_GAP.test(text.slice(m.end, npStart))) break;
    npStart = m.start;
  }
  return pack.topicBefore.test(text.slice(clauseStart, npStart));
}

/**
 * "the Afghanistan War", "the Suez Crisis": a name right before a capitalised relation noun is part of an
 * event's proper name, and the place it names is not a party to the sentence's claims. Names joined by a
 * dash ("the Iran–Iraq War") are the parties and stay.
 */
function namesAnEvent(text: string, mention: Mention, cues: readonly CueMatch[]): boolean {
  if (mention.anaphor !== null) return false;
  const gap = /^\s+(?=\p{Lu})/u.exec(text.slice(mention.end, mention.end + 3));
  if (!gap) return false;
  const after = mention.end + gap[0].length;
  if (!cues.some((c) => c.cue.part === 'noun' && c.start === after)) return false;
  return !/[–—-]\s*$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start));
}

/**
 * "CAIRO — Gunmen opened fire …", "WASHINGTON (Reuters) - …": a place in capitals opening the text
 * (with its state after a comma), before a dash, is the dateline, where the story was filed; it is no party to the sentence.
 */
function isDateline(text: string, mention: Mention): boolean {
  if (mention.anaphor !== null) return false;
  const dateline = DATELINE.exec(text);
  return dateline !== null && mention.end <= dateline[0].length;
}
/** A place in capitals, its state after a comma, an agency in brackets, then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*\p{Lu}[\p{L}\s.'’-]{1,30})?\s*(?:\([^()]{0,40}\)\s*)?[—–-]\s/u;

const DEMAND_CUE: RelationCue = {
  relation: 'demand',
  part: 'verb',
  pattern: /(?!)/u,
  requires: null,
  unless: null,
  mediation: false,
  role: 'agent',
};

/**
 * "Russia said that Sudan must return the helicopter": a modal of obligation on an actor, in a statement
 * whose source is an actor, is the source's demand on that actor (PLOVER DEMAND).
 */
function reportedObligation(
  text: string,
  modal: RegExpExecArray,
  clauses: readonly Clause[],
  attribution: Attribution,
  mentions: readonly Mention[],
  groups: readonly MentionGroup[],
): { cue: CueMatch; args: RelationArguments[] } | null {
  if (modal.index < attribution.sourceEnd && attribution.sourceStart < modal.index + modal[0].length) return null;
  const sources = mentions.filter((m) => m.actor && m.start >= attribution.sourceStart && m.end <= attribution.sourceEnd).flatMap(actorsOf);
  const clause = clauseAt(clauses, modal.index);
  const addressee = groups
    .filter((g) => g.end <= modal.index && g.start >= clause.start && (g.end <= attribution.sourceStart || g.start >= attribution.sourceEnd))
    .pop();
  if (sources.length === 0 || !addressee || !/^\s*$/u.test(text.slice(addressee.end, modal.index).replace(/^[\p{L}\s-]{0,30}$/u, ''))) return null;
  const cue: CueMatch = {
    cue: DEMAND_CUE,
    relation: 'demand',
    start: modal.index,
    end: modal.index + modal[0].length,
    clause,
    coding: { event: 'DEMAND', mode: null, context: [] },
  };
  const args = sources.flatMap((s) =>
    addressee.actors
      .filter((o) => !sameParty(o, s))
      .map((o) => ({ subject: s, object: o, frame: 'reported_obligation' as Frame, anaphoric: addressee.anaphoric })),
  );
  return args.length > 0 ? { cue, args } : null;
}

/**
 * "Protesters blocked roads demanding the president's resignation": a demand in a participle right
 * after a protest (no other cue between) is what the protest is for, and PLOVER codes a protest for a
 * demand as PROTEST (CAMEO 1411–1454), aimed at whom the demand is made of. The demand cue, which has
 * that party after it, carries the protest's coding (its own cue stays a demand's: what follows it is demanded).
 */
function protestAim(text: string, cue: CueMatch, previous: CueMatch | undefined, pack: LanguagePack): CueMatch {
  if (!previous || (cue.coding?.event ?? RELATIONS[cue.relation].plover) !== 'DEMAND') return cue;
  if ((previous.coding?.event ?? RELATIONS[previous.relation].plover) !== 'PROTEST') return cue;
  if (!pack.participleEnding.test(text.slice(cue.start, cue.end))) return cue;
  return { ...cue, relation: 'protest', coding: previous.coding ?? { event: 'PROTEST', mode: null, context: RELATION_CONTEXT.protest ?? [] } };
}

/**
 * An intent right before the act ("vowed to punish"), or leading to it through purpose clauses ("is
 * ready to send troops to help defend"), or a proposal of it ("accepted a proposal from Laos to reopen").
 */
const intendedAct = (before: string, pack: LanguagePack) =>
  pack.intentBefore.test(before) || pack.intentChainBefore.test(before) || pack.intentNounBefore?.test(before) === true;

/** Events a sports match is written as: teams meet, host or visit each other, clash with or face each other. */
const MATCH_EVENTS: ReadonlySet<string> = new Set(['CONSULT', 'FIGHT']);

/**
 * A meeting or a clash in a clause that names a sports match ("the meeting between Morocco and Algeria ended
 * in a goalless draw", "la France affrontera l'Argentine en finale de la Coupe du monde") is a game between
 * the states' teams, no consultation or combat between the states.
 */
function playsAMatch(text: string, cue: CueMatch, pack: LanguagePack): boolean {
  if (pack.sportMatch === null || !MATCH_EVENTS.has(cue.coding?.event ?? RELATIONS[cue.relation].plover ?? '')) return false;
  // "met on the sidelines of the World Cup", "pendant le Mondial": the match dates the act, which stands.
  const clause = text.slice(cue.clause.start, cue.clause.end);
  return [...execAll(pack.sportMatch, clause)].some((m) => !pack.sportOccasionBefore?.test(clause.slice(Math.max(0, m.index - 60), m.index)));
}

/**
 * Whether a party in the clause is an agent of its state (troops, police, officials): teams are named by their
 * country alone, so "Russian troops attacked Ukraine as the Olympics closed" or "Qatar met Iranian officials
 * ahead of the World Cup" is no game, whatever sports word the clause holds.
 */
const agentInClause = (mentions: readonly Mention[], clause: { start: number; end: number }) =>
  mentions.some((m) => m.start >= clause.start && m.start < clause.end && [m.actor, ...m.resolved].some((a) => a?.sector));

/** Events whose act, in a purpose clause right after them, is refused, threatened or requested, not done. */
const UNDOING_EVENTS: ReadonlySet<string> = new Set(['REJECT', 'THREATEN', 'DEMAND']);

/** Characters between a pledge and the act it intends ("pledged on Monday to punish"). */
const INTENT_SPAN = 40;

/** PLOVER events of a stance taken on another's act: the act named as their object is what they are about. */
const STANCE_EVENTS: ReadonlySet<string> = new Set(['REJECT', 'DISAPPROVE', 'SUPPORT', 'INVESTIGATE']);

/** A possessive naming an act's doer before the act ("Pyongyang's missile test"). */
const OWNER_OF_EVENT = /\p{L}['’]s?\s/u;

/** Words of a noun phrase between a stance verb and the event noun heading its object ("Pyongyang's missile"). */
const STANCE_OBJECT_WORDS = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/u;

/** Is the text between a verb and a noun the start of the verb's object: a few words, no verb nor punctuation? */
function objectOfStance(text: string, verbEnd: number, nounStart: number, pack: LanguagePack): boolean {
  if (!STANCE_OBJECT_WORDS.test(text.slice(verbEnd, nounStart))) return false;
  return pack.language !== 'en' || !verbBetween(text, verbEnd, nounStart);
}

/**
 * Sectors of people who protest in the street rather than lodge a protest (PLOVER's PROTEST is by
 * civilians and crowds): civilians, workers, students, farmers, opposition supporters, refugees.
 */
const CROWD_SECTORS: ReadonlySet<string> = new Set(['CVL', 'LAB', 'EDU', 'AGR', 'OPP', 'REF']);

/** Up to three words (a time: "on Monday") and a comma between a reporting verb and a participle that follows it. */
const AFTER_REPORTING_VERB = /^(?:\s+[\p{L}\p{N}]+){0,3}\s*,\s*$/u;

/**
 * "Talks had failed, Egypt's foreign minister said, accusing Ethiopia of bad faith": a participle right
 * after the reporting verb (a time at most between) is the speaker's own act, aimed at the first party
 * after it in its clause. The speaker is no party of the statement reported, so the usual frames never
 * see it. Null where the cue is no such participle; an empty list where it is but aims only at the
 * speaker's own party ("…, Egypt's minister said, praising Egypt"): the act is still the speaker's, so
 * the usual frames must not give it to the statement's parties.
 */
function speakerActs(
  text: string,
  cue: CueMatch,
  attribution: Attribution,
  mentions: readonly Mention[],
  groups: readonly MentionGroup[],
  pack: LanguagePack,
): RelationArguments[] | null {
  if (!attribution.source || cue.cue.part !== 'verb' || cue.start < attribution.cueEnd) return null;
  // The speaker may follow the verb ("…, said Iran's foreign minister, rejecting …"): the participle comes after both.
  const reportEnd = Math.max(attribution.cueEnd, attribution.sourceEnd);
  if (!pack.participleEnding.test(text.slice(cue.start, cue.end)) || !AFTER_REPORTING_VERB.test(text.slice(reportEnd, cue.start))) return null;
  const speakers = mentions.filter((m) => m.actor && m.start >= attribution.sourceStart && m.end <= attribution.sourceEnd).flatMap(actorsOf);
  const aimed = groups.find((g) => g.start >= cue.end && g.start < cue.clause.end);
  if (speakers.length === 0 || !aimed) return null;
  return speakers.flatMap((subject) =>
    aimed.actors
      .filter((object) => !sameParty(subject, object))
      .map((object) => ({ subject, object, frame: 'speaker_act' as Frame, anaphoric: aimed.anaphoric })),
  );
}

/**
 * Stances a reporting verb may state by itself ("warned that", "demanded that"): each is aimed at a
 * party. A denial is not among them: "Russia denied that its jets had bombed a hospital" answers an
 * accuser the sentence seldom names, not the hospital nor the state it is in.
 */
const REPORTED_STANCES: ReadonlySet<string> = new Set(['THREATEN', 'DISAPPROVE', 'DEMAND']);

/**
 * "Venezuela warned that it would cut oil shipments to Guyana", "Japan demanded that China release the
 * fishermen": a reporting verb that is itself a stance is the speaker's act. A demand is aimed at the
 * first party of what it reports (who is to act); a threat only where what it reports is the speaker's
 * own act (its subject the speaker's pronoun, capital or forces), aimed at the first other party of that
 * clause: "Poland warned that Russia could attack Lithuania" threatens no one; but a warning that the
 * first party will suffer ("China warned that Japan would regret its decision", the pack's
 * threat_consequences) threatens that party. The party is sought in
 * the reported clause alone ("…, a day after Saudi Arabia hosted talks" is no part of it). The speaker
 * is no party of the statement reported, so the usual frames never give it the stance. Null where the
 * cue is not the reporting verb.
 */
function reportedStance(
  text: string,
  cue: CueMatch,
  attribution: Attribution,
  mentions: readonly Mention[],
  groups: readonly MentionGroup[],
  clauses: readonly Clause[],
  pack: LanguagePack,
): RelationArguments[] | null {
  if (!attribution.source || cue.start >= attribution.cueEnd || attribution.cueStart >= cue.end) return null;
  const event = cue.coding?.event ?? RELATIONS[cue.relation].plover ?? '';
  if (!REPORTED_STANCES.has(event)) return null;
  const speakers = mentions.filter((m) => m.actor && m.start >= attribution.sourceStart && m.end <= attribution.sourceEnd).flatMap(actorsOf);
  const own = (g: MentionGroup) => g.actors.every((a) => speakers.some((s) => s.id === a.id));
  const first = groups.find((g) => g.start >= attribution.cueEnd);
  if (speakers.length === 0 || !first) return null;
  const reported = clauseAt(clauses, first.start);
  const inReport = (g: MentionGroup) => g.start >= first.start && g.end <= reported.end;
  let aimed: MentionGroup | undefined;
  const suffers = (g: MentionGroup) => pack.threatConsequenceAfter?.test(text.slice(g.end, reported.end)) === true;
  if (event === 'THREATEN') aimed = own(first) ? groups.find((g) => g.start > first.start && inReport(g) && !own(g)) : suffers(first) ? first : undefined;
  else aimed = groups.find((g) => inReport(g) && !own(g));
  if (!aimed) return null;
  return speakers.flatMap((subject) =>
    aimed.actors
      .filter((object) => !sameParty(subject, object))
      .map((object) => ({ subject, object, frame: 'reported_stance' as Frame, anaphoric: aimed.anaphoric })),
  );
}

/** A resolved pronoun may be resolved wrongly. */
const ANAPHOR_FACTOR = 0.85;
/** A cue that needs a context word ("bought" + an arms word) is less direct than one that names the relation. */
const CONTEXT_CUE_FACTOR = 0.9;

export function claimId(documentId: string, start: number, end: number, subjectId: string, relation: string, objectId: string): string {
  const digest = createHash('sha256').update([documentId, start, end, subjectId, relation, objectId].join('\u0000')).digest('hex');
  return `clm_${digest.slice(0, 16)}`;
}

/** Names do not depend on the pack: a document read with several packs looks each sentence up once. */
type NamedCache = Map<string, readonly Mention[]>;

function namedMentionsOf(text: string, cache: NamedCache | null, date: string | null): Mention[] {
  if (!cache) return findNamedMentions(text, date);
  let named = cache.get(text);
  if (!named) {
    named = findNamedMentions(text, date);
    cache.set(text, named);
  }
  // Copies, since coreference writes into the mentions of the pack that reads them.
  return named.map((m) => ({ ...m, resolved: [...m.resolved] }));
}

/** A sentence's named mentions with the agents named without their state, read in the language's own words (none for a language without a reading). */
export function withAgentsOf(language: string, text: string, names: Mention[], acronyms: Acronyms): Mention[] {
  if (language === 'en') return withContextAgents(text, names, true, acronyms);
  if (language === 'fr') return withFrenchAgents(text, names);
  return names;
}

function mentionsBySentence(sentences: readonly Sentence[], pack: LanguagePack, cache: NamedCache | null, date: string | null): Mention[][] {
  // Acronyms the document defines ("… Union (KHRU)") name their actor in the sentences after.
  const acronyms: Acronyms = new Map();
  const all = sentences.map((sentence) => {
    // Agents without their state ("police", "Judge X"; "les gendarmes", "le gouvernement du Mali") are read in each pack's own words.
    const names = namedMentionsOf(sentence.text, cache, date);
    const named = withAgentsOf(pack.language, sentence.text, names, acronyms);
    return withAnaphors(sentence.text, pack, named);
  });
  let from = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i === sentences.length || sentences[i]!.paragraph !== sentences[from]!.paragraph) {
      resolveParagraph(all.slice(from, i), pack);
      from = i;
    }
  }
  return all;
}

function claimsOfSentence(document: ClaimInput, sentence: Sentence, sentenceMentions: readonly Mention[], pack: LanguagePack): ClaimRecord[] {
  let mentions = sentenceMentions;
  // A claim relates two actors: a sentence that names fewer has none, and needs no cue scan.
  if (new Set(mentions.flatMap((m) => actorsOf(m).map(partyKey))).size < 2) return [];
  const text = sentence.text;
  const clauses = splitClauses(text, pack);
  const found = mergeCues([...findCues(text, clauses, pack, mentions), ...findLemmaCues(text, clauses, pack, mentions)]);
  const eventCues = findEventCues(text, clauses, pack, mentions);
  // Event-lexicon cues add what the pack's cues do not cover at the same words. Where both match, the
  // pack's relation stays (the finer label), and an event verb with its object or particle ("recall
  // … ambassador", "suspend … aid") gives the PLOVER coding, being the more specific of the two.
  // The verb's start goes with its coding: an intent is read before the verb ("would tighten the blockade").
  // "will press war crimes charges": a pack noun between a verb and the object it names is a modifier
  // of that object (the charges are pressed, no war is stated); the verb's cue carries the claim.
  // "China dismissed Japan's protest", "Seoul condemned Pyongyang's missile test": a verb of stance
  // (rejecting, condemning, praising, investigating) whose object names an event states its own event
  // against that event's doer. The object's act stays a cue of its own (the labelled sets code
  // the act condemned too), but it neither takes the stance's
  // coding nor stands in for the stance verb.
  const stances = eventCues.filter((e) => !e.ofBy && STANCE_EVENTS.has(e.coding.event ?? ''));
  const objectOfAStance = (c: { start: number; clause: Clause }, stance: EventCue) =>
    c.start >= stance.end &&
    c.clause.start === stance.clause.start &&
    // The event's doer named as its owner ("Japan's protest"): a signed "declaration of partnership" or a
    // "neutral position on the conflict" is the verb's own object, which the pack cue codes better.
    OWNER_OF_EVENT.test(text.slice(stance.end, c.start)) &&
    (c.start <= stance.objectEnd ||
      objectOfStance(text, stance.end, c.start, pack) ||
      (stance.specific && pack.nounComplementGap.test(text.slice(stance.objectEnd, c.start))));
  const packCues = found
    .filter((c) => !(c.cue.part === 'noun' && eventCues.some((e) => e.specific && c.start >= e.end && c.end <= e.objectStart)))
    .map((c) => {
      const specific = eventCues.find((e) => e.start < c.end && c.start < e.objectEnd && e.specific && !(stances.includes(e) && objectOfAStance(c, e)));
      return specific ? { ...c, coding: specific.coding, predicateStart: Math.min(c.start, specific.start), objectEnd: specific.objectEnd } : c;
    });
  // A verb whose object is a pack cue ("held joint exercises") or names it in its complement ("signed
  // a declaration of strategic partnership") is one predicate with it: the pack cue carries the claim,
  // and the verb is no other predicate that would take the noun's subject from it.
  const added = eventCues.filter(
    (e) =>
      !packCues.some(
        (c) =>
          !(stances.includes(e) && objectOfAStance(c, e)) &&
          e.start < c.end &&
          (c.start < Math.max(e.end, e.objectEnd) || (e.specific && pack.nounComplementGap.test(text.slice(e.objectEnd, c.start)))),
      ),
  );
  let cues: CueMatch[] = (added.length === 0 ? packCues : [...packCues, ...added].sort((a, b) => a.start - b.start)).filter(
    (cue) =>
      !(
        cue.cue.part === 'noun' &&
        // "the post-war expansion", "l'après-guerre": the war dates what follows, it is no event between the sentence's parties.
        (pack.timePrefixBefore.test(text.slice(Math.max(0, cue.start - 20), cue.start)) || namesATopic(text, cue.start, cue.clause.start, mentions, pack))
      ) && !(playsAMatch(text, cue, pack) && !agentInClause(mentions, cue.clause)),
  );
  // "vowed to punish", "agreed to withdraw": a pledge whose act is itself a cue states that act as
  // intended; the act's cue carries the claim (PLOVER: THREATEN for harm, AGREE for help), not the pledge.
  const pledges = cues.filter(
    (c) =>
      c.coding?.event === 'AGREE' &&
      cues.some(
        (d) =>
          d.start >= c.end &&
          d.start - c.end <= INTENT_SPAN &&
          d.start < c.clause.end &&
          pack.intentBefore.test(text.slice(c.start, d.start)) &&
          // A noun is the act intended only with a verb before it ("agreed to increase gas deliveries", not "agreed to US mediation").
          (d.cue.part === 'verb' || (pack.language === 'en' && verbBetween(text, c.end, d.start))),
      ),
  );
  if (pledges.length > 0) cues = cues.filter((c) => !pledges.includes(c));
  // "refused to allow inspectors", "threatened to expel the ambassador", "asked to join", "a refusé de
  // libérer": an act after a refusal, a threat or a request is not done; PLOVER codes the REJECT, THREATEN
  // or DEMAND alone. "accused India of attacking": the act an accusation alleges is the accuser's word,
  // not a stated event; PLOVER codes the accusation alone.
  const undone = cues.filter((d) =>
    cues.some((c) => {
      if (c === d || d.start < c.end || d.start - c.end > INTENT_SPAN || d.start >= c.clause.end) return false;
      const event = c.coding?.event ?? RELATIONS[c.relation].plover ?? '';
      const between = text.slice(c.end, d.start);
      if (UNDOING_EVENTS.has(event)) return pack.undoneActBefore.test(between);
      // The accused stands between accusation and act ("accused India of attacking"); with no party there the
      // act is what was condemned, stated as done ("condemned a series of air strikes on Gaza by Israel").
      return event === 'DISAPPROVE' && pack.allegedActBefore?.test(between) === true && mentions.some((m) => m.start >= c.end && m.end <= d.start);
    }),
  );
  if (undone.length > 0) cues = cues.filter((c) => !undone.includes(c));
  // "Iran rejected talks between …", "demanded the withdrawal of French troops", "the meeting … was postponed":
  // a noun whose act the clause refuses, asks for or calls off states no act; the undoing verb's cue stays.
  // A noun that carries the verb's own coding ("called for sanctions against": DISAPPROVE) is that verb's claim.
  cues = cues.filter((c) => !(c.cue.part === 'noun' && c.predicateStart === undefined && undoneNoun(text, c.start, c.clause, pack)));
  cues = cues.map((c, i) => protestAim(text, c, cues[i - 1], pack));
  const modal = pack.obligation.exec(text);
  if (cues.length === 0 && !modal) return [];
  mentions = yieldAgentsToCues(mentions, cues).filter((m) => !namesAnEvent(text, m, cues) && !isDateline(text, m));
  // "Croatia denied entry to Serbian officials": a reporting verb that is an event verb with its object
  // right there (an event-lexicon entry with an object matched) states that event; it reports nothing.
  const reporting = findAttribution(text, clauses, pack, mentions);
  const attribution = reporting && eventCues.some((e) => e.specific && e.start < reporting.cueEnd && reporting.cueStart < e.end) ? null : reporting;
  // The source of a reported statement is not one of its parties ("Lavrov said Russia …").
  const parties = attribution?.source
    ? mentions.filter((m) => m.anaphor !== null || m.end <= attribution.sourceStart || m.start >= attribution.sourceEnd)
    : mentions;
  const groups = groupMentions(text, parties, pack);
  // "Turkey, which invaded Syria in 2016, said …": an act told in an aside between the speaker and the
  // reporting verb is the sentence's own statement about the speaker, not part of what was said, so the
  // speaker stays its party and the act is asserted.
  const inAside = (cue: CueMatch) => attribution?.source != null && cue.start >= attribution.sourceEnd && cue.end <= attribution.cueStart;
  const asideGroups = cues.some(inAside) ? groupMentions(text, mentions, pack) : groups;
  if (groups.length === 0 && asideGroups.length === 0) return [];
  const obligation = modal && attribution?.source ? reportedObligation(text, modal, clauses, attribution, mentions, groups) : null;
  if (obligation) cues.push(obligation.cue);
  const times = findTimes(text, pack);
  const quantities = findQuantities(text, pack);
  const clauseHasNoActor = (offset: number) => {
    const clause = clauseAt(clauses, offset);
    return !mentions.some((m) => m.start >= clause.start && m.start < clause.end);
  };
  const claims: ClaimRecord[] = [];
  for (const cue of cues) {
    if (attribution?.source && cue.start < attribution.sourceEnd && attribution.sourceStart < cue.end) continue;
    const isObligation = cue === obligation?.cue;
    const aside = inAside(cue);
    const speaking =
      isObligation || !attribution || aside
        ? null
        : (reportedStance(text, cue, attribution, mentions, groups, clauses, pack) ?? speakerActs(text, cue, attribution, mentions, groups, pack));
    for (const args of isObligation ? obligation!.args : (speaking ?? argumentsFor(text, cue, aside ? asideGroups : groups, pack, cues))) {
      // The demand itself is what the sentence states: the source made it.
      const reading = isObligation
        ? { modality: 'asserted' as const, polarity: 'positive' as const, attributedTo: null }
        : readModality(text, cue, cues, aside ? null : attribution, pack);
      let confidence = FRAME_CONFIDENCE[args.frame];
      if (args.anaphoric) confidence *= ANAPHOR_FACTOR;
      if (cue.cue.requires) confidence *= CONTEXT_CUE_FACTOR;
      // Crowds protest, officials disapprove (PLOVER): a cue that can say either is read by its subject's sector.
      const crowd = cue.cue.byCrowds !== undefined && CROWD_SECTORS.has(args.subject.sector ?? '');
      const relation: Relation = crowd ? cue.cue.byCrowds! : cue.relation;
      const coding = intentCoding(
        crowdCoding(militaryCoding(crowd ? relationCoding(relation) : (cue.coding ?? relationCoding(relation)), args.subject), args.subject),
        // "Will France sanction Iran?" asks about the act; no one states an intent, so it is no threat (nor a pledge).
        intendedAct(text.slice(cue.clause.start, cue.predicateStart ?? cue.start), pack) && !asksWhether(text),
      );
      // Undirected relations are stored once, their two actors in id order, when the claim is that
      // relation's own event; one coded otherwise keeps its direction: "agreed to resume talks with Chile"
      // is an intent (AGREE) of the one who agreed, "provided military assistance to" AID to the receiver.
      const undirected = !RELATIONS[relation].directed && coding.event === RELATIONS[relation].plover;
      const [a, b] = args.subject.id === args.object.id ? [partyKey(args.subject), partyKey(args.object)] : [args.subject.id, args.object.id];
      const [subject, object] = undirected && b < a ? [args.object, args.subject] : [args.subject, args.object];
      // Two parties of one state (its government and its rebels) are told apart by sector in the claim id.
      const [subjectKey, objectKey] = subject.id === object.id ? [partyKey(subject), partyKey(object)] : [subject.id, object.id];
      claims.push({
        id: claimId(document.id, sentence.start, sentence.end, subjectKey, relation, objectKey),
        document_id: document.id,
        text,
        start: sentence.start,
        end: sentence.end,
        subject,
        relation,
        object,
        event: coding.event as PloverEvent | null,
        mode: coding.mode,
        context: coding.context as ClaimRecord['context'],
        modality: reading.modality,
        polarity: reading.polarity,
        attributed_to: reading.attributedTo,
        time: timeForClaim(times, cue.clause.start, cue.clause.end, clauseHasNoActor),
        quantities,
        confidence: Math.round(confidence * 100) / 100,
        extractor: CLAIMS_EXTRACTOR,
      });
    }
  }
  return claims;
}

function namesTwoActors(mentions: readonly Mention[]): boolean {
  const first = mentions[0]?.actor;
  return first !== null && first !== undefined && mentions.some((m) => m.actor !== null && partyKey(m.actor) !== partyKey(first));
}

/** Extracts the claims of one document. The same input always gives the same claims in the same order. */
export function extractClaims(document: ClaimInput): ClaimRecord[] {
  if (isUnreadLanguage(document.language)) return [];
  const byId = new Map<string, ClaimRecord>();
  // A claim needs two different actors, and a pronoun only stands for an actor named in its own
  // paragraph (line): a line that names fewer than two yields no claim and need not be cut into
  // sentences. Names never straddle a sentence break (sentences break at punctuation, never inside
  // a word), so the line's names are its sentences' names.
  // Reference-list entries ("^ Smith, J. … Retrieved 2020") are sources the text cites, and captions,
  // photo credits and teasers ("Read more: …") point at other pages or pictures: not its claims.
  // Packs are compiled on first use (language-packs.ts), so names are looked for first: a document
  // with no line naming two actors never needs one.
  let packs: LanguagePack[] | null = null;
  const isReference = (line: string) => {
    packs ??= packsFor(document.language);
    return packs.some((pack) => pack.referenceLine.test(line) || pack.captionLine.test(line));
  };
  // Lines come in text order, so an acronym defined on one line counts on the lines after.
  const acronyms: Acronyms = new Map();
  const readsFrench = readsWithPack(document.language, 'fr');
  const namesTwo = (line: string) => {
    const names = findNamedMentions(line);
    return namesTwoActors(withContextAgents(line, names, false, acronyms)) || (readsFrench && namesTwoActors(withFrenchAgents(line, names)));
  };
  const lines = parseLines(document.text, (line) => namesTwo(line) && !isReference(line));
  // (Read back through a cast: tsc does not see the closure above assign it.)
  const documentPacks = packs as LanguagePack[] | null;
  if (!documentPacks) return [];
  const named: NamedCache | null = documentPacks.length > 1 ? new Map() : null;
  for (const pack of documentPacks) {
    const sentences = splitSentences(document.text, pack.abbreviations, lines);
    const mentions = mentionsBySentence(sentences, pack, named, document.published ?? null);
    sentences.forEach((sentence, i) => {
      if (mentions[i]!.length === 0) return;
      for (const claim of claimsOfSentence(document, sentence, mentions[i]!, pack)) {
        // One claim per (sentence, subject, relation, object): the first cue found states it.
        if (!byId.has(claim.id)) byId.set(claim.id, claim);
      }
    });
  }
  return [...byId.values()].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
