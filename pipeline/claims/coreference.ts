// Coreference: resolves "it", "its", "the country" to one actor (a country, an organisation or an
// armed group: "NATO said it would …") and "the two countries", "them" to two, using the actors named
// earlier in the same paragraph, and only when the choice is clear. "They" with a single plural party
// before it ("the rebels said they would …") stands for that party.
// A resolved actor keeps its antecedent's name (a name, never the pronoun) and carries the
// pronoun's own words as its `mention`. A singular pronoun that opens what a named party reports ("NATO
// said it would …", found by actors.ts) stands for that party. "He", "his" stand for one person: the one
// individual (an office holder, a titled name: "Serbian President X said he would …") named before them.
import type { Actor } from '../records/claim.ts';
import { findAnaphors, type Mention } from './actors.ts';
import type { LanguagePack } from './language-packs.ts';
import { execAll } from '../text/regex.ts';

/** Actors a pronoun may stand for: states (and their agents), organisations, armed groups. */
const ANTECEDENT_TYPES: ReadonlySet<string> = new Set(['country', 'organization', 'group']);
const isAntecedent = (actor: Actor) => ANTECEDENT_TYPES.has(actor.type);

/** A party named by a plural noun with a sector ("Fijian rebels", "French farmers", "Palestinians"). */
const isCollective = (actor: Actor) => actor.sector !== null && /\p{L}s$/u.test(actor.mention);

/** A mention that opens its sentence is usually its grammatical subject: it weighs more. */
const SUBJECT_BONUS = 1;
/** Mentions earlier in the same sentence are closer, hence more likely antecedents. */
const SAME_SENTENCE_WEIGHT = 2;

interface Salience {
  actor: Actor;
  score: number;
  firstSeen: number;
}

function ranked(scores: Map<string, Salience>): Salience[] {
  return [...scores.values()].sort((a, b) => b.score - a.score || a.firstSeen - b.firstSeen);
}

/** The paragraph's and the sentence's scores added up, per actor. */
function combineScores(...sources: ReadonlyArray<Map<string, Salience>>): Map<string, Salience> {
  const combined = new Map<string, Salience>();
  for (const source of sources) {
    for (const s of source.values()) {
      const existing = combined.get(s.actor.id);
      if (existing) existing.score += s.score;
      else combined.set(s.actor.id, { ...s });
    }
  }
  return combined;
}

/** Head words that any group or organisation answers to: "the group", "the organisation". */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization']);

/**
 * May a named actor be what "the <head>" refers back to? "The group": any armed group or
 * organisation; "the militia": also an armed group of the dictionaries (REB); any other head word
 * ("the union", "the commission", "the front") only a name that holds it ("the Kenya Teachers
 * Union", "the Kenya Anti-Corruption Commission", which acts for its state). States named as such
 * are never a group.
 */
function fitsHead(actor: Actor, head: string): boolean {
  const named = new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'iu').test(actor.name);
  if (actor.type === 'group' || actor.type === 'organization') return GENERIC_HEADS.has(head) || named || (head === 'militia' && actor.sector === 'REB');
  return actor.type === 'country' && named && actor.name !== actor.id;
}

/** Words that follow an object "her" rather than a possessive one ("told her that", "gave her a post"). */
const AFTER_OBJECT_HER = /^\s*(?:[^\p{L}\s]|(?:to|that|in|on|at|by|for|with|of|and|or|as|from|a|an|the)(?![\p{L}]))/iu;

/**
 * The pronouns of a person in a sentence ("he", "his", "her"), outside names and other anaphors. They
 * are resolved by resolveParagraph to an individual named before them, or to nothing: a state, an
 * organisation or a crowd is never "he".
 */
