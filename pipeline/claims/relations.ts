// Relations: finds the relation cues of a sentence (language-pack data) and, for each, the subject
// and object among the actor mentions of its clause: a hyphenated pair before the cue ("Russian-Algerian
// relations"), "between A and B", a passive "by A", "of A with B", or the nearest actor before the cue
// and the first after it.
import { RELATIONS, type Actor, type Relation } from '../records/claim.ts';
import { actorsOf, namesAnAgent, sameParty, type Mention } from './actors.ts';
import { clauseAt, splitClauses, type Clause } from './clauses.ts';
import { lemmatise, passiveAt, verbBetween } from './events.ts';
import { conditionText, type LanguagePack, type RelationCue } from './language-packs.ts';

export interface CueMatch {
  cue: RelationCue;
  relation: Relation;
  start: number;
  end: number;
  clause: Clause;
  /** PLOVER coding the cue itself carries (event-lexicon cues); otherwise the relation's own. */
  coding?: { event: string; mode: string | null; context: string[] };
  /** Start of the verb whose coding a noun cue took ("tighten" in "would tighten the blockade"). */
  predicateStart?: number;
  /**
   * The cue is a lexicon verb's noun before "of" ("the abduction of"), found only for the frame "the N
   * of X by Y": only that frame gives its arguments (a noun named in passing, "condemned the
   * abduction", states no event between the sentence's other parties).
   */
  ofBy?: boolean;
  /**
   * End of the object an event-lexicon entry named ("imposed a curfew"): a locative right after that
   * object says where the act fell (placeActedOn).
   */
  objectEnd?: number;
}

export type Frame =
  | 'reported_obligation'
  | 'hyphen_pair'
  | 'between_pair'
  | 'passive'
  | 'subject_object'
  | 'of_with'
  | 'possessor_role'
  | 'coordinated_subject'
  | 'sentence_topic'
  /** A participle after a reporting verb: the speaker's own act (index.ts speakerActs). */
  | 'speaker_act'
  /** A reporting verb that is itself a stance ("warned that", "denied that"): the speaker's, aimed at the report's party (index.ts reportedStance). */
  | 'reported_stance'
  | 'purpose'
  | 'mediation';

export interface RelationArguments {
  subject: Actor;
  object: Actor;
  frame: Frame;
  /** True when an argument came from a resolved anaphor. */
  anaphoric: boolean;
}

/**
 * Relations whose two parties may be named together before the cue ("Russia and Algeria signed an
 * arms deal", "Algeria and Morocco fought a war"): the symmetric ones and those done to each other.
 */
const PAIR_FROM_COORDINATED_SUBJECT: ReadonlySet<Relation> = new Set(
  (Object.keys(RELATIONS) as Relation[]).filter(
    (r) => !RELATIONS[r].directed || r === 'arms_transfer' || r === 'economic_cooperation' || r === 'armed_conflict',
  ),
);

/**
 * PLOVER events done with another party by their nature: a coordinated subject with no other party
 * does them with each other, and so when it pledges them ("agreed to resume dialogue", "pledged to
 * cooperate"). Not an act done alone or to a third party, even pledged together: "The US and Britain
 * pledged to withdraw their troops" (RETREAT), "France and Germany vowed to back the plan" (SUPPORT),
 * "agreed to send aid" (AID) each pledge their own.
 */
const JOINT_EVENTS: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * "Israel and Syria agreed to a prisoner swap", "Algeria and Morocco broke off diplomatic relations",
 * "Vietnam and the Philippines pledged to cooperate": an act of a subject that lists several parties,
 * with no other party after it, is one they do with each other when its event is a joint one by
 * nature (its own predicate or pledged: a stated intent, at most a few words after the subject), or
 * when a reciprocal word belongs to it. Not any act: in "France and Germany condemned the coup" each
 * condemns the coup.
 */
function jointAct(text: string, cue: CueMatch, subject: MentionGroup, pack: LanguagePack): boolean {
  if (!subject.listed || subject.actors.length < 2) return false;
  const event = eventOfCue(cue);
  if (event === null) return false;
  const predicateStart = cue.predicateStart ?? cue.start;
  const gap = text.slice(subject.end, predicateStart);
  // "X and Y must ensure security": an act the two are told to do is a demand on them, not done together.
  if (pack.obligation.test(gap)) return false;
  const intent = pack.intentBefore.exec(gap);
  const pledged = intent !== null && MODIFIERS_ONLY.test(gap.slice(0, intent.index));
  // The subject's own predicate: no other verb between ("US and British forces must ensure security
  // to allow …": "allow" is the purpose of ensuring, not an act of the two forces with each other).
  // Without a tagger (French), a few words at most.
  const own = pack.language === 'en' ? !verbBetween(text, subject.end, predicateStart) : /^\s*(?:\S+\s+){0,3}$/u.test(gap);
  if (JOINT_EVENTS.has(event)) return own || pledged;
  return own && (reciprocalOf(text, cue, pack) || pactObject(text, cue, pack));
}

/**
 * The act's own object, as its lexicon entry named it, is a pact ("signed an agreement", "a signé un
 * traité"): the signatories make it with each other. Only the object the entry matched counts: "France
 * and Germany condemned the agreement" names no object of the verb's entry, and condemns no one.
 */
function pactObject(text: string, cue: CueMatch, pack: LanguagePack): boolean {
  const pact = pack.attachment.pactAtEnd;
  return pact !== null && cue.objectEnd !== undefined && cue.objectEnd > cue.end && pact.test(text.slice(cue.end, cue.objectEnd));
}

/**
 * A reciprocal word belongs to the act: it opens the act's object, behind an article or a modifier at
 * most, with no verb between ("broke off diplomatic relations", "accused each other"). One further on
 * belongs to some other act: "The US and the EU condemned the vote that harmed relations".
 */
function reciprocalOf(text: string, cue: CueMatch, pack: LanguagePack): boolean {
  const hit = pack.attachment.reciprocal?.exec(text.slice(cue.end, cue.clause.end));
  return hit != null && (pack.language !== 'en' || !verbBetween(text, cue.end, cue.end + hit[0].length));
}

/**
 * At most three words (an article, modifiers) of a noun phrase: between a hyphenated pair and its noun
 * ("Franco-German defence cooperation"), before an event noun that opens its clause ("A rocket attack").
 */
