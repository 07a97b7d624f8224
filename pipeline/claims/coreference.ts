// Coreference: resolves "it", "its", "the country" to one actor (a country, an organisation or an
// armed group: "NATO said it would …") and "the two countries", "them" to two, using the actors named
// earlier in the same paragraph, and only when the choice is clear. "They" with a single plural party
// before it ("the rebels said they would …") stands for that party.
// A resolved actor keeps its antecedent's name (a name, never the pronoun) and carries the
// pronoun's own words as its `mention`. A singular pronoun that opens what a named party reports ("NATO
// said it would …", found by actors.ts) stands for that party.
import type { Actor } from '../records/claim.ts';
import type { Mention } from './actors.ts';

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

/**
 * Resolves the anaphors of one paragraph in place. `sentences` holds each sentence's mentions in
 * text order (named and anaphoric mixed).
 */
export function resolveParagraph(sentences: readonly (readonly Mention[])[]): void {
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
    // Sentence mentions count once (without the same-sentence weight) for later sentences.
    for (const mention of mentions) {
      if (mention.actor && isAntecedent(mention.actor)) credit(paragraphScores, mention.actor, 1);
    }
    const firstCountry = mentions.find((m) => m.actor && isAntecedent(m.actor));
    if (firstCountry?.actor) credit(paragraphScores, firstCountry.actor, SUBJECT_BONUS);
  }
}