export function findPersonalAnaphors(text: string, pack: LanguagePack, taken: readonly Mention[]): Mention[] {
  if (!pack.personalAnaphor) return [];
  const found: Mention[] = [];
  for (const match of execAll(pack.personalAnaphor, text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((m) => start < m.end && m.start < end)) continue;
    // "Her Majesty's Government", "His Holiness": a capitalised pronoun inside the sentence is part of a title.
    if (start > 0 && /^\p{Lu}/u.test(match[0]) && /[\p{L}\p{N}]/u.test(text.slice(0, start))) continue;
    const word = match[0].toLowerCase();
    const possessive = word === 'his' || (word === 'her' && !AFTER_OBJECT_HER.test(text.slice(end)));
    // A capitalised word before it that names no actor may be the person it stands for ("praised Lam for
    // her courage"): then only an individual of its own sentence may be its antecedent.
    const unnamed = [...execAll(CAPITALISED_WORD, text.slice(0, start))].some(
      (w) => w.index > 0 && !taken.some((m) => m.actor && w.index >= m.start && w.index < m.end),
    );
    // An indefinite article before it brings in someone not named ("… killed a hostage and his family",
    // "A local farmer said his village …"): the pronoun may stand for them, so only an individual named
    // after the article may be its antecedent.
    const newcomer = pack.indefiniteArticle ? [...execAll(pack.indefiniteArticle, text.slice(0, start))].pop() : undefined;
    found.push({
      start,
      end,
      nameEnd: end,
      text: match[0],
      actor: null,
      anaphor: 'singular',
      resolved: [],
      possessive,
      personal: unnamed || newcomer ? 'sentence' : 'paragraph',
      ...(newcomer ? { personalFrom: newcomer.index } : {}),
    });
  }
  return found;
}

/** A sentence's mentions as the claims stage reads them: its named ones, its anaphors and its persons' pronouns, in text order. */
export function withAnaphors(text: string, pack: LanguagePack, named: readonly Mention[]): Mention[] {
  const anaphors = findAnaphors(text, pack, named);
  return [...named, ...anaphors, ...findPersonalAnaphors(text, pack, [...named, ...anaphors])].sort((a, b) => a.start - b.start);
}

/** A word written with a capital: a name, unless it opens the sentence. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu;

/** After a title word, only the words of a name: "President Moody Awori", "the Kenyan foreign minister". */
const NAME_AFTER_TITLE = /^(?:[\s.'’-]+\p{Lu}[\p{L}.'’-]*)*$/u;

/** Each pack's title words as a global pattern, compiled once. */
const INDIVIDUAL_HEADS = new WeakMap<RegExp, RegExp>();

function individualHeads(head: RegExp): RegExp {
  let global = INDIVIDUAL_HEADS.get(head);
  if (!global) {
    global = new RegExp(head.source, 'giu');
    INDIVIDUAL_HEADS.set(head, global);
  }
  return global;
}

/**
 * Does a named mention stand for one person: an office holder of the dictionaries, or a state's agent
 * whose title word ends the mention or heads a name ("Chancellor Olaf Scholz")? "The Kenyan
 * government", "Ugandan troops" are bodies, which "it" or "they" stand for.
 */
export function namesAnIndividual(mention: Mention, pack: LanguagePack | undefined): boolean {
  if (!mention.actor) return false;
  if (mention.person) return true;
  if (!pack?.individualHead || mention.actor.sector === null) return false;
  for (const head of execAll(individualHeads(pack.individualHead), mention.text)) {
    if (NAME_AFTER_TITLE.test(mention.text.slice(head.index + head[0].length))) return true;
  }
  return false;
}

/**
 * A person's pronoun stands for the one individual named before it in its sentence, or, with none
 * there and no unnamed capitalised word before it, the one individual of the paragraph's earlier
 * sentences: with two persons named ("Kenya's president met Uganda's president, who said he …") the
 * text does not say which, and a state named alone is no person.
 */
function resolvePersonal(mention: Mention, sentence: readonly Mention[], earlier: readonly Actor[], pack: LanguagePack | undefined): void {
  const distinct = (actors: readonly Actor[]) =>
    actors.filter((a, k) => actors.findIndex((b) => b.id === a.id && b.sector === a.sector && b.name === a.name) === k);
  const from = mention.personalFrom ?? 0;
  const here = distinct(sentence.filter((m) => m.start >= from && m.end <= mention.start && namesAnIndividual(m, pack)).map((m) => m.actor!));
  const candidates = here.length > 0 || mention.personal === 'sentence' ? here : distinct(earlier);
  if (candidates.length === 1) mention.resolved = [{ ...candidates[0]!, mention: mention.text }];
}

