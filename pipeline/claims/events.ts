// Event cues from the compiled event-verb lexicon (data/events.json, built from CAMEO by
// scripts/compile-events.ts): English verbs are matched on lemmas and parts of speech from wink-nlp
// ("recall ambassador" finds "recalled its ambassador", "recalls", "recalling"), French verbs on the
// forms the compiler wrote out. Each match is a cue like the language packs' own, carrying the PLOVER
// event, mode and contexts its CAMEO code has. The model is loaded on first use, so documents whose
// sentences never name two actors never pay for it.
import { createRequire } from 'node:module';
import events from './data/events.json' with { type: 'json' };
import type { Relation } from '../records/claim.ts';
import { clauseAt, type Clause } from './clauses.ts';
import type { LanguagePack, RelationCue } from './language-packs.ts';
import type { CueMatch } from './relations.ts';
import { conditionText, wordPattern } from './language-packs.ts';
import type { Mention } from './actors.ts';
import { execAll } from '../text/regex.ts';
import { anchorsOf, foldedWords, mayMatch } from './word-anchors.ts';
import { placesAt } from './gazetteer.ts';
import { RELATIONS } from '../records/claim.ts';

export interface EventCoding {
  event: string;
  mode: string | null;
  context: string[];
}

interface EnEntry {
  lemma: string;
  particle: string | null;
  object: string[] | null;
  event: string;
  mode: string | null;
  context: string[];
  relation: string;
  noun_object?: boolean;
  /** The verb's object must name a party the actor stage found ("executed two smugglers", not "executed its plan"). */
  party_object?: boolean;
  /** Words that, after the object in the clause (after the verb, for an entry without one), make another act ("met the demands with an offensive"). */
  not_followed_by?: string[];
  /** A verb the tagger reads alone as a noun ("pardon", "target"): its noun never stands for it. */
  verb_only?: boolean;
  /** Words one of which must follow the verb in its clause for this sense: "fired at China over trade" is criticism. */
  followed_by?: string[];
  /**
   * The sense holds only between states or their governments: the last party before the verb and the
   * party right after it (its particle) are unarmed, "Washington fired at Beijing" is words, "police
   * fired at protesters" shots.
   */
  between_states?: boolean;
  /** The object word must head the first noun phrase after the verb ("declared a state of emergency", not "revoked the agreement on Russian passports"). */
  object_heads?: boolean;
  /** With party_object: a party named anywhere in the object's noun phrase ("released two Israeli hostages", the head no party's word). */
  party_in_phrase?: boolean;
  /** The verb's noun has its doer after "of" ("the visit of the Indian president to Japan", "the withdrawal of French troops from Mali"), not the one it is done to. */
  of_doer?: boolean;
  /** Words after the object in the clause that leave the verb to its next entry: "lifted its ban on wine imports" is a trade ban's easing, not an administrative one's. */
  except_followed_by?: string[];
}
interface FrEntry {
  lemma: string;
  forms: string[];
  object: string[] | null;
  event: string;
  mode: string | null;
  context: string[];
  relation: string;
}

/** How many words after the verb its object may come ("recalled its ambassador", "imposed a curfew on"). */
const OBJECT_WINDOW = 6;

const EN_BY_LEMMA = new Map<string, EnEntry[]>();
for (const entry of events.en as EnEntry[]) {
  const list = EN_BY_LEMMA.get(entry.lemma) ?? [];
  list.push(entry);
  // Entries with a particle or an object are more specific: tried first; those with conditions on the words around them before those.
  const specificity = (e: EnEntry) => Number(e.particle !== null || e.object !== null) + Number(e.followed_by !== undefined || e.between_states === true);
  list.sort((a, b) => specificity(b) - specificity(a));
  EN_BY_LEMMA.set(entry.lemma, list);
}

/** Event nouns that are no lexicon verb's nominalisation ("aid", "crackdown", "embargo"), each with the coding of the act it names. */
const NOUN_EVENTS = new Map<string, EnEntry>((events.nouns as EnEntry[]).map((entry) => [entry.lemma, entry]));

/**
 * Lemmatising is the costly step, so a sentence goes to wink-nlp only if one of its words could be a
 * form of a lexicon verb: a regular inflection of a lemma ("threatens", "recalled", "shelling",
 * "denied") or one of the irregular forms that are not ("held", "met", "sent", "withdrew").
 */
