// Coreference: resolves "it", "its", "the country" to one country and "the two countries", "them" to
// two, using the countries named earlier in the same paragraph, and only when the choice is clear.
// A resolved actor keeps its antecedent's name (a name, never the pronoun) and carries the
// pronoun's own words as its `mention`.
import type { Actor } from '../records/claim.ts';
import type { Mention } from './actors.ts';

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
        if (mention.actor.type !== 'country') continue;
        credit(sentenceScores, mention.actor, SAME_SENTENCE_WEIGHT + (firstNamed ? SUBJECT_BONUS : 0));
        firstNamed = false;
        continue;
      }
      const combined = new Map<string, Salience>();
      for (const source of [paragraphScores, sentenceScores]) {
        for (const s of source.values()) {
          const existing = combined.get(s.actor.id);
          if (existing) existing.score += s.score;
          else combined.set(s.actor.id, { ...s });
        }
      }
      const candidates = ranked(combined);
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
      if (mention.actor && mention.actor.type === 'country') credit(paragraphScores, mention.actor, 1);
    }
    const firstCountry = mentions.find((m) => m.actor?.type === 'country');
    if (firstCountry?.actor) credit(paragraphScores, firstCountry.actor, SUBJECT_BONUS);
  }
}