/**
 * Resolves the anaphors of one paragraph in place. `sentences` holds each sentence's mentions in
 * text order (named and anaphoric mixed). `pack` tells which names are of one person, for "he".
 */
export function resolveParagraph(sentences: readonly (readonly Mention[])[], pack?: LanguagePack): void {
  const individuals: Actor[] = [];
  const paragraphScores = new Map<string, Salience>();
  let order = 0;
  const credit = (scores: Map<string, Salience>, actor: Actor, points: number) => {
    const current = scores.get(actor.id);
    if (current) current.score += points;
    else scores.set(actor.id, { actor, score: points, firstSeen: order++ });
  };
  for (const mentions of sentences) {
    const sentenceScores = new Map<string, Salience>();
    let firstNamed = true;
    for (const mention of mentions) {
      if (mention.personal) {
        resolvePersonal(mention, mentions, individuals, pack);
        continue;
      }
      if (mention.actor) {
        if (!isAntecedent(mention.actor)) continue;
        credit(sentenceScores, mention.actor, SAME_SENTENCE_WEIGHT + (firstNamed ? SUBJECT_BONUS : 0));
        firstNamed = false;
        continue;
      }
      // "The group said …": the one named group or organisation of that kind in the paragraph so far.
      // Salience, which picks a pronoun's antecedent, does not decide between two of a kind: "the
      // Teachers Union and the Nurses Union met … The union said" names no one in particular.
      if (mention.head !== undefined) {
        const kind = [...combineScores(paragraphScores, sentenceScores).values()].filter((c) => fitsHead(c.actor, mention.head!));
        if (kind.length === 1) mention.resolved = [{ ...kind[0]!.actor, mention: mention.text }];
        continue;
      }
      // "NATO said it would …": the party that reports is what the pronoun opening its words stands for.
      if (mention.reporter && mention.anaphor === 'singular' && isAntecedent(mention.reporter)) {
        mention.resolved = [{ ...mention.reporter, mention: mention.text }];
        continue;
      }
      const combined = combineScores(paragraphScores, sentenceScores);
      // States first: "In a letter to the UN, Iraq said it would …" is Iraq; an organisation or armed
      // group is the antecedent when no state is named ("NATO said it would …").
      const all = ranked(combined);
      const states = all.filter((c) => c.actor.type === 'country');
      const candidates = states.length > 0 ? states : all;
      // "The rebels said they would …": a plural party just named in the same sentence is what "they" stands for.
      const local = ranked(sentenceScores)[0];
      if (mention.anaphor === 'plural' && local && isCollective(local.actor)) {
        mention.resolved = [{ ...local.actor, mention: mention.text }];
        continue;
      }
      const [first, second, third] = candidates;
      if (mention.anaphor === 'singular' && first && (!second || first.score > second.score)) {
        mention.resolved = [{ ...first.actor, mention: mention.text }];
      } else if (mention.anaphor === 'plural' && first && second && (!third || second.score > third.score)) {
        mention.resolved = [
          { ...first.actor, mention: mention.text },
          { ...second.actor, mention: mention.text },
        ];
      }
    }
    for (const mention of mentions) if (namesAnIndividual(mention, pack)) individuals.push(mention.actor!);
    // Sentence mentions count once (without the same-sentence weight) for later sentences.
    for (const mention of mentions) {
      if (mention.actor && isAntecedent(mention.actor)) credit(paragraphScores, mention.actor, 1);
    }
    const firstCountry = mentions.find((m) => m.actor && isAntecedent(m.actor));
    if (firstCountry?.actor) credit(paragraphScores, firstCountry.actor, SUBJECT_BONUS);
  }
}