/** Irregular past forms of the pack's lemma cues. */
const PACK_IRREGULAR_FORMS = ['sold', 'bought', 'struck', 'fought', 'stood', 'drew', 'drawn', 'undertook', 'led', 'built', 'won', 'took', 'taken', 'made'];
const IRREGULAR_FORMS = [
  'held',
  'met',
  'sent',
  'broke',
  'broken',
  'withdrew',
  'withdrawn',
  'cut',
  'gave',
  'given',
  'froze',
  'frozen',
  'shot',
  'forgave',
  'forgiven',
  'underwent',
];
/** The regular past forms of a lemma, as written out for any verb ("attacked", "alleged", "shelled", "denied"). */
function pastForms(lemma: string): string[] {
  const forms = [`${lemma}ed`, `${lemma}d`, `${lemma}${lemma.slice(-1)}ed`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ied`);
  return forms;
}
/** A one-syllable verb ending in a vowel and a consonant: its past doubles the consonant ("barred", "scrapped"). */
const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/u;
/**
 * The regular past forms spelled as the lemma's own, and no other word's: "raped" is rape's (rape + d),
 * "alleged" allege's, "barred" bar's; "bared" and "scraped" are bare's and scrape's pasts, never bar's
 * or scrap's, since a one-syllable verb doubles its last consonant. (pastForms, for the cheap prefilter,
 * writes every spelling.)
 */
function spelledPastForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}d`];
  if (/[^aeiou]y$/u.test(lemma)) return [`${lemma.slice(0, -1)}ied`];
  if (ONE_SYLLABLE_CVC.test(lemma)) return [`${lemma}${lemma.slice(-1)}ed`];
  // "visited", "cancelled"/"canceled": a longer verb's past may double the consonant or not.
  return [`${lemma}ed`, `${lemma}${lemma.slice(-1)}ed`];
}
function regularForms(lemma: string): string[] {
  const forms = [lemma, `${lemma}s`, `${lemma}es`, ...pastForms(lemma), `${lemma}ing`, `${lemma}${lemma.slice(-1)}ing`];
  if (lemma.endsWith('e')) forms.push(`${lemma.slice(0, -1)}ing`);
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`);
  return forms;
}
const EN_FORMS: ReadonlySet<string> = new Set([...[...EN_BY_LEMMA.keys()].flatMap(regularForms), ...IRREGULAR_FORMS, ...(events.irregular as string[])]);
/**
 * Past forms of lexicon verbs, each with its lemma: regular ("alleged" → allege) and CAMEO's irregular
 * ones ("retook" → retake). The tagger reads some of them as adjectives or nouns ("Israel alleged/ADJ
 * that", "forces retook/NOUN the town"), with the form itself as lemma; verbAt reads them as verbs.
 */
const PAST_FORMS = new Map<string, string>(Object.entries(events.irregular_lemmas as Record<string, string>));
for (const lemma of EN_BY_LEMMA.keys()) {
  for (const form of spelledPastForms(lemma)) if (!PAST_FORMS.has(form)) PAST_FORMS.set(form, lemma);
}
/** Parts of speech of a subject's last word or an auxiliary, right before a finite verb or a passive participle. */
const BEFORE_VERB: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
/** Parts of speech that open a verb's object or complement: "retook the", "alleged that", "retaken by". */
const AFTER_VERB: ReadonlySet<string> = new Set(['DET', 'PROPN', 'PRON', 'SCONJ', 'ADP', 'NUM']);
/**
 * The lemma of the verb at token i, or null: a token tagged VERB, or a past form of a lexicon verb the
 * tagger read as an adjective or noun where a verb stands, after a subject or auxiliary and before what
 * opens its object. "the alleged plot", "Iran's alleged role" keep their adjective (a determiner or
 * possessive before it), as does "the retaken town".
 */
function verbAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i]!;
  // The tagger's lemma of some past forms is another verb ("raped" as "rap", "scraped" as "scrap"): a
  // past form counts for a lexicon lemma only as that lemma's own spelling (spelledPastForms), else the
  // lemma whose spelling it is, if any.
  if (token.pos === 'VERB') {
    const written = token.value.toLowerCase();
    const misread = EN_BY_LEMMA.has(token.lemma) && pastForms(token.lemma).includes(written) && !spelledPastForms(token.lemma).includes(written);
    if (EN_BY_LEMMA.has(token.lemma) && !misread) return token.lemma;
    return PAST_FORMS.get(written) ?? (misread ? null : token.lemma);
  }
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return null;
  const lemma = PAST_FORMS.get(token.value.toLowerCase());
  if (lemma === undefined) return null;
  // "troops shot dead two intruders": a resultative adjective may stand between the verb and its object.
  const after = tokens[i + 1]?.pos === 'ADJ' && AFTER_VERB.has(tokens[i + 2]?.pos ?? '') ? 'DET' : (tokens[i + 1]?.pos ?? '');
  return BEFORE_VERB.has(tokens[i - 1]?.pos ?? '') && AFTER_VERB.has(after) ? lemma : null;
}
const WORDS = /\p{L}+/gu;
function mayHoldEventVerb(text: string): boolean {
  for (const m of execAll(WORDS, text)) if (EN_FORMS.has(m[0].toLowerCase())) return true;
  return false;
}

const FR_ENTRIES = (events.fr as FrEntry[]).map((entry) => ({
  entry,
  pattern: wordPattern(entry.forms),
  anchors: anchorsOf(entry.forms),
  object: entry.object ? wordPattern(entry.object, 'iu') : null,
}));

/** A form of "be"/"être" (with an adverb or a negation: "is not linked to") right before a participle. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|be|been|being|get|got|été|est|sont|fut|furent|sera|seront)\s+(?:(?:[\p{L}]+ly|not|never)\s+)?$/iu;

/** "to" right before a verb: an infinitive. */
const INFINITIVE_BEFORE = /(?<![\p{L}])to\s+$/iu;

/** A form of "be" (with an adverb) right before a present participle: a progressive, a finite verb. */
const PROGRESSIVE_BEFORE = /(?<![\p{L}])(?:is|are|am|was|were|be|been)\s+(?:[\p{L}]+ly\s+)?$/iu;

/** The verb written at start…end is a past participle after a form of "be"/"être": a passive. */
export function passiveAt(text: string, start: number, end: number): boolean {
  return !/ing$/iu.test(text.slice(start, end)) && PASSIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

export interface EventCue {
  cue: RelationCue;
  relation: Relation;
  start: number;
  end: number;
  clause: Clause;
  coding: EventCoding;
  /** The entry names an object or particle too ("recall … ambassador"), so it is more specific than a bare verb. */
  specific: boolean;
  /** A lexicon verb's noun before "of" ("the abduction of"): only the frame "the N of X by Y" gives its parties. */
  ofBy?: boolean;
  /** Start of the object the entry named: a pack noun before it ("press war crimes charges") only qualifies it. */
  objectStart: number;
  /** End of the object the entry named ("called for sanctions"): a pack cue on the object takes this cue's coding. */
  objectEnd: number;
}

interface Token {
  value: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

type Nlp = { readDoc(text: string): { tokens(): { out(f?: unknown): string[] } }; its: Record<string, unknown> };
let nlp: Nlp | null = null;

/** wink-nlp with its small English model, loaded once. */
function winkNlp(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => Nlp;
    const model = require('wink-eng-lite-web-model') as unknown;
    nlp = winkNLP(model);
  }
  return nlp;
}

/**
 * The last few texts lemmatised, most recent first: the pack's lemma cues and the event cues read the
 * same sentence in turn, and the actor rules interleave it with copies of it whose opening word is
 * lower-cased (qualifierBefore, joinedName). With one entry each copy evicted the sentence, which was
 * then parsed again for the next agent: wink-nlp was 15% of the CPU of a page with many agents.
 */
const RECENT = 4;
const recent: Array<{ text: string; tokens: Token[] }> = [];

/** The sentence's tokens with lemmas, parts of speech and character offsets. */
export function lemmatise(text: string): Token[] {
  const at = recent.findIndex((entry) => entry.text === text);
  if (at >= 0) {
    const entry = recent[at]!;
    if (at > 0) {
      recent.splice(at, 1);
      recent.unshift(entry);
    }
    return entry.tokens;
  }
  const tokens = tokensOf(text);
  recent.unshift({ text, tokens });
  if (recent.length > RECENT) recent.pop();
  return tokens;
}

/** Does a verb stand between two offsets of an English sentence ("agreed to increase gas deliveries")? */
export function verbBetween(text: string, start: number, end: number): boolean {
  return lemmatise(text).some((t) => t.pos === 'VERB' && t.start >= start && t.end <= end);
}

function tokensOf(text: string): Token[] {
  const w = winkNlp();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value);
  const lemmas = doc.tokens().out(w.its.lemma);
  const pos = doc.tokens().out(w.its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return; // wink normalised the token; it is not a verb we look for.
    cursor = start + value.length;
    tokens.push({ value, lemma: lemmas[i]!.toLowerCase(), pos: pos[i]!, start, end: cursor });
  });
  return tokens;
}

function cueFor(relation: Relation, part: 'verb' | 'noun' = 'verb'): RelationCue {
  const never = /(?!)/u;
  return { relation, part, pattern: never, requires: null, unless: null, mediation: false, role: 'agent' };
}

const inside = (named: readonly Mention[], start: number, end: number) => named.some((n) => n.actor && start < n.end && n.start < end);

/**
 * Whether the character just before `at` is a hyphen: the token is the second half of a compound.
 * Read directly: a `/[-‐]$/` test of the text before the token tries every position of it, which
 * made the verb scan quadratic in the sentence's text.
 */
const hyphenBefore = (text: string, at: number) => at > 0 && (text[at - 1] === '-' || text[at - 1] === '‐');

/**
 * The pack's own cues given as lemmas ("sell", "side with"), with their context conditions, as
 * findCues gives the pattern cues. Only for languages with a lemmatiser (English).
 */
export function findLemmaCues(text: string, clauses: readonly Clause[], pack: LanguagePack, named: readonly Mention[]): CueMatch[] {
  if (pack.language !== 'en' || pack.lemmaCues.length === 0 || !mayHoldPackVerb(pack, text)) return [];
  const found: CueMatch[] = [];
  const tokens = lemmatise(text);
  tokens.forEach((token, i) => {
    // The pack's verbs also stood for their nominal and participle uses ("Spain's support for", "the
    // purchase of"), and the tagger takes some participles for adjectives ("mediated"): any content
    // word with the lemma counts, but not one inside a compound adjective.
    if (!CONTENT_POS.has(token.pos) || hyphenBefore(text, token.start) || participleAdjective(tokens, i, pack)) return;
    const written = token.value.toLowerCase();
    for (const lemmaCue of pack.lemmaCues) {
      // The tagger leaves some forms unlemmatised ("mediated" as an adjective, "bombing" as a noun):
      // a regular inflection of the lemma counts as well.
      if (lemmaCue.lemma !== token.lemma && !inflectionsOf(lemmaCue.lemma).has(written)) continue;
      let end = token.end;
      if (lemmaCue.particle) {
        const next = tokens[i + 1];
        if (next?.lemma !== lemmaCue.particle) continue;
        end = next.end;
      }
      if (inside(named, token.start, end)) continue;
      const clause = clauseAt(clauses, token.start);
      const { cue } = lemmaCue;
      const clauseText = conditionText(text, clause, token.start, end, cue, pack);
      if (cue.requires && !cue.requires.test(clauseText)) continue;
      if (cue.unless?.test(clauseText)) continue;
      found.push({ cue, relation: cue.relation, start: token.start, end, clause });
    }
  });
  return found;
}

const INFLECTIONS = new Map<string, ReadonlySet<string>>();
function inflectionsOf(lemma: string): ReadonlySet<string> {
  let forms = INFLECTIONS.get(lemma);
  if (!forms) {
    forms = new Set(regularForms(lemma));
    INFLECTIONS.set(lemma, forms);
  }
  return forms;
}

const CONTENT_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);
const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "the occupied West Bank", "the besieged town", "an annexed territory": a participle between a
 * determiner and the noun it qualifies describes a state of that noun; it states no event between the
 * sentence's parties. So does one right after another verb, opening that verb's object ("released
 * detained workers", "returned seized boats"). (A present participle or gerund, "the bombing of", is
 * the event's name and stays a cue.)
 */
const BEFORE_QUALIFYING_PARTICIPLE: ReadonlySet<string> = new Set(['DET', 'VERB']);
function participleAdjective(tokens: readonly Token[], i: number, pack: LanguagePack): boolean {
  const token = tokens[i]!;
  const written = token.value.toLowerCase();
  return (
    BEFORE_QUALIFYING_PARTICIPLE.has(tokens[i - 1]?.pos ?? '') &&
    written !== token.lemma &&
    !pack.participleEnding.test(written) &&
    NOMINAL_POS.has(tokens[i + 1]?.pos ?? '')
  );
}

const PACK_FORMS = new WeakMap<LanguagePack, ReadonlySet<string>>();
function mayHoldPackVerb(pack: LanguagePack, text: string): boolean {
  let forms = PACK_FORMS.get(pack);
  if (!forms) {
    forms = new Set([...pack.lemmaCues.flatMap((c) => regularForms(c.lemma)), ...PACK_IRREGULAR_FORMS]);
    PACK_FORMS.set(pack, forms);
  }
  for (const m of execAll(WORDS, text)) if (forms.has(m[0].toLowerCase())) return true;
  return false;
}

/** A token is the word `word` of an object: its lemma or as written ("talks" is a CAMEO object, not "talk"). */
const isWord = (t: Token, word: string) => t.lemma === word || t.value.toLowerCase() === word;

/**
 * Where the first of the objects is in the window: a word, or a phrase whose words follow each other
 * ("economic aid", "armed forces" from CAMEO's {ECONOMIC AID} and synonym sets); null if none is there.
 * `noun`: the object is a noun that must head the verb's object (CAMEO's patterns).
 */
const OBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);
/**
 * An adjective used as a noun: the tagger reads words that are both ("offensive", "military") as
 * adjectives even where nothing follows for them to qualify ("launched an offensive against"). After
 * a determiner or adjective, with no noun or adjective after it, the word heads its noun phrase; in
 * "the offensive remarks" the noun after it is the head.
 */
const NOMINAL_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
const QUALIFIED_AFTER: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
function nominalAdjective(window: readonly Token[], h: number): boolean {
  const head = window[h]!;
  return head.pos === 'ADJ' && h > 0 && NOMINAL_BEFORE.has(window[h - 1]!.pos) && !QUALIFIED_AFTER.has(window[h + 1]?.pos ?? '');
}
function objectIn(window: readonly Token[], objects: readonly string[], noun: boolean): { start: number; end: number } | null {
  for (let j = 0; j < window.length; j++) {
    for (const object of objects) {
      const at = (words: readonly string[]) => words.every((w, k) => window[j + k] !== undefined && isWord(window[j + k]!, w));
      // The tagger splits some hyphenated nouns at the hyphen ("sit-in" as sit, -, in; the window drops
      // the hyphen): such an object matches its parts too.
      const words = [object.split(' '), ...(object.includes('-') ? [object.split(/[\s-]+/u)] : [])].find(at);
      if (!words) continue;
      const head = window[j + words.length - 1]!;
      // A noun object heads its noun phrase: in "set up an energy research center" the verb's object is
      // the center, not research; in "gave … dollars of aid" the next word is no noun.
      const next = window[j + words.length];
      if ((head.pos === 'NOUN' || head.pos === 'PROPN') && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      // CAMEO's objects are nouns (or numbers, "gave millions"): "is giving them is being picked up" has no object "up".
      if (noun && !OBJECT_POS.has(head.pos) && !nominalAdjective(window, j + words.length - 1)) continue;
      return { start: window[j]!.start, end: head.end };
    }
  }
  return null;
}

/**
 * The object a passive verb at token i has as its grammatical subject: the noun (or phrase) ending
 * right before its auxiliaries ("sanctions were imposed", "the ambassador has been recalled"), if it
 * is one of `objects`; null for a verb that is not passive.
 */
function passiveSubject(
  text: string,
  tokens: readonly Token[],
  i: number,
  objects: readonly string[],
  pack: LanguagePack,
  named: readonly Mention[],
): { start: number; end: number } | null {
  const verb = tokens[i]!;
  // A reduced relative clause is passive too: "the blockade imposed by Saudi Arabia".
  const by = (pack.data.passive_by as string[] | undefined) ?? [];
  const reduced = verb.value.toLowerCase() !== verb.lemma && !/ing$/iu.test(verb.value) && by.includes(tokens[i + 1]?.lemma ?? '');
  if (!reduced && !passiveAt(text, verb.start, verb.end)) return null;
  let b = i - 1;
  while (b >= 0 && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'PART')) b -= 1;
  if ((b === i - 1 && !reduced) || b < 0 || !OBJECT_POS.has(tokens[b]!.pos)) return null;
  // "Sanctions on Iran were tightened by the US": the subject's head may be followed by the party it
  // is aimed at, after one of the pack's event-noun links; the head is the word before the link.
  const party = named.find((m) => m.actor && m.start < tokens[b]!.end && tokens[b]!.start < m.end);
  if (party) {
    let link = b;
    while (link >= 0 && (tokens[link]!.end > party.start || tokens[link]!.pos === 'DET')) link -= 1;
    if (link > 0 && ((pack.data.event_noun_links as string[] | undefined) ?? []).includes(tokens[link]!.lemma)) b = link - 1;
  }
  // The tagger takes a capitalised plural opening the sentence for a name ("Sanctions on Iran were …"): its singular counts.
  const wordAt = (t: Token, w: string, k: number) => isWord(t, w) || (k === 0 && t.pos === 'PROPN' && t.value.toLowerCase().replace(/s$/u, '') === w);
  for (const object of objects) {
    const words = object.split(' ');
    const first = b - words.length + 1;
    if (first >= 0 && words.every((w, k) => wordAt(tokens[first + k]!, w, first + k))) return { start: tokens[first]!.start, end: tokens[b]!.end };
  }
  return null;
}

/** Parts of speech of the noun phrase right after a verb ("its plan", "five police officers", "a British-Iranian national"). */
const PARTY_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PARTY_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/**
 * The verb's object, from token k, when its head (the phrase's last noun; the tagger reads some as
 * adjectives, "national") lies in a mention of a party: "executed five police officers" names one,
 * "executed its plan to help Ukraine" does not, though a party follows later.
 */
function partyObjectAt(tokens: readonly Token[], k: number, end: number, named: readonly Mention[], anyWord = false): { start: number; end: number } | null {
  let head = -1;
  for (let j = k; j < tokens.length && tokens[j]!.start < end; j++) {
    const t = tokens[j]!;
    if (t.value === '-' || t.value === '‐') continue;
    if (!PARTY_PHRASE_POS.has(t.pos)) break;
    if (PARTY_HEAD_POS.has(t.pos)) head = j;
  }
  if (head < 0) return null;
  const last = tokens[head]!;
  // `anyWord`: a party named anywhere in the phrase ("pardoned four Colombian sailors", whose head the actor stage leaves out).
  if (anyWord) return inside(named, tokens[k]!.start, last.end) ? { start: tokens[k]!.start, end: last.end } : null;
  // A head the tagger reads as an adjective ("a British-Iranian national") is a person named by the
  // party words before it; a noun head must be the party's own word ("police officers", not "plan").
  const party = inside(named, last.start, last.end) || (last.pos === 'ADJ' && inside(named, tokens[k]!.start, last.end));
  return party ? { start: tokens[k]!.start, end: last.end } : null;
}

/** Irregular past forms of the English light verbs (the regular ones come from their lemmas). */
const LIGHT_IRREGULAR_FORMS = ['made', 'gave', 'given', 'paid', 'sent', 'held', 'levelled', 'leveled'];
const LIGHT_FORMS = new WeakMap<LanguagePack, ReadonlySet<string>>();
function mayHoldLightVerb(pack: LanguagePack, text: string): boolean {
  let forms = LIGHT_FORMS.get(pack);
  if (!forms) {
    forms = new Set([...(pack.data.light_verbs ?? []).flatMap(regularForms), ...LIGHT_IRREGULAR_FORMS]);
    LIGHT_FORMS.set(pack, forms);
  }
  // Both a light verb and a word that may be a lexicon verb's noun ("appeals", "raids", "concessions"):
  // lemmatising is the costly step, and most sentences with "made" or "gave" name no event noun.
  let light = false;
  let noun = false;
  for (const m of execAll(WORDS, text)) {
    const word = m[0].toLowerCase();
    light ||= forms.has(word);
    noun ||= word.length > 3 && [word, word.replace(/e?s$/u, '')].some((w) => eventNoun(w, pack));
    if (light && noun) return true;
  }
  return false;
}

/** Words that may stand between a light verb and its event noun: "made a strong appeal", "carried out two raids". */
const LIGHT_GAP_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PRON', 'NUM', 'ADV']);
const LIGHT_GAP_WORDS: ReadonlySet<string> = new Set(['out']);

/** The lexicon verbs a noun may be the event noun of: itself ("raid", "appeal") and its verbs by the pack's endings. */
function verbsOfNoun(noun: string, pack: LanguagePack): string[] {
  const verbs = [noun];
  for (const [ending, verbEnding] of pack.data.nominal_endings ?? []) {
    if (noun.length > ending.length + 2 && noun.endsWith(ending)) verbs.push(noun.slice(0, noun.length - ending.length) + verbEnding);
  }
  return verbs;
}

/**
 * The entry whose event a noun names: its own for an event noun ("aid", "crackdown"), else the bare
 * entry of a lexicon verb it is the noun of ("raid", "release", "threat", "apology"), or that verb's
 * entry with the particle that follows the noun ("call on").
 */
function nounEntry(noun: string, next: string | undefined, pack: LanguagePack): EnEntry | undefined {
  // An event noun is coded as the act it names, which its verb may not be ("assistance" is aid, "assist" CAMEO's cooperation).
  const own = NOUN_EVENTS.get(noun);
  if (own) return own;
  for (const lemma of verbsOfNoun(noun, pack)) {
    const entry = (EN_BY_LEMMA.get(lemma) ?? []).find((e) => !e.verb_only && e.object === null && (e.particle === null || e.particle === next));
    if (entry) return entry;
  }
  return undefined;
}

/**
 * "made an appeal to China", "issued a demand", "carried out raids on": a light verb whose object is a
 * noun of a lexicon verb states that verb's event (the verb's bare entry, or its particle entry when
 * the particle follows the noun). The cue spans the light verb and the noun, so the party before the
 * light verb is its subject and the one after the noun its object.
 */
function lightVerbCues(text: string, tokens: readonly Token[], pack: LanguagePack): Array<{ entry: EnEntry; start: number; end: number }> {
  const light = new Set(pack.data.light_verbs ?? []);
  if (light.size === 0) return [];
  const cues: Array<{ entry: EnEntry; start: number; end: number }> = [];
  tokens.forEach((verb, i) => {
    // The tagger mislemmatises some forms ("staged" as "stag"): a regular inflection of a light verb counts too.
    const written = verb.value.toLowerCase();
    if (verb.pos !== 'VERB' || !(light.has(verb.lemma) || [...light].some((l) => inflectionsOf(l).has(written)))) return;
    // "An appeal was made to Nepal by Bhutan": in a passive the event noun is the light verb's subject,
    // right before its auxiliaries. The cue is the light verb alone, so the passive reading (its doer
    // after "by") applies to it.
    // "a demonstration staged by students", "raids carried out by troops": a participle right after its
    // event noun, with its doer after "by", is a passive too (a reduced relative clause).
    const by = new Set((pack.data.passive_by as string[] | undefined) ?? []);
    const particle = LIGHT_GAP_WORDS.has(tokens[i + 1]?.lemma ?? '') ? tokens[i + 1] : undefined;
    const reduced =
      (tokens[i - 1]?.pos === 'NOUN' || (tokens[i - 1]?.pos === 'PROPN' && i === 1)) &&
      verb.value.toLowerCase() !== verb.lemma &&
      !/ing$/iu.test(verb.value) &&
      by.has(tokens[i + (particle ? 2 : 1)]?.lemma ?? '');
    if (reduced || passiveAt(text, verb.start, verb.end)) {
      let b = i - 1;
      while (b >= 0 && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'PART')) b -= 1;
      const subject = tokens[b];
      // The tagger takes a capitalised plural opening the sentence for a name ("Concessions were made").
      const noun = subject?.pos === 'NOUN' || (subject?.pos === 'PROPN' && b === 0);
      // "The appeal made by Bhutan to Nepal": with the doer after the verb, the particle may follow it.
      const particleAt = (e: EnEntry) =>
        e.particle === null || tokens[i + 1]?.lemma === e.particle || (reduced && tokens.slice(i + 1).some((t) => t.lemma === e.particle));
      if (!noun || (b === i - 1 && !reduced)) return;
      for (const lemma of verbsOfNoun(subject!.pos === 'PROPN' ? subject!.lemma.replace(/s$/u, '') : subject!.lemma, pack)) {
        // The particle, if the entry has one, follows the light verb here ("was made to").
        const entry = (EN_BY_LEMMA.get(lemma) ?? []).find((e) => !e.verb_only && e.object === null && particleAt(e));
        if (!entry) continue;
        cues.push({ entry, start: verb.start, end: particle && reduced ? particle.end : verb.end });
        return;
      }
      return;
    }
    let k = i + 1;
    while (k < tokens.length && k <= i + 4 && (LIGHT_GAP_POS.has(tokens[k]!.pos) || LIGHT_GAP_WORDS.has(tokens[k]!.lemma))) k += 1;
    // The noun heads the object, the last of a run of nouns: in "made a peace appeal" and "made a state
    // visit" the head is the appeal and the visit, in "issued a demand letter" the letter.
    while (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN') k += 1;
    const noun = tokens[k];
    if (noun?.pos !== 'NOUN') return;
    const entry = nounEntry(noun.lemma, tokens[k + 1]?.lemma, pack);
    if (entry) cues.push({ entry, start: verb.start, end: entry.particle ? tokens[k + 1]!.end : noun.end });
  });
  return cues;
}

/** Parts of speech of the words between an event noun's doer and the noun: "Israel's renewed raid", "the Israeli air raid". */
const DOER_GAP_POS: ReadonlySet<string> = new Set(['PART', 'ADJ', 'NOUN', 'ADV']);
const DOER_GAP_WORDS = 3;

/**
 * "Japan's aid to Myanmar", "an Israeli raid on a camp", "Iran's threat against Israel", "Cuba's release
 * of American prisoners": an event noun (a lexicon verb's noun or one of the event nouns) with its doer
 * before it, as possessive or demonym with at most a few modifiers between, and a preposition of the
 * pack's event_noun_links right after it, which opens the party it is aimed at. Without a doer right
 * there ("the raid on Gaza"), the noun names an event someone else may be said to condemn or deny: no cue.
 * The cue spans noun and preposition, a noun cue like the pack's "crackdown on".
 */
function nominalLinkCues(
  text: string,
  tokens: readonly Token[],
  pack: LanguagePack,
  named: readonly Mention[],
): Array<{ entry: EnEntry; start: number; end: number; objectStart: number; objectEnd: number }> {
  const links = new Set(pack.data.event_noun_links ?? []);
  const cues: Array<{ entry: EnEntry; start: number; end: number; objectStart: number; objectEnd: number }> = [];
  if (links.size === 0) return cues;
  tokens.forEach((noun, i) => {
    const link = tokens[i + 1];
    if (noun.pos !== 'NOUN' || !link || !links.has(link.lemma) || hyphenBefore(text, noun.start) || inside(named, noun.start, noun.end)) return;
    let doer = false;
    for (let j = i - 1; j >= 0 && j >= i - 1 - DOER_GAP_WORDS; j--) {
      const t = tokens[j]!;
      if (inside(named, t.start, t.end)) {
        doer = true;
        break;
      }
      if (!DOER_GAP_POS.has(t.pos)) break;
    }
    if (!doer) return;
    // The party it is aimed at opens the preposition's complement, with only a short noun phrase's
    // words before it: "aid to farmers was criticised by France" aims at no party, "threat to leave the
    // treaty" is a threat to act, "demands with indifference" names the manner. That party is the object.
    // "Japan's offer of aid to Nepal": after "of", an event noun and its own link may stand before the
    // party; the offer is aimed at the party the aid is.
    const offered = link.lemma === 'of' && tokens[i + 2]?.pos === 'NOUN' && links.has(tokens[i + 3]?.lemma ?? '') && eventNoun(tokens[i + 2]!.lemma, pack);
    const object = linkedPartyAt(tokens, offered ? i + 4 : i + 2, named);
    if (!object) return;
    const entry = nounEntry(noun.lemma, link.lemma, pack);
    if (entry) cues.push({ entry, start: noun.start, end: link.end, objectStart: object.start, objectEnd: object.end });
  });
  return cues;
}

/** A word that names an event: an event noun or a lexicon verb's noun ("aid", "withdrawal"). */
const eventNoun = (word: string, pack: LanguagePack) => NOUN_EVENTS.has(word) || verbsOfNoun(word, pack).some((v) => EN_BY_LEMMA.has(v));

/** Parts of speech of the words of a noun phrase before the party that heads it: "three Syrian detainees", "Serbia's application", "his Ugandan counterpart". */
const LINKED_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
const LINKED_PHRASE_WORDS = 4;
/** The party mention that opens the noun phrase from token k (its span from k to the mention's end), or null. */
function linkedPartyAt(tokens: readonly Token[], k: number, named: readonly Mention[]): { start: number; end: number } | null {
  for (let j = k; j < tokens.length && j < k + LINKED_PHRASE_WORDS; j++) {
    const t = tokens[j]!;
    if (!LINKED_PHRASE_POS.has(t.pos)) return null;
    const mention = named.find((n) => n.actor && t.start < n.end && n.start < t.end);
    if (mention) return { start: tokens[k]!.start, end: mention.end };
  }
  return null;
}

/** Words a noun's complement follows, from the pack ("of"): "the abduction of". */
const NOMINAL_OF = new WeakMap<LanguagePack, ReadonlySet<string>>();
const complementWords = (pack: LanguagePack): ReadonlySet<string> => {
  let words = NOMINAL_OF.get(pack);
  if (!words) {
    words = new Set(((pack.data.complement as string[] | undefined) ?? []).filter((w) => /^\p{L}+$/u.test(w)));
    NOMINAL_OF.set(pack, words);
  }
  return words;
};

/**
 * Cheap test before lemmatising: a word that may be an event noun right before one of `words` (the
 * pack's event-noun links, its "between" words). The pattern is built once per pack and word list.
 */
const NOUN_BEFORE_PATTERNS = new WeakMap<LanguagePack, Map<string, RegExp>>();
function mayHoldEventNounBefore(pack: LanguagePack, text: string, key: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  let patterns = NOUN_BEFORE_PATTERNS.get(pack);
  if (!patterns) {
    patterns = new Map();
    NOUN_BEFORE_PATTERNS.set(pack, patterns);
  }
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(\\p{L}{3,})\\s+(?:${words.join('|')})\\s`, 'giu');
    patterns.set(key, pattern);
  }
  for (const m of execAll(pattern, text)) {
    const word = m[1]!.toLowerCase();
    if ([word, word.replace(/e?s$/u, '')].some((w) => eventNoun(w, pack))) return true;
  }
  return false;
}
const mayHoldLinkedEventNoun = (pack: LanguagePack, text: string) => mayHoldEventNounBefore(pack, text, 'links', pack.data.event_noun_links ?? []);
const mayHoldNounBetween = (pack: LanguagePack, text: string) =>
  mayHoldEventNounBefore(pack, text, 'between', (pack.data.between as string[] | undefined) ?? []);