const MODIFIERS_ONLY = /^\s*(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * All cues of the sentence that pass their context conditions, longest first where they overlap.
 * Words inside an actor's name are not cues ("the United States", "Security Council").
 */
export function findCues(text: string, clauses: readonly Clause[], pack: LanguagePack, named: readonly Mention[] = []): CueMatch[] {
  const perCue = pack.cues.map(() => [] as CueMatch[]);
  // What matchAll over each cue's own pattern would find: each cue resumes after its last match,
  // and is tried only at the offsets where some cue matches, in order.
  const resumeAt = pack.cues.map(() => 0);
  const anyCue = pack.anyCue;
  anyCue.lastIndex = 0;
  for (let hit = anyCue.exec(text); hit; hit = anyCue.exec(text)) {
    const start = hit.index;
    for (let found = pack.firstCueAt(text, start, 0); found; found = pack.firstCueAt(text, start, found.cue + 1)) {
      const { cue: k, end } = found;
      if (start < resumeAt[k]!) continue;
      const cue = pack.cues[k]!;
      resumeAt[k] = end > start ? end : start + codePointLength(text, start);
      if (named.some((n) => n.actor && start < n.nameEnd && n.start < end)) continue;
      const clause = clauseAt(clauses, start);
      const clauseText = conditionText(text, clause, start, end, cue, pack);
      if (cue.requires && !cue.requires.test(clauseText)) continue;
      if (cue.unless?.test(clauseText)) continue;
      // "l'attaque menée par le Maroc": a verb form right after an article is the noun it also spells.
      // Only where no tagger reads the words (English verbs are known by their part of speech).
      const noun = cue.part === 'verb' && pack.language !== 'en' && pack.attachment.articleBefore.test(text.slice(Math.max(0, start - 8), start));
      perCue[k]!.push({ cue: noun ? { ...cue, part: 'noun' } : cue, relation: cue.relation, start, end, clause });
    }
    anyCue.lastIndex = start + codePointLength(text, start);
  }
  const matches = perCue.flat();
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of matches) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Unicode patterns never start a match inside a surrogate pair, so a scan steps over the whole pair. */
function codePointLength(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length && (text.charCodeAt(offset + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Actors named together: "Algeria and Russia", "Russia, China and Iran", "Russian-Algerian", "the two countries". */
export interface MentionGroup {
  start: number;
  end: number;
  actors: Actor[];
  hyphenated: boolean;
  anaphoric: boolean;
  /** The last name carries a possessive ("Algeria's"). */
  possessive: boolean;
  /** Every actor in the group is a region, which after "in" is a place rather than a party. */
  regionsOnly: boolean;
  /** Joined by a coordinator ("A, B and C"), not by commas alone ("In A, B …"). */
  listed: boolean;
  /** Some join is punctuation alone, no hyphen and no word ("Algeria, Africa's largest producer"). */
  apposed: boolean;
  /** Where the names after the last such join start, and their actors: the part of the group a clause opening there holds. */
  apposition?: { start: number; actors: Actor[] };
}

export function groupMentions(text: string, mentions: readonly Mention[], pack: LanguagePack): MentionGroup[] {
  const groups: MentionGroup[] = [];
  for (const mention of mentions) {
    const actors = actorsOf(mention);
    if (actors.length === 0) continue;
    const previous = groups[groups.length - 1];
    // Pronouns do not join lists: in "with Russia and Ukraine, it chose" the "it" starts a new group.
    if (previous && mention.anaphor === null && !previous.anaphoric) {
      const gap = text.slice(previous.end, mention.start);
      const hyphen = /^[-–]$/u.test(gap);
      if (hyphen || (pack.coordinationGap.test(gap) && !pack.indefiniteAfterComma?.test(gap))) {
        previous.end = mention.end;
        for (const actor of actors) if (!previous.actors.some((a) => sameParty(a, actor))) previous.actors.push(actor);
        previous.hyphenated = previous.hyphenated || hyphen;
        previous.anaphoric = previous.anaphoric || mention.anaphor !== null;
        previous.possessive = mention.possessive;
        previous.regionsOnly = previous.actors.every((a) => a.type === 'region');
        // Only a coordinator makes a list: "A, the B" is an apposition, or where a fronted clause ends
        // ("After meeting Iran's minister, the Omani sultan …"), no list of parties acting together.
        const coordinated = pack.coordinatorIn.test(gap);
        previous.listed = previous.listed || coordinated;
        previous.apposed = previous.apposed || (!hyphen && !coordinated);
        if (!hyphen && !coordinated) previous.apposition = { start: mention.start, actors: [...actors] };
        else if (previous.apposition) previous.apposition.actors.push(...actors.filter((a) => !previous.apposition!.actors.some((b) => sameParty(a, b))));
        continue;
      }
    }
    groups.push({
      start: mention.start,
      end: mention.end,
      actors: [...actors],
      hyphenated: false,
      anaphoric: mention.anaphor !== null,
      possessive: mention.possessive,
      regionsOnly: actors.every((a) => a.type === 'region'),
      listed: false,
      apposed: false,
    });
  }
  return groups;
}

/** Groups of the clause that name a state or its capital right after a locative: places, not parties. */
function placesOf(text: string, clause: Clause, groups: readonly MentionGroup[], pack: LanguagePack): Set<MentionGroup> {
  const places = new Set<MentionGroup>();
  for (const g of groups) {
    if (g.start < clause.start || g.start >= clause.end) continue;
    // A state named as a whole, or by its capital ("in Tunis"): the seat of a government is a place too.
    if (!g.actors.every((a) => a.type === 'country' && (a.sector === null || a.sector === 'GOV'))) continue;
    if (pack.attachment.placeBefore.test(text.slice(clause.start, g.start))) places.add(g);
  }
  return places;
}

/** Each pair of a listed subject acting together: "Kenya, Uganda and Tanzania signed a protocol" binds all three. */
function pairsWithin(group: MentionGroup): Array<[Actor, Actor]> {
  return group.actors.flatMap((first, i) => group.actors.slice(i + 1).map((other) => [first, other] as [Actor, Actor]));
}

function cross(subjects: MentionGroup, objects: MentionGroup): Array<[Actor, Actor]> {
  return subjects.actors.flatMap((s) => objects.actors.map((o) => [s, o] as [Actor, Actor]));
}

/**
 * A cue's text ends in a preposition of the pack ("arrests of", "investigation into", "crackdown on")
 * and only an article stands between it and the party: the party is the noun's complement.
 */
function complementAtEnd(cueText: string, gap: string, pack: LanguagePack): boolean {
  const patterns = pack.attachment.complementAtEnd;
  return patterns.preposition.test(cueText) && patterns.gap.test(gap);
}

/**
 * "by" opens the doer of a noun's event after its complement: right after the party ("the arrest of
 * the reporter by police") or after the rest of the party's noun phrase, when its name is a demonym
 * ("the kidnapping of Nigerian schoolgirls by rebels", "the bombing of the Yemeni port by Saudi jets").
 * In English no verb may stand there: in "the arrest of Russian reporters filmed by Belarusian TV" the
 * "by" party is the filming's agent.
 */
function byAfterComplement(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const link = text.slice(from, to);
  if (pack.passiveByAfter.test(link)) return true;
  if (!pack.attachment.byAfterNoun.test(link)) return false;
  return pack.language !== 'en' || !verbBetween(text, from, to);
}

/**
 * "a demonstration staged by students", "a raid carried out by Israeli troops", "the talks hosted by
 * Egypt": a participle (with its particle) between an event noun and "by" makes the "by" party the
 * noun's doer. In English the participle must be a verb to the tagger ("the talks in Cairo by …"
 * has none); in a pack read without one, a word with a past participle's ending ("l'attaque menée par").
 */
function participleByBefore(text: string, from: number, to: number, pack: LanguagePack): boolean {
  return pack.attachment.participleBy.test(text.slice(from, to)) && participleOpens(text, from, to, pack);
}

/** The first word from `from` is a past participle: a verb form other than its lemma, not "-ing", in English. */
function participleOpens(text: string, from: number, to: number, pack: LanguagePack): boolean {
  // Without a tagger the participle is known by its ending: "l'attaque menée par le Maroc".
  if (pack.language !== 'en') return pack.pastParticipleEnding?.test(/\p{L}+/u.exec(text.slice(from, to))?.[0] ?? '') ?? false;
  const first = lemmatise(text).find((t) => t.start >= from && t.pos !== 'PUNCT');
  return first !== undefined && first.pos === 'VERB' && first.value.toLowerCase() !== first.lemma && !/ing$/iu.test(first.value);
}

/**
 * "the sanctions imposed on Iran by the EU", "l'aide accordée au Tchad par la France": a participle after
 * an event noun, with its prepositional object and then "by", makes the object the one the act reaches
 * and the "by" party its doer. The participle governs the preposition, so a state after it ("à l'Iran",
 * "to Mali") is the party reached, not a place.
 */
function participleObjectThenBy(text: string, from: number, object: MentionGroup, doer: MentionGroup, pack: LanguagePack): boolean {
  return (
    pack.attachment.participleLink.test(text.slice(from, object.start)) &&
    pack.passiveByAfter.test(text.slice(object.end, doer.start)) &&
    participleOpens(text, from, object.start, pack)
  );
}

/**
 * Without a tagger the event noun is the cue of a passive whose verb follows it: "Des sanctions ont été
 * imposées à l'Iran", "Une aide a été accordée au Tchad". The participle, known by its ending, stands
 * after its auxiliary within the next few words before the first party.
 */
function passiveAfterNoun(text: string, from: number, to: number, pack: LanguagePack): boolean {
  if (pack.language === 'en' || !pack.pastParticipleEnding) return false;
  const words = [...text.slice(from, to).matchAll(/\p{L}+/gu)].slice(0, 4);
  return words.some((w) => pack.pastParticipleEnding!.test(w[0]) && passiveAt(text, from + w.index, from + w.index + w[0].length));
}

/** The verb cue is a past participle right after a noun ("a demonstration staged", "raids carried out"). */
function reducedRelative(text: string, cue: CueMatch): boolean {
  const tokens = lemmatise(text);
  const k = tokens.findIndex((t) => t.start === cue.start);
  const noun = tokens[k - 1]?.pos === 'NOUN' || (tokens[k - 1]?.pos === 'PROPN' && k === 1); // "Raids carried out by …": tagged as a name at the start
  return noun && reducedParticiple(text, cue);
}

/** The verb cue is written as a past participle (a form other than its lemma, not "-ing"): "staged", "attacked". */
function reducedParticiple(text: string, cue: CueMatch): boolean {
  const verb = lemmatise(text).find((t) => t.start === cue.start);
  return verb !== undefined && verb.pos === 'VERB' && verb.value.toLowerCase() !== verb.lemma && !/ing$/iu.test(verb.value);
}

/**
 * "Turkey, which opposes Kurdish autonomy, launched air strikes on Syria": a noun cue that is the object
 * of the verb opening its clause (a few modifiers between) belongs to that verb's predicate, so a
 * clause with no subject of its own (after an aside) takes the sentence's subject for it, as a verb
 * cue would. English only: the verb test needs the tagger.
 */
function objectOfOpeningVerb(text: string, cue: CueMatch, pack: LanguagePack): boolean {
  if (pack.language !== 'en' || cue.cue.part !== 'noun') return false;
  const words = lemmatise(text).filter((t) => t.start >= cue.clause.start && t.end <= cue.start);
  // An adverb may come first ("later signed a deal with").
  const opening = words.findIndex((t) => t.pos !== 'ADV');
  const verb = words[opening];
  if (verb?.pos !== 'VERB' || /ing$/iu.test(verb.value) || words.length - opening - 1 > 3) return false;
  return !verbBetween(text, verb.end, cue.start);
}

/**
 * "An air strike by Saudi jets hit a hospital in Yemen", "Shelling by Russian forces hit a Ukrainian
 * school": an event noun heading its clause's subject, its doer after "by", is done to the object of
 * the clause's verb. English only (the verb test needs the tagger); the verb must be no cue of its own
 * (a "killed" there states its own event between the same parties), and the object no place.
 */
function subjectNounOnObject(
  text: string,
  cue: CueMatch,
  after: readonly MentionGroup[],
  places: ReadonlySet<MentionGroup>,
  otherCues: readonly CueMatch[],
  pack: LanguagePack,
): [MentionGroup, MentionGroup] | undefined {
  if (pack.language !== 'en' || !MODIFIERS_ONLY.test(text.slice(cue.clause.start, cue.start))) return undefined;
  const tokens = lemmatise(text);
  // No verb written in a tense before the noun ("Officials said an attack by …"); a modifier the tagger
  // reads as a bare verb ("A drone attack") is still the noun's.
  const inflected = (t: (typeof tokens)[number]) => t.pos === 'VERB' && t.value.toLowerCase() !== t.lemma;
  if (tokens.some((t) => t.start >= cue.clause.start && t.end <= cue.start && inflected(t))) return undefined;
  const [doer, reached] = after;
  if (!doer || !reached || places.has(reached) || !pack.passiveByAfter.test(text.slice(cue.end, doer.start))) return undefined;
  if (otherCues.some((c) => c !== cue && c.start >= doer.end && c.start < reached.start)) return undefined;
  // The rest of the doer's noun phrase ("Taliban fighters"), the verb, then its object's article and
  // modifiers: lower-case words only, five at most, one of them the clause's verb, and a verb of
  // reaching: "Air strikes by Turkey allowed Iraqi troops to advance" does no strike on the troops.
  if (!/^(?:\s+\p{Ll}[\p{L}-]*){1,5}\s+$/u.test(text.slice(doer.end, reached.start))) return undefined;
  const reaches = (t: (typeof tokens)[number]) => t.pos === 'VERB' && pack.attachment.reachingVerbs.has(t.lemma);
  return tokens.some((t) => t.start >= doer.end && t.end <= reached.start && reaches(t)) ? [doer, reached] : undefined;
}

/** At most two words (an article, a title) before a sentence's subject: "The Chinese navy", "Ethiopia". */
const SENTENCE_OPENING_SUBJECT = /^\s*(?:[\p{L}.'’-]+\s+){0,2}$/u;

/** Events aimed at whom they are about, not at whom they are addressed to. */
const GRIEVANCE_EVENTS: ReadonlySet<string> = new Set(['DISAPPROVE', 'PROTEST']);

/** Stances a party expresses about another: their noun may name the holder after it ("criticism from"). */
const STANCE_EVENTS: ReadonlySet<string> = new Set(['DISAPPROVE', 'SUPPORT', 'DEMAND', 'THREATEN', 'REJECT']);

/** Events whose act, in a purpose clause after them, is only requested, refused or threatened. */
const UNDOING: ReadonlySet<string> = new Set(['DEMAND', 'REJECT', 'THREATEN']);

/** The PLOVER event a cue codes: its own coding (event lexicon), else its relation's. */
const eventOfCue = (cue: CueMatch): string | null => cue.coding?.event ?? RELATIONS[cue.relation].plover;

/**
 * The verb cue that governs a party standing before `cue`: the last other verb cue of the clause that
 * ends before the party (so the party is that verb's object, not its subject).
 */
function earlierVerbCue(otherCues: readonly CueMatch[], cue: CueMatch, clause: Clause, party: MentionGroup): CueMatch | undefined {
  return otherCues.filter((c) => c !== cue && c.cue.part === 'verb' && c.start >= clause.start && c.end <= party.start).pop();
}

/**
 * The party introduced by "by" after a passive verb cue, when it is not right after the verb: in the
 * cue's clause, unless the word before "by" is itself a verb ("after talks hosted by Egypt": that
 * verb's agent); or opening a later clause of the sentence ("…, much of it embezzled, by officials").
 * Only the first "by" party counts, and none past the next verb cue, whose agent it would be. English
 * only: the verb test needs the tagger's parts of speech.
 */
function distantPassiveAgent(
  text: string,
  cue: CueMatch,
  groups: readonly MentionGroup[],
  pack: LanguagePack,
  otherCues: readonly CueMatch[],
): MentionGroup | undefined {
  const limit = otherCues.find((c) => c !== cue && c.cue.part === 'verb' && c.start >= cue.end)?.start ?? text.length;
  for (const g of groups) {
    if (g.start < cue.end || g.start >= limit) continue;
    const gap = text.slice(cue.end, g.start);
    if (g.start >= cue.clause.end) {
      if (pack.passiveByOpening.test(gap)) return g;
      if (pack.passiveByBefore.test(gap)) return undefined;
      continue;
    }
    const by = pack.passiveByBefore.exec(gap);
    if (!by) continue;
    const byStart = cue.end + by.index;
    const previous = lemmatise(text)
      .filter((t) => t.end <= byStart)
      .pop();
    return previous && previous.pos !== 'VERB' && previous.pos !== 'AUX' ? g : undefined;
  }
  return undefined;
}

/**
 * PLOVER's material acts done to people where they live (a curfew, a raid, a blockade, aid, the easing
 * of a curfew): the place they fall on stands for its people. Verbal acts (talks, agreements, demands)
 * held in a place are only located there.
 */
const ACTS_ON_A_PLACE: ReadonlySet<string> = new Set(['COERCE', 'ASSAULT', 'FIGHT', 'SANCTION', 'CONCEDE', 'AID']);

/**
 * "Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey", "shortened the
 * curfew imposed in Sudan": a material act whose object the lexicon named, with a locative right after
 * that object, falls on the place's people. When the place belongs to the subject's own state (which
 * the nearest-party rule drops as one party with it), the target is that state's civilians (PLOVER's
 * coding of a curfew or a raid on a town). Not when another party follows the place with no verb
 * between ("launched an offensive in southeastern Turkey against the PKK": the PKK is the target).
 * English only: the participle and the verb test need the tagger.
 */
function placeActedOn(text: string, cue: CueMatch, after: readonly MentionGroup[], subject: MentionGroup, pack: LanguagePack): MentionGroup | undefined {
  const event = eventOfCue(cue);
  if (pack.language !== 'en' || cue.objectEnd === undefined || event === null || !ACTS_ON_A_PLACE.has(event)) return undefined;
  // The act has an object (a verb and its object, "staged a raid"), not a bare verb ("arrested … in Nairobi").
  const predicate = text.slice(cue.predicateStart ?? cue.start, cue.objectEnd).trim();
  if (!/\s/u.test(predicate)) return undefined;
  const place = after[0];
  if (!place || place.start < cue.objectEnd || place.anaphoric) return undefined;
  const ownState = place.actors.every(
    (a) => a.type === 'country' && (a.sector === null || a.sector === 'GOV') && subject.actors.some((s) => s.type === 'country' && s.id === a.id),
  );
  if (!ownState) return undefined;
  const chain = pack.attachment.locativeChain.exec(text.slice(cue.objectEnd, place.start));
  if (!chain) return undefined;
  const participle = chain.groups?.participle;
  const rest = cue.objectEnd + (participle ? chain[0].indexOf(participle) + participle.length : 0);
  if (participle) {
    const at = cue.objectEnd + chain[0].indexOf(participle);
    const token = lemmatise(text).find((t) => t.start === at);
    if (token?.pos !== 'VERB' || /ing$/iu.test(token.value)) return undefined;
  }
  if (verbBetween(text, rest, place.start)) return undefined;
  // A place within the place ("near Damascus in Syria") is still where; another party is the target,
  // an agent of the same state too ("in southeastern Turkey against Kurdish rebels": TUR/REB is no place).
  const isPlace = (a: (typeof place.actors)[number]) => a.sector === null || a.sector === 'GOV';
  const next = after.find((g) => g.start >= place.end && !g.actors.every((a) => isPlace(a) && place.actors.some((p) => p.id === a.id)));
  if (next && next.start < cue.clause.end && !verbBetween(text, place.end, next.start)) return undefined;
  return place;
}

/** A state's people, for a place of that state an act falls on. */
const peopleOf = (group: MentionGroup): MentionGroup => ({
  ...group,
  actors: group.actors.map((a) => ({ ...a, sector: 'CVL' })),
});

/** Sectors of a state's people, as opposed to its agents: civilians, refugees, farmers, workers, students, opposition. */
const PEOPLE_SECTORS: ReadonlySet<string> = new Set(['CVL', 'REF', 'AGR', 'LAB', 'EDU', 'OPP']);

/**
 * "The Albanians of southern Serbia", "the Germans of Kazakhstan": a people living in a state named
 * after "of" is coded, as PLOVER codes it, as that state's civilians (SRB/CVL, the ethnicity being
 * only their name); the head's sector stays ("Peasants of southern Mexico": MEX/AGR). A head that is
 * not a people (an agent, an organisation) stays as it is.
 */
function residentsOf(head: MentionGroup, place: MentionGroup): MentionGroup {
  const [state] = place.actors;
  const people = head.actors.every((a) => a.type === 'country' && a.sector !== null && PEOPLE_SECTORS.has(a.sector));
  if (!people || place.anaphoric || place.actors.length !== 1 || !state || state.type !== 'country' || state.sector !== null) return head;
  return { ...head, actors: head.actors.map((a) => ({ ...a, id: state.id, country: state.country ?? state.id })) };
}

/**
 * The gap between two parties is the complement preposition of the first one's noun ("of", "de"; not
 * the passive's "by"/"par") with at most an article and two lower-case modifiers: "Albanians of
 * southern Serbia", "the Kurds of northern Iraq".
 */
function complementOfHead(gap: string, pack: LanguagePack): boolean {
  return pack.attachment.complementOfHead.test(gap);
}

/** Speech acts a closing "…, X protested" clause states about the statement before it. */
const STANCE_ON_A_STATEMENT: ReadonlySet<string> = new Set([...STANCE_EVENTS, 'PROTEST']);

/**
 * The first party of the statement a closing stance clause is about ("…, a rights group protested
 * here Wednesday"): the cue's clause follows a comma, opens with its subject (an article at most
 * before it), has at most two words between subject and verb, and nothing after the verb but
 * lower-case words and numbers (no party, no other cue); the statement's first party, before that
 * clause and not a place, is the one the stance is aimed at.
 */
function statementBefore(
  text: string,
  cue: CueMatch,
  subject: MentionGroup,
  groups: readonly MentionGroup[],
  places: ReadonlySet<MentionGroup>,
  otherCues: readonly CueMatch[],
  pack: LanguagePack,
): MentionGroup | undefined {
  const event = eventOfCue(cue);
  if (event === null || !STANCE_ON_A_STATEMENT.has(event) || subject.anaphoric) return undefined;
  const { clause } = cue;
  if (
    !text
      .slice(Math.max(0, clause.start - 8), clause.start)
      .trimEnd()
      .endsWith(',')
  )
    return undefined;
  const { opening, closing } = pack.attachment.closingClause;
  if (!opening.test(text.slice(clause.start, subject.start))) return undefined;
  if (!/^\s*(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(text.slice(subject.end, cue.start))) return undefined;
  if (!closing.test(text.slice(cue.end))) return undefined;
  if (otherCues.some((c) => c !== cue && c.start >= cue.end)) return undefined;
  const topic = groups.find((g) => g.end <= clause.start && !places.has(g) && !g.anaphoric);
  if (!topic || topic.actors.some((a) => subject.actors.some((b) => sameParty(a, b)))) return undefined;
  return topic;
}

/**
 * "Protesters who attacked the French embassy were arrested by police": a verb cue with its auxiliary
 * ("were arrested", "have expelled"), in a clause opened by a relative pronoun after that clause's own
 * verb and with no coordinator between the two, is the main clause's verb: the relative clause has
 * ended, and the main verb's subject is the party the pronoun follows, not one named inside the
 * relative clause. Null when the cue is no such verb; undefined as the group when the party the
 * pronoun follows is none the sentence names. English only: the parts
 * of speech come from the tagger.
 */
function mainVerbAfterRelative(text: string, cue: CueMatch, groups: readonly MentionGroup[], pack: LanguagePack): { subject: MentionGroup | undefined } | null {
  if (pack.language !== 'en' || cue.cue.part !== 'verb') return null;
  const { clause } = cue;
  const opening = pack.relativeOpening.exec(text.slice(clause.start, cue.start));
  if (!opening) return null;
  const tokens = lemmatise(text).filter((t) => t.start >= clause.start + opening[0].length && t.end <= cue.start);
  const auxiliary = tokens[tokens.length - 1];
  if (auxiliary?.pos !== 'AUX') return null;
  const ownVerb = tokens.findIndex((t) => t.pos === 'VERB');
  if (ownVerb < 0 || tokens.slice(ownVerb).some((t) => t.pos === 'CCONJ')) return null;
  // "Officials who said Iranian police had arrested French sailors …", "… who visited Kabul said the
  // Taliban had seized …": after a reporting verb or "that" the auxiliary opens a reported clause, whose
  // subject is its own.
  if (tokens.slice(ownVerb, -1).some((t) => t.value.toLowerCase() === 'that' || reportingVerb(t, pack))) return null;
  const antecedent = groups.filter((g) => g.end <= clause.start).pop();
  return { subject: antecedent && /^[\s,]*$/u.test(text.slice(antecedent.end, clause.start)) ? antecedent : undefined };
}

/** A pack's reporting verbs as one whole word, compiled once. */
const REPORTING_WORD = new WeakMap<LanguagePack, RegExp>();

/** Is a token a reporting verb of the pack ("said", "claimed"), in any of its forms ("believe": "believes")? */
function reportingVerb(token: { value: string; lemma: string; pos: string }, pack: LanguagePack): boolean {
  if (token.pos !== 'VERB') return false;
  let pattern = REPORTING_WORD.get(pack);
  if (!pattern) {
    pattern = new RegExp(`^(?:${pack.attributionVerb.source})$`, 'iu');
    REPORTING_WORD.set(pack, pattern);
  }
  return pattern.test(token.value) || pattern.test(`${token.lemma}s`);
}

/** Does an infinitive ("to discuss") stand between two offsets: "to" and the verb right after it? English only (the tagger's parts of speech). */
function infinitiveBetween(text: string, from: number, to: number, pack: LanguagePack): boolean {
  if (pack.language !== 'en') return false;
  const tokens = lemmatise(text).filter((t) => t.start >= from && t.end <= to);
  return tokens.some((t, k) => t.value.toLowerCase() === 'to' && t.pos === 'PART' && tokens[k + 1]?.pos === 'VERB');
}

/**
 * The doer named after "by" of an event noun that is a stance verb's object ("condemned the sanctions
 * imposed on Russia by the US"): the noun is another cue right after the verb (an article or modifiers
 * between), and the "by" party follows some party the act reached, or the noun itself, in the clause.
 * Not a place ("the attack in Kabul by …" keeps its doer; a state after a locative is no doer).
 */
function doerOfEventNoun(
  text: string,
  cue: CueMatch,
  after: readonly MentionGroup[],
  places: ReadonlySet<MentionGroup>,
  otherCues: readonly CueMatch[],
  pack: LanguagePack,
): MentionGroup | undefined {
  const noun = otherCues.find((c) => c !== cue && c.cue.part === 'noun' && c.start >= cue.end && (after[0] === undefined || c.end <= after[0].start));
  if (!noun || !MODIFIERS_ONLY.test(text.slice(cue.end, noun.start))) return undefined;
  return after.find((g, k) => {
    if (places.has(g)) return false;
    const from = k === 0 ? noun.end : after[k - 1]!.end;
    const by = pack.passiveByBefore.exec(text.slice(from, g.start));
    // "the attack on Ukrainian ships chartered by Turkey": a participle after the reached party is what
    // "by" belongs to, and its doer did not do the act. Where the tagger cannot tell (not English), only a
    // "by" right after the reached party counts ("imposées à l'Iran par l'UE").
    const byStart = by ? from + by.index : 0;
    return by !== null && (pack.language === 'en' ? !participleBetween(text, from, byStart) : k > 0 && text.slice(from, byStart).trim() === '');
  });
}

/** A verb between two offsets, or a participle the tagger reads as an adjective ("ships chartered by"). English only. */
function participleBetween(text: string, from: number, to: number): boolean {
  return lemmatise(text).some((t) => t.start >= from && t.end <= to && (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/iu.test(t.value))));
}

/** Subject and object pairs for one cue, or none when the sentence does not name both. */
export function argumentsFor(
  text: string,
  cue: CueMatch,
  groups: readonly MentionGroup[],
  pack: LanguagePack,
  otherCues: readonly CueMatch[] = [],
): RelationArguments[] {
  const { clause } = cue;
  const isNoun = cue.cue.part === 'noun';
  // A list of parties cut by its own commas ("Algeria, Tunisia and Morocco condemned …") belongs to
  // the clause it ends in: each party gets its claim.
  // "Unlike Ghana, the Nigerian government condemned Togo": names joined by a comma alone across the
  // clause's start are no list; the clause's own names are its subject.
  const clausePart = (g: MentionGroup): MentionGroup =>
    !g.listed && g.apposition && g.start < clause.start && g.apposition.start >= clause.start
      ? { ...g, start: g.apposition.start, actors: g.apposition.actors, apposed: false, apposition: undefined }
      : g;
  let before = groups.map(clausePart).filter((g) => (g.start >= clause.start || (g.listed && g.end > clause.start)) && g.end <= cue.start);
  // A noun after another predicate ("refused to take sides in the war between …") is not that predicate's subject's.
  if (isNoun) {
    const lastOtherCue = otherCues.filter((c) => c !== cue && c.end <= cue.start && c.start >= clause.start).pop();
    if (lastOtherCue) before = before.filter((g) => g.start >= lastOtherCue.end);
  }
  // "exercises in the Mediterranean": a region after a locative is where, not whom (influence excepted).
  // Cooperation done together names its partners as such ("drills with Belarus"): a state after a
  // locative is where it is done ("held drills near the Finnish border", "joint exercises in Estonia").
  const together = RELATIONS[cue.relation].directed === false && eventOfCue(cue) === 'COOPERATE';
  let after = groups.filter(
    (g) =>
      g.start >= cue.end &&
      g.start < clause.end &&
      !(cue.relation !== 'influence' && g.regionsOnly && pack.locativeBefore.test(text.slice(cue.end, g.start))) &&
      // "off the coast of Japan", "along the border with Poland": the place may be a noun's complement.
      !(together && pack.attachment.placeBefore.test(text.slice(cue.end, g.start))),
  );
  // "The sanctions, imposed by Canada on Russian banks, took effect": a noun that ends its clause, with an
  // aside opened by a participle and "by" after the comma, has the aside's parties after it.
  if (isNoun && after.length === 0 && /^\s*$/u.test(text.slice(cue.end, clause.end))) {
    const doer = groups.find((g) => g.start >= clause.end);
    if (doer && participleByBefore(text, cue.end, doer.start, pack)) {
      const aside = clauseAt(splitClauses(text, pack), doer.start);
      after = groups.filter((g) => g.start >= doer.start && g.start < aside.end);
    }
  }
  // "Iraqi Kurds demonstrated in the city of Kirkuk": a place of a state is where its own parties act,
  // not one of them; only a party of another state may face it.
  const places = placesOf(text, clause, groups, pack);
  let nearestBefore: MentionGroup | undefined = before[before.length - 1];
  if (nearestBefore && places.has(nearestBefore)) {
    const other = before.slice(0, -1).pop();
    if (other && !places.has(other)) nearestBefore = other;
  }
  const isVerb = cue.cue.part === 'verb';
  const afterRelative = mainVerbAfterRelative(text, cue, groups, pack);
  if (afterRelative) {
    // With no party before the relative pronoun, the parties after the verb are all the frames below may use.
    const subject = afterRelative.subject && !places.has(afterRelative.subject) ? afterRelative.subject : undefined;
    nearestBefore = subject;
    before = subject ? [subject] : [];
  }
  // "The Albanians of southern Serbia are demanding autonomy": a party after "of" completes the noun
  // phrase of the party before it, whose head is the verb's subject.
  // The subject's noun phrase as named, before residentsOf recoded it: its own possessives stand for it.
  let nameHead: MentionGroup | undefined;
  if (isVerb && nearestBefore) {
    const head = before[before.indexOf(nearestBefore) - 1];
    if (head && !head.possessive && complementOfHead(text.slice(head.end, nearestBefore.start), pack)) {
      nameHead = head;
      nearestBefore = residentsOf(head, nearestBefore);
    }
  }
  // The verb cue before the nearest party, if that party follows it: the party is that verb's object.
  const governing = nearestBefore ? earlierVerbCue(otherCues, cue, clause, nearestBefore) : undefined;
  /** The first predicate's object, when the cue is a second predicate sharing its subject. */
  let firstPredicateObject: MentionGroup | undefined;
  if (nearestBefore && governing && !isVerb && pack.language === 'en') {
    // "met Iraq on Monday and signed a trade deal with Syria": a noun that is the object of a second
    // predicate (a verb right after the coordinator) belongs to the first verb's subject too.
    const verb = pack.nounPredicateCoordination.exec(text.slice(nearestBefore.end, cue.start))?.indices?.groups?.verb;
    if (verb && verbBetween(text, nearestBefore.end + verb[0], nearestBefore.end + verb[1])) {
      const subject = groups.filter((g) => g.end <= governing.start && (g.start >= clause.start || g.listed)).pop();
      if (!subject || places.has(subject)) return [];
      nearestBefore = subject;
    }
  }
  if (nearestBefore && governing && isVerb) {
    // "Urged Bolivia to withdraw its troops": an act after a demand on its agent is only demanded; the
    // demand is the claim (PLOVER codes the request, not the act requested).
    // The demand may have been recoded as the aim of a protest ("rioted demanding that Sudan withdraw").
    const demand = governing.cue.relation === 'demand' || eventOfCue(governing) === 'DEMAND';
    const gap = text.slice(nearestBefore.end, cue.start);
    if (demand && (pack.purposeBefore.test(gap) || /^\s*$/u.test(gap)) && MODIFIERS_ONLY.test(text.slice(governing.end, nearestBefore.start))) return [];
    // "Iran met Iraq on Monday and signed a deal with Syria": a second predicate joined by a
    // coordinator has the first one's subject, not the first one's object.
    if (pack.predicateCoordination.test(text.slice(nearestBefore.end, cue.start))) {
      const subject = groups.filter((g) => g.end <= governing.start && (g.start >= clause.start || g.listed)).pop();
      if (!subject || places.has(subject)) return [];
      firstPredicateObject = nearestBefore;
      nearestBefore = subject;
    }
  }
  // Read before the state's own places are dropped below: "imposed a curfew in Sudan" falls on Sudan's people.
  // A noun cue a lexicon verb carries ("launched an offensive") is that verb's object.
  const actedOn = nearestBefore && (isVerb || cue.predicateStart !== undefined) ? placeActedOn(text, cue, after, nearestBefore, pack) : undefined;
  after = after.filter((g) => !(places.has(g) && nearestBefore?.actors.some((a) => g.actors.some((b) => b.id === a.id))));
  // "Syria withdrew its troops from Lebanon": a possessive pronoun for the subject itself is not the object.
  const ownPossessive = (g: MentionGroup) =>
    g.anaphoric &&
    g.possessive &&
    nearestBefore !== undefined &&
    g.actors.every((a) => nearestBefore.actors.some((b) => b.id === a.id) || nameHead?.actors.some((b) => b.id === a.id));
  if (nearestBefore) after = after.filter((g) => !ownPossessive(g));
  // "Japan condemned North Korea and called on it to stop": an object pronoun (not a possessive) never
  // stands for its own clause's subject, so one resolved to the shared subject is the first
  // predicate's object.
  const pronoun = after[0];
  if (firstPredicateObject && pronoun?.anaphoric && !pronoun.possessive && pronoun.actors.every((a) => nearestBefore?.actors.some((b) => sameParty(a, b))))
    after[0] = { ...pronoun, actors: firstPredicateObject.actors };
  const firstAfter = after[0];
  const event = eventOfCue(cue);
  const gapAfter = (g: MentionGroup, from = cue.end) => text.slice(from, g.start);
  const result = (pairs: Array<[Actor, Actor]>, frame: Frame, ...used: Array<MentionGroup | undefined>): RelationArguments[] => {
    const anaphoric = used.some((g) => g?.anaphoric);
    // Roles, not grammar: a cue whose agent receives ("bought from", "importer of") is turned round to
    // supplier → recipient; a possessor frame ("Algeria's supplier") already puts the recipient second.
    const turn = cue.cue.role === 'recipient' && frame !== 'possessor_role';
    const placeActors = new Set([...places].flatMap((g) => g.actors));
    return pairs
      .filter(([s, o]) => !sameParty(s, o) && !(s.id === o.id && (placeActors.has(s) || placeActors.has(o))))
      .map(([subject, object]) => (turn ? { subject: object, object: subject, frame, anaphoric } : { subject, object, frame, anaphoric }));
  };

  const nounOnObject = !nearestBefore ? subjectNounOnObject(text, cue, after, places, otherCues, pack) : undefined;
  if (nounOnObject) return result(cross(nounOnObject[0], nounOnObject[1]), 'passive', ...nounOnObject);
  if (cue.ofBy) {
    const [victim, doer] = after;
    if (victim && doer && complementAtEnd(text.slice(cue.start, cue.end), gapAfter(victim), pack) && byAfterComplement(text, victim.end, doer.start, pack))
      return result(cross(doer, victim), 'passive', doer, victim);
    return [];
  }
  // "Israel's blockade of Gaza drew criticism from Turkey": a stance noun followed by "from" names who
  // holds the stance there; it is aimed at the clause's first party (the topic the stance is about).
  const topicOfClause = groups.find((g) => g.start >= clause.start && g.end <= cue.start && !places.has(g));
  if (isNoun && firstAfter && topicOfClause && event !== null && STANCE_EVENTS.has(event) && pack.stanceSourceAfter.test(gapAfter(firstAfter))) {
    return result(cross(firstAfter, topicOfClause), 'passive', firstAfter, topicOfClause);
  }
  const betweenGroup = after.find((g) => pack.betweenAfter.test(gapAfter(g)) && g.actors.length >= 2);
  if (cue.cue.mediation) {
    // "a ceasefire brokered by Egypt between Israel and Hamas": a mediation verb read as a participle
    // has its mediator after "by" (whoever stands before the noun it qualifies does not mediate), and
    // the parties it mediates between after that.
    const byMediator = isVerb && firstAfter && firstAfter !== betweenGroup && pack.passiveByAfter.test(gapAfter(firstAfter)) ? firstAfter : undefined;
    if (byMediator) {
      // Or before the verb, in a passive: "the truce between Israel and Hamas was brokered by Egypt".
      const parties =
        after.find((g) => g.start >= byMediator.end && g.actors.length >= 2 && pack.betweenAfter.test(text.slice(byMediator.end, g.start))) ??
        (nearestBefore && nearestBefore.actors.length >= 2 ? nearestBefore : undefined);
      return parties ? result(cross(byMediator, parties), 'mediation', byMediator, parties) : [];
    }
    const mediator = nearestBefore;
    const parties = betweenGroup ?? firstAfter;
    if (mediator && parties) return result(cross(mediator, parties), 'mediation', mediator, parties);
    return [];
  }
  if (nearestBefore?.hyphenated && nearestBefore.actors.length >= 2 && MODIFIERS_ONLY.test(text.slice(nearestBefore.end, cue.start))) {
    return result(pairsWithin(nearestBefore), 'hyphen_pair', nearestBefore);
  }
  const byGroup = after.find((g) => pack.passiveByAfter.test(gapAfter(g)));
  // "Ankara banned a demonstration staged by Kurdish students (against Syria)": a participle right after
  // a noun that is no party, with "by" after it, is a reduced relative clause on that noun. Its doer is
  // the "by" party; what it is aimed at follows after a linking preposition, or the sentence does not say
  // (the party before the noun acts on it, it is not the target). ("Kenyan villagers attacked by gunmen":
  // the noun is the party, and the passive frame below makes it the one attacked.) The participle's
  // prepositional object may come before "by": in "the sanctions imposed on Iran by the EU" Iran is the
  // one reached and the EU the doer. Not a state after a locative: "the weapons seized in Libya by France"
  // says where, and reaches no one.
  const second = after[1];
  const objectThenBy =
    firstAfter &&
    second &&
    !places.has(firstAfter) &&
    pack.linkGap.test(gapAfter(firstAfter)) &&
    pack.passiveByAfter.test(text.slice(firstAfter.end, second.start));
  const reducedDoer = byGroup === firstAfter ? byGroup : objectThenBy ? second : undefined;
  if (
    isVerb &&
    reducedDoer &&
    pack.language === 'en' &&
    !passiveAt(text, cue.start, cue.end) &&
    (!nearestBefore || !/^[\s,]*$/u.test(text.slice(nearestBefore.end, cue.start))) &&
    // "Namibia's liberation war backed by Cuba": a noun its possessor owns stands
    // for the possessor, the one the passive frame below makes the target.
    !(nearestBefore?.possessive && MODIFIERS_ONLY.test(text.slice(nearestBefore.end, cue.start).replace(/^['’]s?/u, ''))) &&
    reducedRelative(text, cue)
  ) {
    if (reducedDoer !== firstAfter) return result(cross(reducedDoer, firstAfter!), 'passive', reducedDoer, firstAfter);
    if (second && !places.has(second) && pack.linkGap.test(text.slice(reducedDoer.end, second.start)))
      return result(cross(reducedDoer, second), 'passive', reducedDoer, second);
    return [];
  }
  if (byGroup && nearestBefore && cue.cue.part === 'verb') {
    return result(cross(byGroup, nearestBefore), 'passive', byGroup, nearestBefore);
  }
  // "Kenya's minister has been accused of taking bribes by Ugandan officials": a passive verb's agent
  // may follow its complements, or open a later clause; it is still the doer, and the party before
  // the verb the one it is done to (else the nearest-party rule below turns the pair round).
  const agent =
    nearestBefore && isVerb && pack.language === 'en' && passiveAt(text, cue.start, cue.end)
      ? distantPassiveAgent(text, cue, groups, pack, otherCues)
      : undefined;
  if (agent && nearestBefore) return result(cross(agent, nearestBefore), 'passive', agent, nearestBefore);
  if (betweenGroup && (!nearestBefore || isNoun || RELATIONS[cue.relation].directed === false)) {
    return result(pairsWithin(betweenGroup), 'between_pair', betweenGroup);
  }
  // "Lebanon complained to the UN on Tuesday over Israeli air raids": a protest addressed to one party
  // about another's act is aimed at the other; the addressee only hears it (PLOVER's target is whom
  // the disapproval or protest is about).
  const about = after[1];
  if (
    nearestBefore &&
    firstAfter &&
    about &&
    event !== null &&
    GRIEVANCE_EVENTS.has(event) &&
    pack.addresseeAfter.test(gapAfter(firstAfter)) &&
    pack.grievanceAfter.test(text.slice(firstAfter.end, about.start))
  ) {
    const aimed = result(cross(nearestBefore, about), 'subject_object', nearestBefore, about);
    if (aimed.length > 0) return aimed;
  }
  // "a demonstration staged by Kurdish students against Turkey": the "by" party after the noun's
  // participle is its doer, whoever stands before the noun (in "Ankara banned a demonstration staged by
  // Kurdish students" Ankara acts on the demonstration, it does not stage it); what the act is aimed
  // at follows the doer after a linking preposition, or the sentence does not say.
  // A participle that is a cue of its own ("the sanctions threatened against Iran by the EU") states its
  // own act, not the noun's. In English a state after a locative ("the attack carried out in Kenya by")
  // is where; French "à"/"au" is a locative and the dative the participle governs ("imposées à l'Iran").
  const cueBetween = firstAfter !== undefined && otherCues.some((c) => c !== cue && c.start >= cue.end && c.start < firstAfter.start);
  if (
    isNoun &&
    firstAfter &&
    second &&
    !cueBetween &&
    !(pack.language === 'en' && places.has(firstAfter)) &&
    participleObjectThenBy(text, cue.end, firstAfter, second, pack)
  )
    return result(cross(second, firstAfter), 'passive', second, firstAfter);
  if (isNoun && firstAfter && participleByBefore(text, cue.end, firstAfter.start, pack)) {
    const aimed = after[1];
    if (aimed && !places.has(aimed) && pack.linkGap.test(text.slice(firstAfter.end, aimed.start)))
      return result(cross(firstAfter, aimed), 'passive', firstAfter, aimed);
    return [];
  }
  // "An appeal was made to Nepal by Bhutan", "Sanctions were imposed on Iran by the EU": a passive
  // verb with no party before it has its doer after "by" and the party it reaches among the others
  // after it (not a state named as the place where it happened). "Des sanctions ont été imposées contre
  // l'Iran par l'UE" alike, its event noun the cue: the auxiliary marks the passive in either language.
  // ("imposées à l'Iran" still gives nothing: after "à" the pack reads the state as a place.)
  if (!nearestBefore && (isVerb ? passiveAt(text, cue.start, cue.end) : isNoun && firstAfter && passiveAfterNoun(text, cue.end, firstAfter.start, pack))) {
    const doer = after.find((g, k) => pack.passiveByBefore.test(text.slice(k === 0 ? cue.end : after[k - 1]!.end, g.start)));
    const reached = after.find((g) => g !== doer && !places.has(g));
    if (doer && reached) return result(cross(doer, reached), 'passive', doer, reached);
  }
  // "Egypt, Jordan and the Palestinians met in Cairo to discuss the Israeli plan": a party after an
  // infinitive that follows the cue is that verb's object (what the meeting is about), and parties
  // listed as the subject of a joint act (meeting, agreeing, cooperating) do it with each other.
  if (
    nearestBefore &&
    firstAfter &&
    isVerb &&
    nearestBefore.listed &&
    nearestBefore.actors.length >= 2 &&
    JOINT_EVENTS.has(event ?? '') &&
    infinitiveBetween(text, cue.end, firstAfter.start, pack)
  )
    return result(pairsWithin(nearestBefore), 'coordinated_subject', nearestBefore);
  if (nearestBefore && actedOn) return result(cross(nearestBefore, peopleOf(actedOn)), 'subject_object', nearestBefore, actedOn);
  // "China condemned the sanctions imposed on Russia by the US", "Canada condemned the attack on the
  // Indian embassy by Pakistani militants": a stance on an act whose doer the sentence names after
  // "by" is a stance on that doer (PLOVER's target is whom the stance is about, as with "Russia's
  // invasion"); the party the act reached is only part of what is condemned.
  const actDoer = nearestBefore && isVerb && STANCE_ON_A_STATEMENT.has(event ?? '') ? doerOfEventNoun(text, cue, after, places, otherCues, pack) : undefined;
  if (nearestBefore && actDoer) return result(cross(nearestBefore, actDoer), 'subject_object', nearestBefore, actDoer);
  if (nearestBefore && firstAfter) {
    const pairs = result(cross(nearestBefore, firstAfter), 'subject_object', nearestBefore, firstAfter);
    if (pairs.length > 0) return pairs;
    // "The Turkish army launched an offensive in southeastern Turkey against Kurdish rebels": the
    // subject's own state after a locative is where it acts; the party linked after it is the one reached.
    const next = after[1];
    if (
      next &&
      next.start < clause.end &&
      pack.attachment.locativeWithModifiers.test(text.slice(cue.start, firstAfter.start)) &&
      pack.linkGap.test(text.slice(firstAfter.end, next.start))
    )
      return result(cross(nearestBefore, next), 'subject_object', nearestBefore, next);
    return [];
  }
  // "Croatian authorities are failing to uphold the rights of refugees, a human rights group protested
  // here Wednesday": a stance verb in a closing clause after a comma, with its subject opening that
  // clause and no party after it, states the stance on the statement before it, aimed at that
  // statement's first party (its subject).
  const reported = nearestBefore && !firstAfter && isVerb ? statementBefore(text, cue, nearestBefore, groups, places, otherCues, pack) : undefined;
  if (nearestBefore && reported) return result(cross(nearestBefore, reported), 'sentence_topic', nearestBefore, reported);
  // "the arrest of the reporters by police", "an investigation into the bank by French prosecutors": a
  // noun cue written with its complement's preposition has the one it is done to right after it, and
  // the doer after "by".
  if (
    !nearestBefore &&
    isNoun &&
    firstAfter &&
    second &&
    complementAtEnd(text.slice(cue.start, cue.end), gapAfter(firstAfter), pack) &&
    byAfterComplement(text, firstAfter.end, second.start, pack)
  ) {
    return result(cross(second, firstAfter), 'passive', second, firstAfter);
  }
  if (!nearestBefore && firstAfter && pack.ofAfter.test(gapAfter(firstAfter))) {
    if (second) {
      const link = text.slice(firstAfter.end, second.start);
      if (byAfterComplement(text, firstAfter.end, second.start, pack)) return result(cross(second, firstAfter), 'passive', second, firstAfter);
      if (pack.linkGap.test(link)) return result(cross(firstAfter, second), 'of_with', firstAfter, second);
    }
    if (firstAfter.actors.length >= 2 && PAIR_FROM_COORDINATED_SUBJECT.has(cue.relation))
      return result(pairsWithin(firstAfter), 'coordinated_subject', firstAfter);
  }
  const earlier = before[before.length - 2];
  if (
    nearestBefore &&
    !firstAfter &&
    isNoun &&
    nearestBefore.possessive &&
    earlier &&
    MODIFIERS_ONLY.test(text.slice(nearestBefore.end, cue.start).replace(/^['’]s?/u, ''))
  ) {
    // "China has become Algeria's main trading partner": the possessor is the object of the role.
    return result(cross(earlier, nearestBefore), 'possessor_role', earlier, nearestBefore);
  }
  // "The UN sent observers to Bosnia on Wednesday to investigate …": an act in a purpose clause with no
  // party after it is done by the clause's subject to the place or party the main verb reached ("to
  // Bosnia", "in Mali"). A party that is the main verb's object ("urged Syria to withdraw", "helped
  // Mali to fight") is the one who acts, so the party before the purpose must follow a preposition,
  // and no other cue may stand between the two. An agent after the verb ("to fight the rebels") is
  // the act's real object, one whose state the sentence does not say, so the pair would be wrong.
  if (
    nearestBefore &&
    earlier &&
    !firstAfter &&
    cue.cue.part === 'verb' &&
    pack.purposeBefore.test(text.slice(nearestBefore.end, cue.start)) &&
    pack.locativeOrLinkBefore.test(text.slice(earlier.end, nearestBefore.start)) &&
    // A cue between them blocks the frame if it undoes the act (a demand, refusal or threat: "urged
    // Syria to withdraw"); a main verb that is an event of its own ("sent a team … to investigate") does not.
    !otherCues.some((c) => c !== cue && c.start >= earlier.start && c.end <= cue.start && UNDOING.has(eventOfCue(c) ?? '')) &&
    !namesAnAgent(text.slice(cue.end, clause.end))
  ) {
    return result(cross(earlier, nearestBefore), 'purpose', earlier, nearestBefore);
  }
  if (
    nearestBefore &&
    !firstAfter &&
    nearestBefore.actors.length >= 2 &&
    (PAIR_FROM_COORDINATED_SUBJECT.has(cue.relation) || jointAct(text, cue, nearestBefore, pack))
  ) {
    return result(pairsWithin(nearestBefore), 'coordinated_subject', nearestBefore);
  }
  if (!nearestBefore && firstAfter && (cue.cue.part === 'verb' || objectOfOpeningVerb(text, cue, pack))) {
    // "fellow journalists who praise the government": a relative clause's subject is the party its
    // pronoun follows, not the sentence's first actor (unless that party is only a place).
    if (pack.relativeOpening.test(text.slice(clause.start, cue.start))) {
      const antecedent = groups.filter((g) => g.end <= clause.start).pop();
      if (antecedent && !places.has(antecedent) && /^[\s,]*$/u.test(text.slice(antecedent.end, clause.start))) {
        // "Indians who were taken prisoner by the settlers", "le gouvernement, qui a été critiqué par la
        // Cedeao": a passive relative clause's "by" party is the doer, and the antecedent the one it is done
        // to. The passive is read off its auxiliary ("were", "été"), in either language.
        if (passiveAt(text, cue.start, cue.end) && pack.passiveByBefore.test(gapAfter(firstAfter))) {
          return result(cross(firstAfter, antecedent), 'passive', firstAfter, antecedent);
        }
        return result(cross(antecedent, firstAfter), 'subject_object', antecedent, firstAfter);
      }
    }
    // "Kenyan villagers, attacked by Somali gunmen, fled": a past participle opening an aside right
    // after a party, with "by" after it, is a reduced passive on that party; the "by" party is the doer.
    const qualified = groups.filter((g) => g.end <= clause.start).pop();
    if (
      qualified &&
      !places.has(qualified) &&
      /^[\s,]*$/u.test(text.slice(qualified.end, cue.start)) &&
      pack.passiveByAfter.test(gapAfter(firstAfter)) &&
      reducedParticiple(text, cue)
    )
      return result(cross(firstAfter, qualified), 'passive', firstAfter, qualified);
    // A verb whose clause has no subject ("Algeria, which …, bought Russian jets"): the sentence's first actor.
    // Its own possessive after the verb ("Greece, like other members, will open its market to Turkish
    // workers") stands for that actor, not for whom the act reaches: the object is the next party.
    // Names joined by commas alone are a name and its apposition ("Algeria, Africa's largest gas
    // producer, cut …"): the first is the subject. A hyphened group ("Russian-Syrian forces") or one
    // mention naming several actors is no apposition: all of them are.
    const first = groups[0];
    const topic = first?.apposed && !first.listed ? { ...first, actors: first.actors.slice(0, 1) } : first;
    const reached = topic && after.find((g) => !(g.anaphoric && g.possessive && g.actors.every((a) => topic.actors.some((b) => b.id === a.id))));
    // A noun object is surer to be the predicate's only where the sentence opens with its subject and
    // the party reached is the noun's own (no verb between, not a place the act happens in): "Gomm, a
    // veteran of the wars against France, …, badgered the War Office in London" names no war on London.
    const nounReaches =
      isVerb ||
      (reached !== undefined &&
        topic !== undefined &&
        SENTENCE_OPENING_SUBJECT.test(text.slice(0, topic.start)) &&
        !places.has(reached) &&
        !verbBetween(text, cue.end, reached.start));
    if (topic && reached && topic.end <= clause.start && nounReaches) return result(cross(topic, reached), 'sentence_topic', topic, reached);
  }
  return [];
}
