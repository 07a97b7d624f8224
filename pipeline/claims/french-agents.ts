// French agents named without a state's adjective ("les gendarmes", "des jihadistes", "le parquet",
// "le gouvernement du Mali", "les autorités de transition maliennes"): French wire copy names a party
// by its sector and leaves the state to the rest of the sentence ("Au Niger, des jihadistes ont tué six
// soldats"). The English reading (actors.ts withContextAgents) works on English words and parts of
// speech; this is its French counterpart, on the French agents of data/agents.json (`before`) and the
// French pack's prepositions (data/fr.json), with no grammar model:
// - an agent followed by "de"/"du"/"des" and a state's name is one party with that state ("l'armée du
//   Niger" → NER, MIL), as is an agent followed, within a few lower-case words, by a state's adjective
//   ("les autorités de transition maliennes" → MLI, GOV);
// - otherwise an agent is the party of the one state the sentence places its parties in (named after a
//   locative: "au Mali", "à Dakar", "dans le nord du Burkina Faso"; or alone, with a sector, as a
//   capital or as an owner: "les frontières du Niger");
//   with none or several states its state is unknown and it names no party;
// - a mission or envoy ("l'ambassade de France", "l'ambassadeur d'Allemagne") leaves the state named
//   after it as the party, and a spokesman or lawyer ("le porte-parole") is never one.
import handAgents from './data/agents.json' with { type: 'json' };
import french from './data/fr.json' with { type: 'json' };
import { ACTING_CIVILIANS, NO_PARTY_SECTORS, type Mention } from './actors.ts';
import { articleForms, complementPrepositions } from './language-packs.ts';
import { escapeRegex } from '../text/regex.ts';