/** Cheap test before lemmatising: a word before "of" that may be a lexicon verb's noun, and a "by" later (or a noun whose doer follows "of"). */
function mayHoldNominalEvent(pack: LanguagePack, text: string): boolean {
  const by = (pack.data.passive_by as string[] | undefined) ?? [];
  const withBy = by.some((w) => text.includes(` ${w} `));
  for (const m of execAll(/(\p{L}{4,})\s+of\s/gu, text)) {
    const word = m[1]!.toLowerCase();
    const verbs = verbsOfNoun(word, pack).filter((v) => EN_BY_LEMMA.has(v));
    if (withBy ? verbs.length > 0 : verbs.some((v) => EN_BY_LEMMA.get(v)!.some((e) => e.of_doer))) return true;
  }
  return false;
}

/**
 * "the abduction of a Chinese engineer by Malian rebels", "the expulsion of the envoy by Russia": a
 * noun of a lexicon verb (its bare entry, found by the pack's nominal endings) with its complement's
 * preposition right after it. The cue spans noun and preposition; relations.ts gives it parties only
 * in the frame "the N of X by Y", where the doer is named.
 */
function nominalEventCues(tokens: readonly Token[], pack: LanguagePack): Array<{ entry: EnEntry; start: number; end: number; ofDoer: boolean }> {
  const of = complementWords(pack);
  const cues: Array<{ entry: EnEntry; start: number; end: number; ofDoer: boolean }> = [];
  tokens.forEach((noun, i) => {
    const next = tokens[i + 1];
    if (noun.pos !== 'NOUN' || !next || !of.has(next.lemma)) return;
    // The complement is the verb's object: "the expulsion of a Polish diplomat" is "expel … diplomat" (SANCTION), not the bare verb.
    const window = tokens.slice(i + 2, i + 2 + OBJECT_WINDOW).filter((t) => t.pos !== 'PUNCT');
    for (const lemma of verbsOfNoun(noun.lemma, pack)) {
      const entries = (EN_BY_LEMMA.get(lemma) ?? []).filter((e) => !e.verb_only);
      const entry =
        entries.find((e) => e.object !== null && e.particle === null && objectIn(window, e.object, e.noun_object === true) !== null) ??
        entries.find((e) => e.object === null && e.particle === null);
      if (!entry) continue;
      // "The visit of the Indian president to Japan": a noun whose doer follows "of" is a noun cue of its
      // own (the noun alone), whose parties relations.ts reads in the frame "the N of X to Y".
      const ofDoer = entry.of_doer === true && next.lemma === 'of';
      cues.push({ entry, start: noun.start, end: ofDoer ? noun.end : next.end, ofDoer });
      return;
    }
  });
  return cues;
}

/**
 * "A meeting between Kenya and Tanzania took place", "talks between Sudan and South Sudan resumed": a
 * noun of an act two parties do with each other (an event whose relation is undirected: consulting,
 * cooperating) right before "between" and a group of at least two parties names that act between them.
 * The cue is the noun; relations.ts pairs the parties of the "between" group. A directed act's noun
 * ("the war between", "an attack between") says nothing of who did it to whom: no cue here.
 */
function betweenNounCues(tokens: readonly Token[], pack: LanguagePack, named: readonly Mention[]): Array<{ entry: EnEntry; start: number; end: number }> {
  const between = new Set((pack.data.between as string[] | undefined) ?? []);
  const cues: Array<{ entry: EnEntry; start: number; end: number }> = [];
  tokens.forEach((noun, i) => {
    const next = tokens[i + 1];
    // The tagger takes a capitalised plural opening the sentence for a name ("Talks between …").
    const opening = noun.pos === 'PROPN' && i === 0;
    if ((noun.pos !== 'NOUN' && !opening) || !next || !between.has(next.lemma) || inside(named, noun.start, noun.end)) return;
    if (!linkedPartyAt(tokens, i + 2, named)) return;
    const written = noun.value.toLowerCase();
    const entry = (opening ? [written, written.replace(/e?s$/u, '')] : [noun.lemma]).map((w) => nounEntry(w, undefined, pack)).find((e) => e !== undefined);
    if (entry && RELATIONS[entry.relation as Relation]?.directed === false) cues.push({ entry, start: noun.start, end: noun.end });
  });
  return cues;
}