/** The French agents, longest first, so "forces armées" wins over "forces". */
const AGENT_PHRASES = Object.keys(handAgents.before).sort((a, b) => b.length - a.length);
const SECTOR_OF: ReadonlyMap<string, string> = new Map(Object.entries(handAgents.before).map(([phrase, sector]) => [phrase.toLowerCase(), sector]));
/** Agents written with a capital in `before` ("ONG", "Premier ministre"): their capital is their own, not a name's. */
const CAPITALISED: ReadonlySet<string> = new Set(AGENT_PHRASES.filter((p) => /^\p{Lu}/u.test(p)).map((p) => p.toLowerCase()));
const AGENT = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${AGENT_PHRASES.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/** Agents who speak or plead for someone else: the party is whom they speak for (as "spokesman" in English). */
const SPEAKS_FOR: ReadonlySet<string> = new Set(handAgents.speaks_for_fr.words);

const ARTICLES = articleForms(french.articles);
const OF = complementPrepositions(french).map(escapeRegex);
/** "de", "du", "des", "d'" (and an article) between an agent and whose it is: "l'armée du Niger", "le président de la RDC". */
const OF_AFTER = new RegExp(`^\\s*(?:${OF.join('|')})(?:\\s+|(?<=['’]))(?:${ARTICLES})?$`, 'iu');
/** The same preposition right before a state's name: "les frontières du Niger" names it as an owner, as "Niger's" does in English. */
const OF_BEFORE = new RegExp(`(?<![\\p{L}])(?:${OF.join('|')})(?:\\s+|(?<=['’]))(?:${ARTICLES})?$`, 'iu');
/** The same preposition opening the words after an agent, with what follows it. */
const OF_OPENING = new RegExp(`^\\s*(?:${OF.join('|')})(?:\\s+|(?<=['’]))(?:${ARTICLES})?`, 'iu');
/**
 * "de" opening an infinitive after the agent ("accusé les manifestants d'avoir incendié", "de bloquer"):
 * the verb's complement, not whose the agent is. A perfect infinitive, or a lower-case word in -er that
 * is no adjective, adverb or noun (fr.json not_infinitives: "de premier plan", "d'hier").
 */
const INFINITIVE_AFTER_OF = new RegExp(
  `^\\s*d(?:e\\s+|['’])(?:avoir|être|(?!(?:${french.not_infinitives.words.map(escapeRegex).join('|')})(?![\\p{L}]))\\p{Ll}+er)(?![\\p{L}])`,
  'u',
);
/**
 * Up to two lower-case words, each may be with "de", between an agent and a state's adjective ("les
 * autorités de transition maliennes", "la junte militaire guinéenne"); no other preposition or article,
 * which would open a phrase of its own ("des soldats à la frontière rwandaise": the border is Rwanda's).
 */
const QUALIFIERS_BEFORE_ADJECTIVE = /^(?:\s+(?:d['’]|de\s+)?(?!(?:à|au|aux|en|dans|sur|contre|par|pour|vers|la|le|les|des|du|un|une)\s)[\p{Ll}-]+){0,2}\s+$/u;
const DETERMINERS = french.agent_determiners.words.map(escapeRegex).join('|');
const NUMBERS = ['\\p{N}[\\p{N},.]*', ...Object.keys(french.quantities.number_words)].join('|');
const PRENOMINAL = french.agent_determiners.prenominal_adjectives.map(escapeRegex).join('|');
/**
 * A determiner or a number (with a prenominal adjective at most) right before an agent: the agent is a
 * noun phrase's head ("des jeunes soldats", "trois enseignants"). Any other word before it makes it an
 * adjective or participle ("ont été déplacés", "soldats fidèles au capitaine", "anciens combattants").
 */
const DETERMINED = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS}|${NUMBERS})(?:\\s+|(?<=['’]))(?:(?:${PRENOMINAL})\\s+)?$`, 'iu');
/** A determiner and a noun that is no agent before an agent word: the word names the noun's owners ("des positions rebelles"). */
const AFTER_NOUN = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS})(?:\\s+|(?<=['’]))(?<noun>\\p{Ll}[\\p{L}-]*)\\s+$`, 'iu');
const FORMER: ReadonlySet<string> = new Set(french.agent_determiners.former);
function ownersOfNoun(text: string, start: number): boolean {
  const noun = AFTER_NOUN.exec(text.slice(Math.max(0, start - 40), start))?.groups?.noun?.toLowerCase();
  return noun !== undefined && !FORMER.has(noun) && !SECTOR_OF.has(noun);
}
/** A prenominal adjective that is an agent too ("jeunes") is no head when an agent follows it ("de jeunes soldats"). */
const PRENOMINAL_AGENTS: ReadonlySet<string> = new Set(french.agent_determiners.prenominal_adjectives);
const AGENT_NEXT = new RegExp(`^\\s+(?:${AGENT_PHRASES.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
/** Agents whose sector holds only unqualified by an adjective of another domain ("le régime fiscal", "des militants islamistes"). */
const QUALIFIED_HEADS: ReadonlySet<string> = new Set(handAgents.qualified_heads_fr.words);
const OTHER_DOMAIN_ADJECTIVE = new RegExp(`^\\s+\\p{Ll}[\\p{L}-]*(?:${handAgents.qualified_heads_fr.adjective_endings.join('|')})(?![\\p{L}])`, 'u');
/** A possessive determiner before an agent binds it to someone already named ("son homologue", "leurs soldats"). */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:son|sa|ses|leur|leurs|notre|nos|votre|vos)\s+$/iu;
/**
 * A locative (with up to three words and "de"/"du" after it) right before a state's name: the sentence
 * happens there ("au Mali", "à Dakar", "dans le centre du Mali", "près de la frontière du Niger").
 */
const PLACE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${french.locatives.map(escapeRegex).join('|')})\\s+(?:(?:${ARTICLES})?(?:[\\p{L}-]+\\s+){0,3}?(?:${OF.join('|')})(?:\\s+|(?<=['’])))?(?:${ARTICLES})?$`,
  'iu',
);
/**
 * The nouns of a state's missions abroad and of its envoys ("l'ambassade de France", "l'ambassadeur de
 * France"): the state named after them stands abroad, it places no one. Unlike the English mission
 * words (actors.ts), the envoy's are among them and the state's name, not the noun, is the party.
 */
const ENVOY_OR_MISSION_WORDS: ReadonlySet<string> = new Set(handAgents.missions_abroad.words_fr);
const MISSION_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${handAgents.missions_abroad.words_fr.map(escapeRegex).join('|')})\\s+(?:${OF.join('|')})(?:\\s+|(?<=['’]))(?:${ARTICLES})?$`,
  'iu',
);

const isState = (m: Mention) => m.actor?.type === 'country' && !m.person;
const stateOf = (m: Mention) => m.actor!.country ?? m.actor!.id;

/**
 * The one state the sentence places its unnamed parties in, or null: the one state named after a
 * locative ("au Mali", "à Bamako", "dans le nord du Niger": where things happen) when the others are
 * named only with their own agents or as complements ("des ressortissants chinois", "l'ambassadeur de France"),
 * else the only state named, if with a sector ("l'armée malienne") or as a capital. A state named as a
 * mission's ("devant l'ambassade de France à Niamey") stands abroad and places no one. `where` says
 * whether the state is where things happen (a locative's) or only the owner of some agent, which says
 * nothing of where civilians are.
 */
function stateOfUnnamedAgents(text: string, named: readonly Mention[]): { state: string; where: boolean } | null {
  const states = named.filter((m) => isState(m) && !MISSION_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  const located = new Set(states.filter((m) => bareAfterLocative(text, m)).map(stateOf));
  // A state named bare elsewhere may own the agents ("La France a envoyé des soldats au Mali": French
  // soldiers; "au" is "to" as much as "in"); one named with its own agents or as a complement does not,
  // nor an adjective, which qualifies its own noun ("la présence française").
  const bareElsewhere = states.some(
    (m) => !located.has(stateOf(m)) && !m.actor!.sector && !/^\p{Ll}/u.test(m.text) && !OF_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
  if (located.size === 1 && !bareElsewhere) return { state: [...located][0]!, where: true };
  const codes = new Set(states.map(stateOf));
  if (located.size > 1 || codes.size !== 1) return null;
  const owner = (m: Mention) => m.actor!.sector || m.capital || OF_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
  return states.some(owner) ? { state: [...codes][0]!, where: located.size === 1 } : null;
}

/** A state named bare (or a capital) right after a locative ("au Mali", "à Bamako"); unlike actors.ts, no city or modifier list is read. */
const bareAfterLocative = (text: string, m: Mention) =>
  (!m.actor!.sector || m.capital === true) && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));

/** Only an article (or nothing) before the agent, read on the raw text (actors.ts reads tokens): a capital letter there opens the sentence ("Les gendarmes", "Gendarmes et policiers"). */
const onlyArticleBefore = (text: string, at: number) => /^\s*(?:\p{L}+\s+|\p{L}+['’])?$/u.test(text.slice(0, at));

/** The sentence's mentions with its French agents added as parties, in text order. */
export function withFrenchAgents(text: string, named: Mention[]): Mention[] {
  const overlaps = (start: number, end: number) => named.some((m) => m.start < end && start < m.end);
  const placing = stateOfUnnamedAgents(text, named);
  const state = placing?.state ?? null;
  const agents: Mention[] = [];
  const absorbed = new Set<Mention>();
  for (const match of text.matchAll(AGENT)) {
    const start = match.index;
    let end = start + match[0].length;
    const words = match[0];
    // A capitalised agent inside a sentence is a word of some name ("les Forces de soutien rapide"),
    // unless the agent is always written so ("des ONG", "le Premier ministre").
    if (/^\p{Lu}/u.test(words) && !CAPITALISED.has(words.toLowerCase()) && !onlyArticleBefore(text, start)) continue;
    if (overlaps(start, end) || agents.some((a) => a.start < end && start < a.end)) continue;
    if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (!onlyArticleBefore(text, start) && !DETERMINED.test(text.slice(Math.max(0, start - 40), start)) && !ownersOfNoun(text, start)) continue;
    if (PRENOMINAL_AGENTS.has(words.toLowerCase()) && AGENT_NEXT.test(text.slice(end))) continue;
    if (
      QUALIFIED_HEADS.has(words.toLowerCase()) &&
      OTHER_DOMAIN_ADJECTIVE.test(text.slice(end)) &&
      !named.some((m) => m.start > end && /^\s+$/u.test(text.slice(end, m.start)))
    )
      continue;
    const sector = SECTOR_OF.get(words.toLowerCase());
    // A spokesman or lawyer ("le porte-parole", "l'avocat de l'opposant") speaks for someone else, and a
    // mission or envoy ("l'ambassade de France", "l'ambassadeur d'Allemagne") is its state's, named right
    // after it: whom they stand for is the party, read as a name of its own; they are none, and place no one.
    if (!sector || SPEAKS_FOR.has(words.toLowerCase()) || ENVOY_OR_MISSION_WORDS.has(words.toLowerCase())) continue;
    const after = text.slice(end);
    // Whose the agent is, said right after it: a state through "de" ("le gouvernement du Mali") or
    // its adjective after a few words ("les autorités de transition maliennes").
    const ofState = named.find((m) => m.start >= end && isState(m) && !m.capital && !m.actor!.sector && OF_AFTER.test(text.slice(end, m.start)));
    const adjective = named.find(
      (m) => m.start > end && isState(m) && !m.actor!.sector && /^\p{Ll}/u.test(m.text) && QUALIFIERS_BEFORE_ADJECTIVE.test(text.slice(end, m.start)),
    );
    const owner = ofState ?? adjective;
    let country: string | null;
    if (owner) {
      country = stateOf(owner);
      end = owner.end;
      absorbed.add(owner);
    } else {
      // "les rebelles du M23", "les soldats de la paix", "le porte-parole de l'ONU": a complement after
      // the agent says whose or what it is, and it is not the sentence's state.
      if (OF_OPENING.test(after) && !INFINITIVE_AFTER_OF.test(after)) continue;
      // Civilians (and anyone, PPL) belong to where they are, which a state named as some agent's owner
      // does not say ("Le président rwandais a accusé le M23 de tuer des civils": not Rwanda's civilians),
      // as in English (actors.ts NO_PARTY_SECTORS).
      if (NO_PARTY_SECTORS.has(sector) && !placing?.where && !ACTING_CIVILIANS.has(words.toLowerCase())) continue;
      country = state;
    }
    if (country === null) continue;
    const phrase = text.slice(start, end);
    agents.push({
      start,
      end,
      nameEnd: end,
      text: phrase,
      actor: { name: phrase, mention: phrase, id: country, type: 'country', country, sector },
      anaphor: null,
      resolved: [],
      possessive: false,
    });
  }
  if (agents.length === 0) return named;
  // "Au Mali, les gendarmes …": a state named only as where things happen is no party beside the
  // agents it placed (PLOVER codes the gendarmes MLI COP, not Mali and the gendarmes).
  const placedSome = agents.some((a) => a.actor!.id === state && !named.some((m) => absorbed.has(m) && m.start >= a.start && m.end <= a.end));
  const asPlace = (m: Mention) => placedSome && isState(m) && stateOf(m) === state && bareAfterLocative(text, m);
  return [...named.filter((m) => !absorbed.has(m) && !asPlace(m)), ...agents].sort((a, b) => a.start - b.start);
}