/** Parts of speech of the words of a noun phrase after its head's preposition: "on Georgian wine", "on imports of Russian oil". */
const COMPLEMENT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ']);
/**
 * The tokens of the complement after a noun ending at `from`, up to `end`: its noun phrases joined by the
 * pack's event-noun links ("ban on imports of beef"), not what another preposition opens ("restrictions on
 * refugees in the business district": the district is where, not what is restricted).
 */
function complementAfter(tokens: readonly Token[], from: number, end: number, pack: LanguagePack): Token[] {
  const links = new Set(pack.data.event_noun_links ?? []);
  const words: Token[] = [];
  for (const t of tokens) {
    if (t.start < from) continue;
    if (t.start >= end || !(COMPLEMENT_POS.has(t.pos) || (t.pos === 'ADP' && links.has(t.lemma)))) break;
    words.push(t);
  }
  return words;
}

/** Parts of speech of the words between a verb and the noun heading its object: "demanded an immediate withdrawal", "rejected their talks". */
const OBJECT_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
/** Whether the tokens from k on are the phrasal verb `words` ("call off": the verb's lemma, then its particle). */
const verbWordsAt = (tokens: readonly Token[], k: number, words: readonly string[]) =>
  words.every((w, j) => (j === 0 ? (verbAt(tokens, k + j) ?? tokens[k + j]?.lemma) === w : tokens[k + j]?.lemma === w));

/**
 * Whether the noun cue at `start` names an act the clause says did not take place: the object of one of the
 * pack's undoing verbs ("Iran rejected talks between …", "Mali demanded the withdrawal of …") or the
 * subject of its passive, the clause's first verb after the noun ("a meeting between … was postponed").
 */
export function undoneNoun(text: string, start: number, clause: Clause, pack: LanguagePack): boolean {
  if (pack.language !== 'en') return false;
  const tokens = lemmatise(text);
  const i = tokens.findIndex((t) => t.start === start);
  if (i < 0) return false;
  const verbs = (pack.data.undoing_verbs ?? []).map((v) => v.split(' '));
  let b = i - 1;
  while (b >= 0 && tokens[b]!.start >= clause.start && OBJECT_OPENING_POS.has(tokens[b]!.pos)) b -= 1;
  const opensObject = (words: readonly string[]) => {
    const k = b - words.length + 1;
    // A verb inside a compound adjective is no verb of the clause: "its long-threatened invasion" took place.
    return k >= 0 && tokens[k]!.start >= clause.start && !hyphenBefore(text, tokens[k]!.start) && verbWordsAt(tokens, k, words);
  };
  if (verbs.some(opensObject)) return true;
  const verb = tokens.findIndex((t, k) => k > i && t.start < clause.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verb < 0 || tokens[verb]!.lemma !== 'be') return false;
  let participle = verb + 1;
  while (tokens[participle]?.pos === 'ADV' || tokens[participle]?.lemma === 'be') participle += 1;
  return verbs.some((words) => verbWordsAt(tokens, participle, words));
}

/** Parts of speech of a short noun phrase, the object between a verb and its separated particle ("pulled its forces out"). */
const SEPARATED_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const SEPARATED_OBJECT_WORDS = 4;
/** Parts of speech opening a noun phrase: after a separated particle they make it a preposition. */
const PHRASE_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Where a phrasal verb's particle is, starting at token k right after the verb, or -1: right there, or
 * for a particle the pack lists as separable, after a short noun phrase ("handed a wanted banker over
 * to Brazil"). A preposition-like particle ("call on", "appeal to") is never sought past an object:
 * "called Kenya on Monday" is no call on anyone.
 */
function particleAt(tokens: readonly Token[], k: number, particle: string, pack: LanguagePack): number {
  if (tokens[k]?.lemma === particle) return k;
  if (!(pack.data.separable_particles ?? []).includes(particle)) return -1;
  for (let j = k; j < tokens.length && j < k + SEPARATED_OBJECT_WORDS && SEPARATED_OBJECT_POS.has(tokens[j]!.pos); j++) {
    if (tokens[j + 1]?.lemma !== particle && tokens[j + 1]?.value.toLowerCase() !== particle) continue;
    // A noun phrase right after it makes the word a preposition of its own: "clashed Sunday over the
    // temple" is a clash about the temple, no "clash over"; "handed them over to Benin" keeps its particle.
    return PHRASE_OPENING_POS.has(tokens[j + 2]?.pos ?? '') ? -1 : j + 1;
  }
  return -1;
}

/**
 * Sectors of a state's own that bear no arms (PLOVER's codes): a state or its government named with
 * one of them, or with none, is a party whose "fire at" is words. An armed force, police, rebels,
 * gangs, and crowds as targets, are acted on with force.
 */
const STATE_SECTORS: ReadonlySet<string | null> = new Set([null, 'GOV']);
const actorOf = (m: Mention | undefined) => m?.actor ?? m?.resolved[0] ?? null;
const stateParty = (m: Mention | undefined): boolean => {
  const actor = actorOf(m);
  return actor !== null && STATE_SECTORS.has(actor.sector);
};
/** The last party named between `from` and `to` (the verb's doer, as the clause's subject before it). */
const lastPartyBefore = (named: readonly Mention[], from: number, to: number): Mention | undefined =>
  named.filter((m) => actorOf(m) !== null && m.start >= from && m.end <= to).at(-1);
/** The party named right at token k, after at most a determiner ("at the Chinese government"). */
function partyOpeningAt(tokens: readonly Token[], k: number, named: readonly Mention[]): Mention | undefined {
  const first = tokens[k]?.pos === 'DET' ? tokens[k + 1] : tokens[k];
  return first && named.find((m) => actorOf(m) !== null && m.start <= first.start && first.start < m.end);
}

/** Parts of speech of the words before the nouns of an object's noun phrase ("the opposition's rally": the possessive too). */
const OBJECT_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'PART']);
/**
 * The object found spans the head of the noun phrase opening at token k, its last noun before any
 * preposition: "imposed a curfew on Hebron", "declared a state of emergency", "banned the opposition
 * party"; not "the opposition's rally" (head rally) nor "a UN statement on the ship attacks".
 */
function headsFirstPhrase(tokens: readonly Token[], k: number, object: { start: number; end: number }): boolean {
  let head = k;
  for (;;) {
    while (head < tokens.length && OBJECT_MODIFIER_POS.has(tokens[head]!.pos)) head += 1;
    if (!TOPIC_NOUN_POS.has(tokens[head]?.pos ?? '')) return false;
    while (TOPIC_NOUN_POS.has(tokens[head + 1]?.pos ?? '')) head += 1;
    // A possessive after the nouns makes them a modifier of the phrase's own head: "the union's demands",
    // and a plural's bare apostrophe, which the tagger reads as punctuation ("the unions' demands").
    if (tokens[head + 1]?.pos !== 'PART' && !PLURAL_POSSESSIVE.test(tokens[head + 1]?.value ?? '')) break;
    head += 2;
  }
  const last = tokens[head]!;
  return object.start <= last.start && last.end <= object.end;
}

/** The apostrophe alone that closes a plural possessive ("the unions' demands"). */
const PLURAL_POSSESSIVE = /^['’]$/u;

/** Parts of speech of the words before a noun phrase's nouns ("the past week", "its border policy"). */
const TOPIC_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
const TOPIC_NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/**
 * The noun phrase opening at token k, after an entry's `followed_by` word, names a topic: "fired at
 * China over trade", "over its border policy", "over years of trade abuses". Not when it is a time
 * span or a frontier (`when`: its head, "over the weekend", "over the border", unless the party's own
 * possessive opens it or a complement follows that says what it is about), nor a place of the
 * gazetteer ("over Kharkiv" is where shots were fired).
 */
function namesATopicAt(tokens: readonly Token[], k: number, when: readonly string[]): boolean {
  const opening = tokens[k]?.pos === 'DET' ? k + 1 : k;
  if (
    opening < tokens.length &&
    placesAt(
      tokens.slice(opening, opening + 2).map((t) => ({ text: t.value })),
      0,
    ).length > 0
  )
    return false;
  // Its head ends the first run of nouns after the modifiers: "over wine tariffs last week" is about tariffs.
  let head = k;
  while (head < tokens.length && TOPIC_MODIFIER_POS.has(tokens[head]!.pos)) head += 1;
  if (!TOPIC_NOUN_POS.has(tokens[head]?.pos ?? '')) return false;
  while (TOPIC_NOUN_POS.has(tokens[head + 1]?.pos ?? '')) head += 1;
  const owned = tokens[k]!.pos === 'PRON';
  const complement = tokens[head + 1]?.lemma === 'of';
  return owned || complement || !when.includes(tokens[head]!.lemma);
}

/** Event cues of one sentence in the pack's language. */
export function findEventCues(text: string, clauses: readonly Clause[], pack: LanguagePack, named: readonly Mention[]): EventCue[] {
  const found: EventCue[] = [];
  const push = (entry: EnEntry | FrEntry, start: number, end: number, objectEnd = end, objectStart = objectEnd, ofBy = false) => {
    if (inside(named, start, end)) return;
    // A passive without its agent ("three Frenchmen were killed in Nepal") names the victims and a
    // place, not two parties: such a verb yields a claim only with its "by"/"par" agent.
    // The agent may also open a later clause ("was accused of misusing funds, much of it embezzled,
    // by officials"): relations.ts takes it there only when no other verb stands between.
    if (!ofBy && passiveAt(text, start, end)) {
      const clause = clauseAt(clauses, start);
      if (!pack.passiveAgent.test(text.slice(end, clause.end)) && !pack.passiveAgentOpening.test(text.slice(end))) return;
    }
    const specific = entry.object !== null || ('particle' in entry && entry.particle !== null);
    found.push({
      cue: cueFor(entry.relation as Relation, ofBy ? 'noun' : 'verb'),
      ...(ofBy ? { ofBy } : {}),
      relation: entry.relation as Relation,
      start,
      end,
      clause: clauseAt(clauses, start),
      coding: { event: entry.event, mode: entry.mode, context: entry.context },
      specific,
      objectStart,
      objectEnd,
    });
  };
  // A noun cue: its parties are its doer before it and the party its preposition opens, as for the pack's nouns.
  const pushNoun = (entry: EnEntry, start: number, end: number, objectStart: number, objectEnd: number) => {
    if (inside(named, start, end)) return;
    found.push({
      cue: cueFor(entry.relation as Relation, 'noun'),
      relation: entry.relation as Relation,
      start,
      end,
      clause: clauseAt(clauses, start),
      coding: { event: entry.event, mode: entry.mode, context: entry.context },
      specific: false,
      objectStart,
      objectEnd,
    });
  };
  if (pack.language === 'en') {
    if (
      !mayHoldEventVerb(text) &&
      !mayHoldLightVerb(pack, text) &&
      !mayHoldNominalEvent(pack, text) &&
      !mayHoldLinkedEventNoun(pack, text) &&
      !mayHoldNounBetween(pack, text)
    )
      return found;
    const tokens = lemmatise(text);
    /** The objects of CAMEO verb-object patterns found ("cut … aid"). */
    const verbObjects: Array<{ start: number; end: number }> = [];
    tokens.forEach((token, i) => {
      // A verb inside a compound adjective ("its long-threatened invasion") states no event.
      const lemma = verbAt(tokens, i);
      if (lemma === null || hyphenBefore(text, token.start) || participleAdjective(tokens, i, pack)) return;
      const entries = EN_BY_LEMMA.get(lemma);
      if (!entries) return;
      const clause = clauseAt(clauses, token.start);
      for (const entry of entries) {
        const followedBy = entry.followed_by;
        if (followedBy) {
          const at = tokens.findIndex((t, j) => j > i && t.start < clause.end && followedBy.includes(t.lemma));
          if (at < 0 || !namesATopicAt(tokens, at + 1, entry.not_followed_by ?? [])) continue;
        } else if (entry.object === null && entry.not_followed_by) {
          // Without an object, the words that make another act are sought after the verb.
          const other = entry.not_followed_by;
          if (tokens.some((t) => t.start >= token.end && t.start < clause.end && other.includes(t.lemma))) continue;
        }
        let k = i + 1;
        if (entry.particle && entry.object && entry.noun_object) {
          // CAMEO's "PLACE - * (IN DETENTION)": the party acted on may stand between the verb and the
          // preposition ("placed the opposition leader in detention"), so the preposition is sought in the window.
          const at = tokens.slice(k, k + OBJECT_WINDOW).findIndex((t) => t.lemma === entry.particle && t.start < clause.end);
          if (at < 0) continue;
          k += at + 1;
        } else if (entry.particle) {
          const at = particleAt(tokens, k, entry.particle, pack);
          if (at < 0) continue;
          k = at + 1;
        }
        if (entry.between_states && !(stateParty(lastPartyBefore(named, clause.start, token.start)) && stateParty(partyOpeningAt(tokens, k, named)))) continue;
        if (entry.party_object) {
          // A verb the tagger reads alone as a noun ("pardon", "rescue") is that verb with a party in its object's phrase.
          const object = partyObjectAt(tokens, k, clause.end, named, entry.verb_only === true || entry.party_in_phrase === true);
          if (object !== null) {
            push(entry, token.start, token.end, object.end, object.start);
            break;
          }
          // "Two smugglers were executed by Saudi Arabia": a passive's party is its subject (push asks for its agent).
          if (!passiveAt(text, token.start, token.end)) continue;
          push(entry, token.start, token.end);
          break;
        }
        const except = entry.except_followed_by;
        if (entry.object) {
          // Words only: the hyphen of "day-old" is a token of its own but no word of the phrase.
          const window = tokens
            .slice(k, k + 2 * OBJECT_WINDOW)
            .filter((t) => t.pos !== 'PUNCT' && t.start < clause.end)
            .slice(0, OBJECT_WINDOW);
          const found = objectIn(window, entry.object, entry.noun_object === true);
          // "blocked a UN statement on the ship attacks" blocks no ship: the listed word must head the verb's object.
          const object = found !== null && entry.object_heads === true && !headsFirstPhrase(tokens, k, found) ? null : found;
          const other = entry.not_followed_by;
          // The words make the verb another act, none of its entries': "met demands with an offensive" is no meeting either.
          if (object !== null && other && tokens.some((t) => t.start >= object.end && t.start < clause.end && other.includes(t.lemma))) break;
          if (object !== null && except && complementAfter(tokens, object.end, clause.end, pack).some((t) => except.includes(t.lemma))) continue;
          if (object !== null) {
            verbObjects.push(object);
            // "retaliated against Lebanon with air strikes": with a party between the verb and the
            // entry's object, the object is the means and the party the one acted on; the verb alone
            // is the predicate, so a pack noun on the means ("air strikes") does not take its place.
            if (inside(named, token.end, object.start)) push(entry, token.start, token.end);
            else push(entry, token.start, token.end, object.end, object.start);
            break;
          }
          // "A curfew was imposed on Gaza by Israel": a passive verb's object is its grammatical subject,
          // before the verb; the cue is the verb alone (no object after it for a pack cue to share).
          const subject = passiveSubject(text, tokens, i, entry.object, pack, named);
          if (subject === null) continue;
          // The words that leave it to the next entry stand between the subject and the verb here ("restrictions on Cuban airlines were eased").
          if (except && complementAfter(tokens, subject.end, token.start, pack).some((t) => except.includes(t.lemma))) continue;
          push(entry, token.start, token.end);
          break;
        }
        push(entry, token.start, token.end);
        break;
      }
    });
    for (const light of lightVerbCues(text, tokens, pack)) {
      if (!found.some((f) => f.start === light.start)) push(light.entry, light.start, light.end);
    }
    for (const nominal of nominalEventCues(tokens, pack)) {
      if (found.some((f) => f.start < nominal.end && nominal.start < f.end)) continue;
      if (nominal.ofDoer) pushNoun(nominal.entry, nominal.start, nominal.end, nominal.end, nominal.end);
      else push(nominal.entry, nominal.start, nominal.end, nominal.end, nominal.end, true);
    }
    for (const mutual of betweenNounCues(tokens, pack, named)) {
      if (!found.some((f) => f.start < mutual.end && mutual.start < f.end)) pushNoun(mutual.entry, mutual.start, mutual.end, mutual.end, mutual.end);
    }
    for (const nominal of nominalLinkCues(text, tokens, pack, named)) {
      // With its doer named before it, "Cuba's release of two Americans" is no "the N of X by Y" frame: the doer's cue replaces that one.
      const overlaps = (f: EventCue) => f.start < nominal.end && nominal.start < f.end;
      if (found.some((f) => overlaps(f) && !f.ofBy)) continue;
      // "cut American aid to Egypt", "froze European aid to Niger": a noun heading the object of an event
      // verb's CAMEO verb-object pattern is that verb's act (162, halt aid), and it cancels the noun's: no cue.
      if (verbObjects.some((o) => o.start <= nominal.start && nominal.start < o.end)) continue;
      found.splice(0, found.length, ...found.filter((f) => !overlaps(f)));
      pushNoun(nominal.entry, nominal.start, nominal.end, nominal.objectStart, nominal.objectEnd);
    }
    // "British aircraft using guided missiles killed four": a present participle with no auxiliary,
    // before the clause's finite event verb, qualifies the subject; the finite verb is the predicate.
    // (After a verb, "rioted demanding that Sudan withdraw", the participle is a predicate of its own.)
    return found.filter(
      (c) =>
        !(
          /ing$/iu.test(text.slice(c.start, c.end)) &&
          !found.some((d) => d.end <= c.start && d.clause.start === c.clause.start) &&
          !PROGRESSIVE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) &&
          found.some(
            (d) =>
              d.start > c.end &&
              d.start < c.clause.end &&
              d.clause.start === c.clause.start &&
              !/ing$/iu.test(text.slice(d.start, d.end)) &&
              // An infinitive is no finite verb: "…, calling on Somalia to arrest the gunmen" is a predicate.
              !INFINITIVE_BEFORE.test(text.slice(Math.max(0, d.start - 4), d.start)),
          )
        ),
    );
  } else {
    const words = foldedWords(text);
    for (const { entry, pattern, anchors, object } of FR_ENTRIES) {
      if (!mayMatch(anchors, words)) continue;
      pattern.lastIndex = 0;
      for (const m of execAll(pattern, text)) {
        const clause = clauseAt(clauses, m.index);
        if (object && !object.test(text.slice(m.index, clause.end))) continue;
        if (!found.some((f) => f.start < m.index + m[0].length && m.index < f.end)) push(entry, m.index, m.index + m[0].length);
      }
    }
  }
  return found;
}
