// Actor mentions in a sentence: gazetteer names (longest match, case rules from the data), a state's
// name followed by an agent that adds its sector ("Algerian troops" → DZA, MIL), office holders
// resolved by the document's date, groups the dictionaries lack recognised by the grammar of their
// names ("the Umma party"), agents named without their state, and the anaphors ("it", "the two countries") that coreference.ts
// later resolves to named actors.
import { createRequire } from 'node:module';
import type { Actor } from '../records/claim.ts';
import {
  AGENT_WORDS,
  AGENTS_BY_FIRST_TOKEN,
  AGENTS_BY_LAST_TOKEN,
  placesAt,
  PEOPLE_QUALIFIERS,
  WORD,
  wordTokens,
  candidatesAt,
  isUpper,
  roleHeldOn,
  roleOn,
  stateOfPeopleWord,
  TITLE_MODIFIERS,
  tokenMatches,
  type AgentEntry,
  type GazetteerEntry,
  type Role,
} from './gazetteer.ts';
import handAgents from './data/agents.json' with { type: 'json' };
import countryAdditions from './data/countries.json' with { type: 'json' };
import englishCues from './data/en.json' with { type: 'json' };
import { lemmatise } from './events.ts';
import { packsFor, type LanguagePack } from './language-packs.ts';
import { escapeRegex, execAll } from '../text/regex.ts';
import { SHARED_NAMES } from './gazetteer-sources.ts';
import { slug } from './slug.js';

export interface Mention {
  /** Offsets relative to the sentence text; `end` includes an agent after the name ("troops"). */
  start: number;
  end: number;
  /** End of the name proper: the words of an agent after it may still be relation cues. */
  nameEnd: number;
  /** With an agent after the name: the actor of the name alone, for when the agent's words prove to be a cue's. */
  bare?: Actor;
  /** The words as written. */
  text: string;
  /** The named actor, or null for an anaphor until it is resolved. */
  actor: Actor | null;
  anaphor: 'singular' | 'plural' | null;
  /** Filled in by coreference resolution for anaphors: one actor, or the two of "the two countries". */
  resolved: Actor[];
  possessive: boolean;
  /** A person's name (an office holder from the lexicon): their state comes from a dated role. */
  person?: boolean;
  /** A person's full name: its words after the first that may name them alone later in the document ("Pinochet"). */
  surnames?: string[];
  /** A capital named alone: its government only when it acts (`capitalsAsPlaces`). */
  capital?: boolean;
  /** For "it" opening what a named party reports ("Hezbollah said it would …"): that party. */
  reporter?: Actor;
  /** For a nominal anaphor ("the group", "the union"): the head word, which its antecedent must fit (coreference.ts). */
  head?: string;
  /**
   * A pronoun of a person ("he", "his"): it stands for one person named before it, never a state as such
   * (coreference.ts); 'sentence' when only its own sentence may name that person.
   */
  personal?: 'sentence' | 'paragraph';
  /** For a person's pronoun: its antecedent is named at or after this offset of its sentence (after "a soldier", "a farmer"). */
  personalFrom?: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Only spaces, dots, apostrophes and hyphens may stand between the words of one name ("U.S.", "Saint-Martin"). */
const INNER_GAP = /^[\s.'’-]*$/u;

/** The last text tokenised: finding names, groups and agents reads one sentence in turn. */
let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

function tokenize(text: string): readonly Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  for (const match of execAll(WORD, text)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** Does token k open its sentence (the text's first word, or after a full stop, colon or semicolon)? */
function opensSentence(text: string, tokens: readonly Token[], k: number): boolean {
  return k === 0 || /[.!?:;]\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

/**
 * How wink-nlp reads a sentence's capitalised first word once lower-cased, its part of speech: a
 * word capitalised only for opening the sentence reads as what it is ("senior" ADJ, "later" ADV),
 * a name it does not know as a noun.
 */
function recasedReading(text: string, token: Token): string | undefined {
  const recased = `${text.slice(0, token.start)}${token.text.toLowerCase()}${text.slice(token.end)}`;
  return lemmatise(recased).find((w) => w.start === token.start)?.pos;
}

const CURRENCY_AFTER = /^\s?\$/u;
/** A stance prefix hyphened to a name: "anti-Syria", "pro-Western", "anti-américain". */
const STANCE_PREFIX = /(?:^|[^\p{L}])(?:anti|pro)[-‑]$/iu;
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;
/** A name hyphened to "based", "born" or "headquartered": where someone is, not a party ("a Paris-based group"). */
const WHERE_SUFFIX = /^[-‑](?:based|born|headquartered)(?![\p{L}])/iu;

/** The actor a gazetteer entry names in a document of that date. */
function actorOf(entry: GazetteerEntry, name: string, date: string | null): Actor {
  if (entry.roles) {
    const role = roleOn(entry.roles, date);
    return { name, mention: name, id: role.id, type: role.type, country: role.country, sector: role.sector };
  }
  return { name, mention: name, id: entry.id, type: entry.type, country: entry.country, sector: entry.sector };
}

/** A hyphen (or the en dash groupMentions also joins on) right before a word: the word ends a compound ("Canadian-US", "Canadian–US"). */
const HYPHEN_BEFORE = /^[-‑–]$/u;
/** Between a state's name and its agent: spaces, after a possessive ("Russia's foreign minister"). */
const AGENT_GAP = /^\s+$/u;
const POSSESSIVE_S = /^['’]$/u;

/**
 * Are the agent's words written from token `first`, joined by spaces or hyphens? A word the dictionary
 * abbreviates ("lt.") only as a title is written: capitalised, with its full stop ("Lt.").
 */
function agentSpelledAt(text: string, tokens: readonly Token[], agent: AgentEntry, first: number): boolean {
  const n = agent.tokens.length;
  if (first < 0 || first + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const t = tokens[first + k]!;
    if (t.text.toLowerCase() !== agent.tokens[k]) return false;
    if (k > 0 && !/^[\s-]+$/u.test(text.slice(tokens[first + k - 1]!.end, t.start))) return false;
    if (agent.abbreviated.includes(k) && (text[t.end] !== '.' || !/^\p{Lu}/u.test(t.text))) return false;
  }
  return true;
}

/** The longest agent whose words start at token `first` (joined by spaces or hyphens): its sector and last token. */
function agentAt(text: string, tokens: readonly Token[], first: number): { sector: string; last: number } | null {
  const token = tokens[first];
  if (!token) return null;
  for (const agent of AGENTS_BY_FIRST_TOKEN.get(token.text.toLowerCase()) ?? []) {
    if (agentSpelledAt(text, tokens, agent, first)) return { sector: agent.sector, last: first + agent.tokens.length - 1 };
  }
  return null;
}

/**
 * An agent right after a state's name ("Algerian troops"): its sector and the index of its last token.
 * Words that qualify the agent may stand between (qualifiedTitle), unless the name ends a hyphened
 * compound (`compound`: "the Canadian-US entertainment company" is one firm of two states, which
 * the longer phrase would split into a US firm and a Canadian party).
 */
function agentAfter(text: string, tokens: readonly Token[], next: number, nameEnd: number, compound = false): { sector: string; last: number } | null {
  let first = next;
  let from = nameEnd;
  // "Russia's": the "s" of the possessive is a token of its own.
  if (tokens[first]?.text === 's' && POSSESSIVE_S.test(text.slice(nameEnd, tokens[first]!.start))) {
    from = tokens[first]!.end;
    first += 1;
  }
  const token = tokens[first];
  if (!token || !AGENT_GAP.test(text.slice(from, token.start))) return null;
  // An agent right after the state comes first: two agents in a row are one compound ("opposition
  // lawmakers", compoundAgents), whose first word gives the sector.
  return agentAt(text, tokens, first) ?? (compound ? null : qualifiedTitle(text, tokens, first));
}

/** At most this many words may qualify a state's agent between the state and the agent ("Ghana's deputy finance minister"). */
const MAX_AGENT_QUALIFIERS = 2;
/** A word that may qualify an agent: lower case, letters and hyphens ("finance", "vice", "state-run"). */
const AGENT_QUALIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
/**
 * How wink-nlp may read a qualifying word: a noun or adjective, an adverb where it misreads an
 * adjective ("Sweden's new prime minister": "new" ADV), or a present participle used as an adjective
 * ("acting", "outgoing"); not a finite verb ("Russia's decision surprised negotiators").
 */
const QUALIFIER_READING = /^(?:NOUN|ADJ|ADV|VERB)$/u;
const PARTICIPLE = /ing$/u;

/** A monarch's titles (data/agents.json `monarchs`): a noun before one makes another figure of it ("a drag queen"), not the monarch. */
const MONARCH_TITLES: ReadonlySet<string> = new Set(handAgents.monarchs.words);

/**
 * Is the agent of tokens `first` to `last` a monarch's title right after a noun that modifies it ("drag
 * queen", "beauty queen", "drug king", as wink-nlp reads the word)? Then it names someone else than the
 * monarch, and no agent of the state's government.
 */
function anotherFigureThanMonarch(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const title = tokens
    .slice(first, last + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  if (!before || !MONARCH_TITLES.has(title) || !/^ $/u.test(text.slice(before.end, tokens[first]!.start))) return false;
  return lemmatise(text).some((w) => w.start === before.start && w.pos === 'NOUN');
}

/**
 * An agent after words that qualify it, right after a state's name: "Ghana's finance minister",
 * "Uganda's vice president", "the Iranian nuclear negotiators". News writes a portfolio or rank before
 * the title, an open class the dictionaries cannot list ("energy minister", "chief prosecutor"); the
 * agent is the noun phrase's head, and the words before it qualify it as wink-nlp reads them
 * (QUALIFIER_READING: "Israel's attack killed militants" has a verb between, no agent of Israel's). A title modifier
 * first ("Chile's former finance minister") gives its sector as it does before a bare title. A noun
 * before a monarch's title is no portfolio but another figure ("a Canadian drag queen"): no agent.
 */
function qualifiedTitle(text: string, tokens: readonly Token[], first: number): { sector: string; last: number } | null {
  for (let at = first + 1; at <= first + MAX_AGENT_QUALIFIERS && at < tokens.length; at++) {
    const qualifier = tokens[at - 1]!;
    if (!AGENT_QUALIFIER.test(qualifier.text) || !AGENT_GAP.test(text.slice(qualifier.end, tokens[at]!.start))) return null;
    const agent = agentAt(text, tokens, at);
    if (!agent) continue;
    const words = lemmatise(text);
    const qualifies = tokens
      .slice(first, at)
      .every((t) => words.some((w) => w.start === t.start && QUALIFIER_READING.test(w.pos) && (w.pos !== 'VERB' || PARTICIPLE.test(t.text))));
    if (!qualifies) return null;
    if (anotherFigureThanMonarch(text, tokens, at, agent.last)) return null;
    const modified = agent.sector === 'GOV' ? TITLE_MODIFIERS.get(tokens[first]!.text.toLowerCase()) : undefined;
    return { sector: modified ?? agent.sector, last: agent.last };
  }
  return null;
}

/** A French agent right before a lower-case adjective ("l'armée algérienne"): its sector and the index of its first token. */
function agentBefore(text: string, tokens: readonly Token[], at: number): { sector: string; first: number } | null {
  const previous = tokens[at - 1];
  if (!previous || !AGENT_GAP.test(text.slice(previous.end, tokens[at]!.start))) return null;
  for (const agent of AGENTS_BY_LAST_TOKEN.get(previous.text.toLowerCase()) ?? []) {
    const first = at - agent.tokens.length;
    if (agentSpelledAt(text, tokens, agent, first)) return { sector: agent.sector, first };
  }
  return null;
}

/**
 * A government title's modifier right before token `first` ("former", "exiled": TITLE_MODIFIERS, from
 * the agents dictionary): the sector it gives and its token, or null. Only for a GOV title, the kind the
 * modifiers were derived from ("former troops" is not said of an office).
 */
function modifierBefore(text: string, tokens: readonly Token[], first: number, sector: string): { sector: string; first: number } | null {
  const previous = tokens[first - 1];
  if (sector !== 'GOV' || !previous || !AGENT_GAP.test(text.slice(previous.end, tokens[first]!.start))) return null;
  const modified = TITLE_MODIFIERS.get(previous.text.toLowerCase());
  return modified ? { sector: modified, first: first - 1 } : null;
}

/**
 * Where a person's name may start, from its dictionary name at token `at` back over up to two given
 * names the dictionary leaves out ("Carlos Menem" for "Menem", "Mahinda Rajapaksa"): capitalised
 * words joined by a space that are no agent's word and no earlier mention's (which end by `from`).
 * Nearest first.
 */
function nameStarts(text: string, tokens: readonly Token[], at: number, from: number): number[] {
  const starts = [at];
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const t = tokens[k]!;
    if (t.start < from || !/^\p{Lu}/u.test(t.text) || AGENT_WORDS.has(t.text.toLowerCase()) || !AGENT_GAP.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    starts.push(k);
  }
  return starts;
}

/**
 * The title right before a person's name starting at token `name` ("former president Carlos Menem",
 * "Prime Minister Nawaz Sharif", "exiled leader X"): the longest agent of the dictionaries ending at
 * token name - 1, with a modifier before it, starting at or after `from` (outside earlier mentions).
 * Agents that make no party (PPL, CVL, a spokesman speaking for another) are no titles.
 */
function titleBefore(text: string, tokens: readonly Token[], name: number, from: number): { sector: string; first: number } | null {
  if (name === 0 || !AGENT_GAP.test(text.slice(tokens[name - 1]!.end, tokens[name]!.start))) return null;
  for (let first = Math.max(0, name - 4); first < name; first++) {
    if (tokens[first]!.start < from) continue;
    const agent = agentAt(text, tokens, first);
    if (!agent || agent.last !== name - 1 || NO_PARTY_SECTORS.has(agent.sector) || NO_PARTY_AGENTS.has(tokens[name - 1]!.text.toLowerCase())) continue;
    const modifier = modifierBefore(text, tokens, first, agent.sector);
    return modifier && tokens[modifier.first]!.start >= from ? modifier : { sector: agent.sector, first };
  }
  return null;
}

/**
 * An office holder's name with its title before it, as one mention: the first token and the actor's
 * sector and state (null: the person's own), or null without a title. The title is a state's with
 * its agent, already a mention (`previous`: "Uruguayan President Tabare Vazquez"); an agent of the
 * dictionaries ("former president Carlos Menem"); or the dictionary's name itself opens with a title
 * and a modifier stands before it ("ousted President Mohamed Morsi").
 */
function titledPerson(
  text: string,
  tokens: readonly Token[],
  at: number,
  n: number,
  previous: Mention | undefined,
): { first: number; sector: string; state: Actor | null; replaces: boolean } | null {
  const from = previous?.end ?? 0;
  for (const name of nameStarts(text, tokens, at, from)) {
    const before = tokens[name - 1];
    if (previous?.bare && previous.actor?.sector && before && previous.end === before.end && AGENT_GAP.test(text.slice(before.end, tokens[name]!.start))) {
      const first = tokens.findIndex((t) => t.start === previous.start);
      return { first: first < 0 ? name : first, sector: previous.actor.sector, state: previous.actor, replaces: true };
    }
    const title = titleBefore(text, tokens, name, from);
    if (title) return { ...title, state: null, replaces: false };
  }
  const own = agentAt(text, tokens, at);
  const modifier = own && own.last < at + n - 1 ? modifierBefore(text, tokens, at, own.sector) : null;
  return modifier && tokens[modifier.first]!.start >= from ? { ...modifier, state: null, replaces: false } : null;
}

/**
 * The Arabic article, in the transliterations news copy uses (al, el, the sun-letter assimilations ad,
 * ar, as, ash, at, az, an, and ul, ud, ur, us, ut after a vowel), hyphened to a name's next word
 * ("al-Burhan", "el-Sisi", "ad-Din", "Zia-ul-Haq"). Other short prefixes ("ex-", "pro-") start no name.
 */
const NAME_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ur|us|ut)$/u;

/**
 * Is token `next`, right after a person's name ending at `end`, more of another person's name? A
 * capitalised word, or an article hyphened to one ("Abdel Fattah al-Burhan" is not the "Abdel Fattah"
 * the dictionary shortens al-Sisi to), that is no agent's or organisation's word and starts no known
 * name: the longest match has already taken the same person's longer names.
 */
function someoneElse(text: string, tokens: readonly Token[], words: readonly string[], next: number, end: number): boolean {
  let at = next;
  const article = tokens[at];
  if (article && NAME_ARTICLE.test(article.text) && text[article.end] === '-' && tokens[at + 1]?.start === article.end + 1) at += 1;
  const token = tokens[at];
  if (!token || !/^\p{Lu}\p{Ll}/u.test(token.text) || !/^[ -]$/u.test(text.slice(at === next ? end : article!.end, token.start))) return false;
  // One space from the name, with or without an article: a comma or full stop between ("Sisi,
  // al-Burhan and …", "… Sisi. al-Burhan said") ends the name (tokens are words only).
  if (text.slice(end, tokens[next]!.start) !== ' ') return false;
  const lower = token.text.toLowerCase();
  return !AGENT_WORDS.has(lower) && !ORGANIZATION_WORDS.has(lower) && candidatesAt(words, at).length === 0;
}

/**
 * Do capitalised words go on from the name at tokens first..next-1 (one space apart, up to three,
 * the last an organisation's head word: "Council") to initials in brackets that spell the whole run
 * ("National Resistance Council (NRC)")? Connectors ("of", "for", "the", "and") give no letter.
 */
function continuesName(text: string, tokens: readonly Token[], first: number, next: number): boolean {
  let last = next - 1;
  while (last + 1 < tokens.length && last + 1 < next + 3) {
    const token = tokens[last + 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(token.text) || !/^ $/u.test(text.slice(tokens[last]!.end, token.start))) break;
    last += 1;
  }
  if (last < next || !ORGANIZATION_WORDS.has(tokens[last]!.text.toLowerCase())) return false;
  const gloss = ACRONYM_GLOSS.exec(text.slice(tokens[last]!.end));
  if (!gloss) return false;
  // "The United Nations Association (UNA)": an article the known name opens with gives no letter either.
  const initials = tokens
    .slice(first, last + 1)
    .filter((t) => !NAME_CONNECTOR.test(t.text.toLowerCase()))
    .map((t) => t.text[0]!.toUpperCase())
    .join('');
  return initials === gloss[1];
}

/** Whether a name's tokens are written at token `first`, its words joined only by spaces, dots, apostrophes or hyphens. */
function spelledAt(nameTokens: readonly string[], text: string, tokens: readonly Token[], first: number): boolean {
  if (first + nameTokens.length > tokens.length) return false;
  for (let k = 0; k < nameTokens.length; k++) {
    if (!tokenMatches(nameTokens[k]!, tokens[first + k]!.text)) return false;
    if (k > 0 && !INNER_GAP.test(text.slice(tokens[first + k - 1]!.end, tokens[first + k]!.start))) return false;
  }
  return true;
}

/** A surname as findNamedMentions and withAcronyms record it: a capital and three or more lower-case letters. */
const SURNAME = /^\p{Lu}\p{Ll}{3,}$/u;

/** Named actors, left to right, each the longest gazetteer name starting at its first word. */
export function findNamedMentions(text: string, date: string | null = null): Mention[] {
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.text);
  const mentions: Mention[] = [];
  /** The actors named by a name two states share ("Congo"), with those states' dated roles. */
  const shared = new Map<Actor, readonly Role[]>();
  for (let i = 0; i < tokens.length; ) {
    const candidates = candidatesAt(words, i);
    let matched = 0;
    if (candidates.length > 0) {
      for (const entry of candidates) {
        const n = entry.tokens.length;
        if (!spelledAt(entry.tokens, text, tokens, i)) continue;
        const last = tokens[i + n - 1]!;
        let end = last.end;
        if (entry.combining && text[end] !== '-') continue;
        // Keep the full stop of an initialism ("U.S.") in the name as written.
        if (/^\p{Lu}$/u.test(last.text) && text[end] === '.') end += 1;
        // "US $50", "A$ 3bn": a state's name or code before a dollar sign labels a currency.
        if (entry.type === 'country' && CURRENCY_AFTER.test(text.slice(end, end + 2))) {
          matched = n;
          break;
        }
        // "anti-Syria", "pro-Russian": the name qualifies someone's stance towards the state; whoever
        // holds it ("an anti-Syria journalist") is not that state's.
        if (STANCE_PREFIX.test(text.slice(Math.max(0, tokens[i]!.start - 5), tokens[i]!.start))) {
          matched = n;
          break;
        }
        // "a Paris-based watchdog", "the Iranian-born journalist", "a Doha-headquartered broadcaster":
        // the name says where someone is based or comes from, not who acts; the watchdog is not France.
        if (WHERE_SUFFIX.test(text.slice(end, end + 20))) {
          matched = n;
          break;
        }
        // "the Congo River", "the Niger Delta", "the Gulf of Guinea", "le fleuve Congo": the state's name
        // is part of a landform's, which is a place (data/countries.json landforms), not the state. Only
        // the state's own name, written out, forms one: a demonym or initials qualify the noun the
        // word after starts ("US Delta Force", "Iraqi River Police"), and the words before the name are
        // matched as the data writes them ("a sea of Israel flags" names no sea).
        if (
          entry.type === 'country' &&
          !entry.roles &&
          !entry.demonym &&
          !entry.tokens.every(isUpper) &&
          (LANDFORM_AFTER.test(text.slice(end, end + 12)) || LANDFORM_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 20), tokens[i]!.start)))
        ) {
          matched = n;
          break;
        }
        // "the Black Sea": an office holder's one-word name (Eugene Black's "Black") that a landform's word
        // follows opens a sea's or a river's name, a place; no one acts there by that name.
        if (entry.roles && n === 1 && ONE_WORD_NAME_LANDFORM_AFTER.test(text.slice(end, end + 12))) {
          matched = n;
          break;
        }
        // "Casey Conaway", "Abdel Fattah al-Burhan": an office holder's name followed by a capitalised
        // word (or an article hyphened to one) that is no name, agent or organisation word is part of
        // someone else's name.
        if (entry.roles && someoneElse(text, tokens, words, i + n, end)) {
          matched = n;
          break;
        }
        // "Casey" in 2017: a surname alone whose holder had no role on the document's date (all ended
        // or not begun, none undated) is, as PETRARCH's dated codes read it, no actor then; a
        // one-word name is also the likeliest to be someone else's. A full name keeps its latest role.
        if (entry.roles && n === 1 && date && !roleHeldOn(entry.roles, date)) {
          matched = n;
          break;
        }
        // "The National Resistance Council (NRC)": a known organisation's name ("National Resistance")
        // that capitalised words continue, the run glossed by initials that spell all of it, is only
        // the start of an unknown name the text defines; the unknown group is found by its grammar
        // (withNamedGroups). Without such initials the known name holds: "the Islamic Jihad Movement",
        // "the African Union Commission" say more of the same actor more often than they name another.
        // A known longer name ("Abu Sayyaf Group") wins as the longest match before this.
        if (!entry.roles && entry.type !== 'country' && entry.type !== 'region' && continuesName(text, tokens, i, i + n)) {
          matched = n;
          break;
        }
        const nameEnd = end;
        const name = text.slice(tokens[i]!.start, end);
        const actor = actorOf(entry, name, date);
        matched = n;
        const sharedBy = !entry.roles && n === 1 ? SHARED_NAME_ROLES.get(entry.tokens[0]!) : undefined;
        if (sharedBy) shared.set(actor, sharedBy);
        // "Augusto Pinochet Ugarte" … "Pinochet": a full name's later words (surnames, four letters or
        // more) may name the person alone in the rest of the document (withDefinedNames).
        const surnames =
          entry.roles && n > 1
            ? tokens
                .slice(i + 1, i + n)
                .map((t) => t.text)
                .filter((w) => SURNAME.test(w))
            : [];
        const named = surnames.length > 0 ? { surnames } : {};
        // A title before an office holder's name is what the text says they are now, whatever their
        // dated roles say: "former president Carlos Menem" is an elite (ELI), "Prime Minister X" the
        // government, "exiled leader X" the opposition. The title and the name are one mention, one
        // party: the state is the person's, or the one written with the title ("Uruguayan President
        // Tabare Vazquez"), which the text states outright.
        if (entry.roles && actor.type === 'country') {
          const titled = titledPerson(text, tokens, i, n, mentions.at(-1));
          if (titled) {
            const start = tokens[titled.first]!.start;
            const phrase = text.slice(start, end);
            if (titled.replaces) mentions.pop();
            // "Congo's President Denis Sassou Nguesso": a shared name written with the title is the
            // state among those it names that the person holds office in; else resolved later.
            const sharedState = titled.state ? shared.get(titled.state) : undefined;
            const state = sharedState?.some((r) => r.id === actor.id) ? actor : titled.state;
            const titledActor = { ...(state ?? actor), name: phrase, mention: phrase, sector: titled.sector };
            if (sharedState && state !== actor) shared.set(titledActor, sharedState);
            mentions.push({
              start,
              end,
              nameEnd: end,
              text: phrase,
              actor: titledActor,
              anaphor: null,
              resolved: [],
              possessive: POSSESSIVE_AFTER.test(text.slice(end)),
              ...named,
            });
            break;
          }
        }
        // A state named as a whole may be narrowed by an agent: "Algerian troops" → DZA, MIL; in
        // French the agent comes first and the state is an adjective: "l'armée algérienne".
        let start = tokens[i]!.start;
        let bare: Actor | undefined;
        if (actor.type === 'country' && !entry.roles && !entry.combining) {
          const after = agentAfter(text, tokens, i + n, end, HYPHEN_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 1), tokens[i]!.start)));
          const before = after || !/^\p{Ll}/u.test(tokens[i]!.text) ? null : agentBefore(text, tokens, i);
          if (after) {
            bare = { ...actor };
            end = tokens[after.last]!.end;
            matched = after.last + 1 - i;
            // "Former Chilean President", "exiled Iraqi leaders": the modifier before the state's
            // name qualifies the title after it (TITLE_MODIFIERS).
            const modifier = modifierBefore(text, tokens, i, after.sector);
            if (modifier && !mentions.some((m) => m.end > tokens[modifier.first]!.start)) {
              start = tokens[modifier.first]!.start;
              after.sector = modifier.sector;
            }
          } else if (before && !mentions.some((m) => m.end > tokens[before.first]!.start)) {
            start = tokens[before.first]!.start;
          }
          if (after || (before && start < tokens[i]!.start)) {
            const phrase = text.slice(start, end);
            Object.assign(actor, { name: phrase, mention: phrase, sector: (after ?? before)!.sector });
          }
        }
        mentions.push({
          start,
          end,
          nameEnd,
          ...(bare ? { bare } : {}),
          ...(entry.roles ? { person: true, ...named } : {}),
          ...(entry.capital && !bare ? { capital: true } : {}),
          text: text.slice(start, end),
          actor,
          anaphor: null,
          resolved: [],
          possessive: POSSESSIVE_AFTER.test(text.slice(end)),
        });
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  if (shared.size > 0) resolveSharedNames(text, tokens, mentions, shared, date);
  // "Western Cambodia", "Southern Sudan": a one-word region or bloc right before a state's name is an
  // adjective of that state's land, not an actor of its own.
  const named = mentions.filter((m, k) => {
    const next = mentions[k + 1];
    return !(
      next?.actor?.type === 'country' &&
      (m.actor?.type === 'region' || m.actor?.type === 'group') &&
      !/\s/u.test(m.text) &&
      /^ $/u.test(text.slice(m.end, next.start))
    );
  });
  return withSharedHeads(text, peoplesOfPeoples(text, organsOfOwners(text, tokens, named)));
}

/** Names two states share ("Congo", "Congolese"), by the name as the data writes it: the states with the dates each bore it alone. */
const SHARED_NAME_ROLES: ReadonlyMap<string, readonly Role[]> = new Map(
  SHARED_NAMES.flatMap((shared) => {
    const roles: Role[] = shared.states.map((s) => ({ id: s.id, type: 'country', country: s.id, sector: null, from: s.from, to: s.to }));
    return shared.names.map((name): [string, readonly Role[]] => [name, roles]);
  }),
);

/**
 * "Congo" is two states. A sentence that names one of them otherwise, by a name, a person or a place
 * of its own ("near Goma", "Congo's President Denis Sassou Nguesso", "Brazzaville"), says which; else
 * the state that bore the name alone on the document's date (`roleOn`: Congo-Brazzaville while the
 * other was Zaire), else the latest. The shared name's actors (and their bare state) take that state.
 */
function resolveSharedNames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  shared: ReadonlyMap<Actor, readonly Role[]>,
  date: string | null,
) {
  // A state the name may be named otherwise in full ("Democratic Republic of Congo and Congo signed
  // a pact", "Congo-Brazzaville and Congo") points to neither: the bare name may be that state again or
  // the other one. Its capital, its people in office and its places do point.
  const sharing = new Set([...shared.values()].flatMap((roles) => roles.map((r) => r.id)));
  const others = mentions.filter((m) => m.actor && !shared.has(m.actor) && !(m.actor.type === 'country' && !m.person && !m.capital && sharing.has(m.actor.id)));
  const pointed = new Set<string>([...others.map((m) => m.actor!.country ?? m.actor!.id), ...findPlaces(text, tokens, mentions).map((p) => p.country)]);
  for (const m of mentions) {
    const roles = m.actor ? shared.get(m.actor) : undefined;
    if (!roles) continue;
    const named = [...new Set(roles.map((r) => r.id))].filter((id) => pointed.has(id));
    const id = named.length === 1 ? named[0]! : roleOn(roles, date).id;
    for (const actor of [m.actor!, m.bare]) if (actor) Object.assign(actor, { id, country: id });
  }
}

/** Lower-case words inside one body's name: "Peace and Security Council", "Office for Democratic Institutions". */
const ORGAN_NAME_CONNECTOR = /^(?:and|of|for)$/u;
/** Between an owner's name and its organ's: a space, or a possessive ("the African Union's"). */
const OWNER_GAP = /^(?:['’]s?)?\s+$/u;

/**
 * "The African Union's Peace and Security Council", "the AU Peace and Security Council": a known body's
 * name ("Security Council") that is only the tail of a longer capitalised name, right after an
 * organisation or a state that owns it, names an organ of that owner, not the body the dictionaries
 * know by the tail. An organisation's organ is the organisation (one party, its mention taking in the
 * organ's words); a state's ("Kenya's National Security Council") leaves the state to stand for it.
 * The capitalised words between (a sentence's first word never counts: it is capitalised for opening
 * it) must name no actor themselves. With `grammarGroups` (after withNamedGroups), a body found by the
 * grammar of its name right after an organisation is its organ too ("the OSCE's Permanent Council").
 */
function organsOfOwners(text: string, tokens: readonly Token[], named: Mention[], grammarGroups = false): Mention[] {
  if (!named.some((m) => m.actor?.type === 'organization' || m.actor?.type === 'group')) return named;
  const kept: Mention[] = [];
  for (const m of named) {
    const owner = kept.at(-1);
    if (!owner?.actor || m.person || (m.actor?.type !== 'organization' && m.actor?.type !== 'group') || owner.person) {
      kept.push(m);
      continue;
    }
    // The words between the owner's name and the known tail: capitalised name words and connectors only.
    const ownerEnd = owner.end + (POSSESSIVE_AFTER.exec(text.slice(owner.end))?.[0].length ?? 0);
    const first = tokens.findIndex((t) => t.start >= ownerEnd);
    const at = tokens.findIndex((t) => t.start === m.start);
    const between = tokens.slice(first, at);
    // A body the grammar of its name found ("the EU's Foreign Affairs Council", a group)
    // right after an organisation is that organisation's organ with no words between.
    const grammarOrgan =
      grammarGroups && at === first && owner.actor.type === 'organization' && m.actor.type === 'group' && OWNER_GAP.test(text.slice(owner.end, m.start));
    const isOrgan =
      grammarOrgan ||
      (first >= 0 &&
        at > first &&
        between.every((t, k) => (/^\p{Lu}/u.test(t.text) || (k > 0 && ORGAN_NAME_CONNECTOR.test(t.text))) && !opensSentence(text, tokens, first + k)) &&
        OWNER_GAP.test(text.slice(owner.end, between[0]!.start)) &&
        between.every((t, k) => k === 0 || NAME_GAP.test(text.slice(between[k - 1]!.end, t.start))) &&
        /^\s+$/u.test(text.slice(between.at(-1)!.end, m.start)));
    if (!isOrgan) {
      kept.push(m);
      continue;
    }
    if (owner.actor.type === 'country') continue;
    const phrase = text.slice(owner.start, m.end);
    kept[kept.length - 1] = {
      ...owner,
      end: m.end,
      nameEnd: m.end,
      text: phrase,
      actor: { ...owner.actor, name: phrase, mention: phrase },
      possessive: m.possessive,
    };
  }
  return kept;
}

/** Between coordinated adjectives of states: "Indian and Pakistani", "Indian, Pakistani and Chinese". */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or)\s+$/u;
/** A comma inside such a list: it joins only an adjective that itself shares the head through "and"/"or". */
const LIST_COMMA = /^\s*,\s*$/u;

/** A state's name alone: no agent, person, possessive or capital of its own. */
const bareState = (m: Mention): boolean => m.actor?.type === 'country' && !m.actor.sector && !m.person && !m.possessive && !m.capital && m.bare === undefined;

/**
 * English demonyms of states (world-countries, which the gazetteer is built from): only a people's
 * adjective shares a head ("Indian and Pakistani troops"); a state's own name does not ("Turkey and
 * Syrian rebels" is Turkey and the rebels). Loaded on first use (require caches it).
 */
let stateAdjectives: ReadonlySet<string> | undefined;
const isStateAdjective = (word: string): boolean => {
  stateAdjectives ??= new Set(
    (createRequire(import.meta.url)('world-countries/countries.json') as Array<{ demonyms?: { eng?: { m?: string; f?: string } } }>).flatMap((c) =>
      [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((form): form is string => Boolean(form)),
    ),
  );
  return stateAdjectives.has(word);
};

/**
 * "Indian and Pakistani troops": adjectives of states coordinated before one agent share its head,
 * so each state is that agent's (IND/MIL and PAK/MIL), not the first a bare state beside it. Read
 * right to left, so a list passes the head down to its first adjective; a bare comma joins only an
 * adjective already sharing it ("Indian, Pakistani and Chinese"), never a clause ("After talks with
 * Russia, Ukrainian officials").
 */
function withSharedHeads(text: string, mentions: Mention[]): Mention[] {
  const shared = [...mentions];
  const sharing = new Set<number>();
  for (let k = shared.length - 2; k >= 0; k -= 1) {
    const m = shared[k]!;
    const next = shared[k + 1]!;
    const sector = next.actor?.sector;
    if (!bareState(m) || !isStateAdjective(m.text) || next.bare === undefined || next.actor?.type !== 'country' || !sector) continue;
    const between = text.slice(m.end, next.start);
    if (!COORDINATION.test(between) && !(LIST_COMMA.test(between) && sharing.has(k + 1))) continue;
    shared[k] = { ...m, bare: m.actor!, actor: { ...m.actor!, sector } };
    sharing.add(k);
  }
  return shared;
}

/**
 * "Greek Cypriots", "Turkish Cypriots": a state's adjective right before a people's plural names which
 * of that people, one party with the people's state (CYP civilians), not a second party of the
 * adjective's state.
 */
function peoplesOfPeoples(text: string, mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const previous = kept.at(-1);
    if (
      previous &&
      bareState(previous) &&
      m.actor?.type === 'country' &&
      m.actor.sector === 'CVL' &&
      m.bare === undefined &&
      !m.person &&
      /^ $/u.test(text.slice(previous.end, m.start))
    ) {
      const phrase = text.slice(previous.start, m.end);
      kept[kept.length - 1] = { ...m, start: previous.start, text: phrase, actor: { ...m.actor, name: phrase, mention: phrase } };
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * "Lebanese Hezbollah", "the Afghan Taliban", "Iraqi Kurdish fighters": a state's adjective right before
 * an armed or political group's name says whose the group is, one party of that state (PLOVER codes
 * such a group by its state, LBN REB), not a second party of the state beside it (which would make
 * "Lebanon attacked Israel" of "Lebanese Hezbollah fighters fired missiles into Israel"). Only an
 * adjective (a demonym): a state's own name before a group's is a pair ("Israel Hamas talks").
 * A group the data places in another state is the adjective's only as a branch named by its
 * armed men ("Pakistani Taliban militants"); before anything else the adjective is a second party
 * ("Israeli Hezbollah clashes", "Israeli Hamas talks", "Iranian Hezbollah commanders met …",
 * "American Hamas sympathisers").
 */
function groupsOfStates(text: string, mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of mentions) {
    const previous = kept.at(-1);
    if (previous && bareState(previous) && isStateAdjective(previous.text) && m.actor?.type === 'group' && /^ $/u.test(text.slice(previous.end, m.start))) {
      const country = previous.actor!.country ?? previous.actor!.id;
      if (m.actor.country && m.actor.country !== country && !namedByArmedMen(text, m)) {
        kept.push(m);
        continue;
      }
      const phrase = text.slice(previous.start, m.end);
      kept[kept.length - 1] = { ...m, start: previous.start, text: phrase, actor: { ...m.actor, country, mention: phrase } };
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * Does a group's mention end with, or go on to, a word for armed men of no state's forces ("Taliban
 * militants", "Houthi rebels", "Kurdish fighters": the agents dictionary's CRM, REB, UAF nouns)? Then
 * it names the group's members, not an event ("clashes", "talks") or other people ("commanders",
 * "sympathisers") beside them.
 */
function namedByArmedMen(text: string, group: Mention): boolean {
  const last = wordTokens(group.text).at(-1);
  const next = wordTokens(text.slice(group.end).match(/^\s+\S+/u)?.[0] ?? '')[0];
  const irregular = (word: string | undefined) =>
    word !== undefined &&
    (AGENTS_BY_FIRST_TOKEN.get(word.toLowerCase()) ?? []).some((agent) => agent.tokens.length === 1 && IRREGULAR_SECTORS.has(agent.sector));
  return irregular(last) || irregular(next);
}

/** "from", "of" right before a name: where someone comes from or lives ("fishermen from Manila"). */
const FROM_PLACE = /(?<![\p{L}])(?:from|of)\s+$/iu;

/** Words that may stand between a capital and its verb: "Moscow on Monday said", "Beijing has also warned". */
const TIME_PREPOSITION = /^(?:on|last|this|late|early)$/iu;

/**
 * Does the capital act in its sentence? Possessive ("Beijing's decision"), or the subject of the next
 * verb: a verb or auxiliary right after it, after adverbs, a day ("on Monday") or another name it is
 * coordinated with ("Washington and Moscow agreed").
 */
function capitalActs(text: string, mention: Mention, named: readonly Mention[]): boolean {
  if (mention.possessive) return true;
  // "Police in Cairo broke up …": after a locative it is where the subject acts; "fishermen from
  // Manila said …", "residents of Kabul": after "from" or "of" it is where someone comes from.
  if (namedAsPlace(text, mention) || FROM_PLACE.test(text.slice(Math.max(0, mention.start - 6), mention.start))) return false;
  const words = lemmatise(text);
  let k = words.findIndex((w) => w.start >= mention.end);
  for (let steps = 0; k >= 0 && k < words.length && steps < 6; steps++) {
    const w = words[k]!;
    if (w.pos === 'VERB' || w.pos === 'AUX') return true;
    if (w.pos === 'ADV') k += 1;
    else if (TIME_PREPOSITION.test(w.value) && /^(?:PROPN|NOUN)$/u.test(words[k + 1]?.pos ?? '')) k += 2;
    else if (/^(?:and|,)$/u.test(w.value)) {
      const next = named.find((m) => m.start >= w.end && /^\s*$/u.test(text.slice(w.end, m.start)));
      if (!next) return false;
      k = words.findIndex((x) => x.start >= next.end);
    } else return false;
  }
  return false;
}

/**
 * A capital stands for its government when it acts ("Moscow said", "Beijing's response"): PLOVER codes
 * that as the state's GOV. Elsewhere it is the place, the state as a whole: "farmers would blockade
 * Paris", "power lines leading into Kabul" are about the city and its people, not its government, and
 * coding them GOV would set them apart from the state's own forces as another party. English grammar
 * (wink-nlp's parts of speech) decides; other languages keep the capital as the government.
 */
function capitalsAsPlaces(text: string, named: Mention[]): Mention[] {
  if (!named.some((m) => m.capital)) return named;
  return named.map((m) => {
    if (!m.capital || !m.actor || capitalActs(text, m, named)) return m;
    return { ...m, actor: { ...m.actor, sector: null } };
  });
}

/** English words, from the English pack's data (en.json, read directly: these rules are English only), as one case-blind alternation. */
const alternationOf = (words: readonly string[]) => words.map(escapeRegex).join('|');
/** Words as the data writes them, and with their first letter in the other `cases` too ("Golfe de Guinée" opening a title). */
const writtenAs = (words: readonly string[], cases: ReadonlyArray<(letter: string) => string>) =>
  alternationOf([...new Set(words.flatMap((w) => [w, ...cases.map((toCase) => toCase(w[0]!) + w.slice(1))]))]);
const toUpper = (letter: string) => letter.toUpperCase();
const toLower = (letter: string) => letter.toLowerCase();
/** A landform's word right after a state's name, capitalised or not: "the Congo River", "the Niger delta". */
const LANDFORM_AFTER = new RegExp(`^\\s+(?:${writtenAs(countryAdditions.landforms.after, [toUpper, toLower])})(?![\\p{L}])`, 'u');
/** A landform's word after a one-word name of an office holder: "the Black Sea", "Black River" (capitalised, as names write it). */
const ONE_WORD_NAME_LANDFORM_AFTER = new RegExp(`^\\s+(?:${writtenAs(countryAdditions.landforms.after_one_word_names, [toUpper])})(?![\\p{L}])`, 'u');
/**
 * A landform's words right before a state's name, an article between: "the Gulf of Guinea", "le golfe
 * de Guinée", "le fleuve Congo". As the data writes them or capitalised, never otherwise: "Sea of"
 * names a sea, "a sea of" a crowd ("a sea of Israel flags").
 */
const LANDFORM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${writtenAs(countryAdditions.landforms.before, [toUpper])})\\s+(?:the\\s+|l[ae]\\s+|l['’])?$`, 'u');
/** "in the", "inside the", "within the" ending a stretch of text: a locative that encloses what follows. */
const ENCLOSED_BY = new RegExp(`(?<![\\p{L}])(?:${alternationOf(englishCues.enclosing_locatives)})\\s+the\\s+$`, 'iu');

/**
 * A state's body named as a whole after an enclosing locative ("clashed over the budget in the Kenyan
 * parliament", "a fire inside the Iraqi foreign ministry") is where things happen, as a capital after
 * "in" is: the state without a sector, which the claims stage then reads as a place. Only a singular
 * agent (a body, not people: "in the Kenyan police" is rare, "arrested in the Syrian army's custody"
 * says where); English grammar decides the number.
 */
function bodiesAsPlaces(text: string, named: Mention[]): Mention[] {
  if (!named.some((m) => m.bare)) return named;
  return named.map((m) => {
    if (!m.bare || m.actor?.type !== 'country' || !ENCLOSED_BY.test(text.slice(Math.max(0, m.start - 20), m.start))) return m;
    const head = lemmatise(text).find((w) => w.end === m.end);
    if (head?.pos !== 'NOUN' || head.lemma !== head.value.toLowerCase()) return m;
    const { bare, ...rest } = m;
    return { ...rest, actor: { ...bare, name: m.text, mention: m.text } };
  });
}

/** Words for a part of a land between a locative and a place's name ("in northern Ghana"; data/agents.json `place_modifiers`), up to two. */
const PLACE_MODIFIERS = `(?:(?:${alternationOf(handAgents.place_modifiers.words)})\\s+){0,2}`;
/** The place modifiers ending a stretch of text before a name. */
const MODIFIERS_AT_END = new RegExp(`(?<![\\p{L}-])${PLACE_MODIFIERS}$`, 'iu');

/** Is the mention right after an English locative ("in", "near the", "in northern")? Then it names where things happen. */
function namedAsPlace(text: string, mention: { start: number }): boolean {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  return packsFor('en')[0]!.locativeBefore.test(before.replace(MODIFIERS_AT_END, ''));
}

/**
 * Sectors an agent noun alone does not make a party of the sentence's state: PETRARCH's PPL is anyone
 * ("man", "men"), and civilians ("people", "residents") belong to where they are, which is often not the
 * state the sentence names ("a camp … was attacked by Burundian militiamen, killing 156 people"). A
 * spokesman or lawyer speaks for someone else (the party is whom they speak for). French agents
 * (french-agents.ts) follow the same list.
 */
export const NO_PARTY_SECTORS: ReadonlySet<string> = new Set(['PPL', 'CVL']);
const NO_PARTY_AGENTS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers']);
/** Civilians who act as a crowd ("protesters"): civilians by sector, yet a party of the sentence's state where nothing places them (data/agents.json acting_civilians). */
export const ACTING_CIVILIANS: ReadonlySet<string> = new Set([...handAgents.acting_civilians.words, ...handAgents.acting_civilians.words_fr]);

/** Words that bind an agent noun to someone other than the sentence's state ("his lawyer", "a UN team's observers"). */
const POSSESSIVE_DETERMINER = /^(?:his|her|their|its|whose)$/iu;

/**
 * Is the agent's last word the head of its noun phrase? A noun ("police will", "the rebels said"), not
 * an adjective or a noun modifying the next one ("military equipment", "police station", "naval").
 */
function headNoun(text: string, last: Token): boolean {
  const words = lemmatise(text);
  const k = words.findIndex((w) => w.start === last.start);
  if (k < 0 || (words[k]!.pos !== 'NOUN' && words[k]!.pos !== 'PROPN')) return false;
  const next = words[k + 1];
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN') || /^\p{Lu}/u.test(next.value) !== /^\p{Lu}/u.test(last.text);
}

/** "supporters of (the)", "followers of": a people's word for those who back someone, before whom they back. */
const FOLLOWERS_OF = new RegExp(`(?<![\\p{L}])(?:${alternationOf(englishCues.followers)})\\s+of\\s+(?:the\\s+)?$`, 'iu');
/** "Morsi supporters", "the president's loyalists": the word after whom they back. */
const FOLLOWERS_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:${alternationOf(englishCues.followers)})(?![\\p{L}])`, 'iu');

/**
 * Those who back a state's person or body ("supporters of Imran Khan", "Morsi supporters", "followers
 * of the cleric …") are not that person, nor the government they may lead: one party, the state's
 * civilians (CVL) backing a government, army or office holder; for someone outside the state's organs
 * (the opposition, rebels) the same side, their sector. A group or organisation keeps its backers as
 * its own (PLOVER codes Hamas supporters as Hamas's side). The mention takes in the backers' word.
 */
function withFollowers(text: string, named: Mention[]): Mention[] {
  return named.map((m) => {
    if (m.actor?.type !== 'country' || !m.actor.sector) return m;
    const before = FOLLOWERS_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = before ? null : FOLLOWERS_AFTER.exec(text.slice(m.end));
    if (!before && !after) return m;
    const start = before ? m.start - before[0].length : m.start;
    const end = after ? m.end + after[0].length : m.end;
    const phrase = text.slice(start, end);
    const sector = STATE_SECTORS.has(m.actor.sector) || m.actor.sector === 'ELI' ? 'CVL' : m.actor.sector;
    const { person, surnames, bare, ...rest } = m;
    return { ...rest, start, end, nameEnd: end, text: phrase, actor: { ...m.actor, name: phrase, mention: phrase, sector } };
  });
}

/**
 * Agents named without their state ("police", "the rebels", "Judge Alejandro Rivera", "Militants loyal
 * to …") are the state's that the sentence names as an owner of parts or people, as PLOVER's coders read
 * them: the agent gives the sector, the one state the sentence names the country ("Cairo's security
 * chief has warned that police will …" → EGY/COP). With no state or with several, the agent's state is
 * not known and it names no actor. An agent right after an unknown capitalised word belongs to that
 * unknown name ("the Kifaya group"), not to the state; one bound by a possessive belongs to its owner.
 * The agents are English words: `grammar` (an English sentence) checks with wink-nlp's parts of speech
 * that each is a noun heading its phrase; without it (a line checked for two actors before it is cut
 * into sentences) every candidate counts.
 */
export function withContextAgents(text: string, mentions: Mention[], grammar: boolean, acronyms?: Acronyms): Mention[] {
  return groupsOfStates(text, withAgentsOfNamedStates(text, mentions, grammar, acronyms));
}

/** The work of withContextAgents before groups take their state's adjective: agents given their state, groups and bodies found. */
function withAgentsOfNamedStates(text: string, mentions: Mention[], grammar: boolean, acronyms?: Acronyms): Mention[] {
  const grouped = organsOfOwners(
    text,
    tokenize(text),
    withNamedGroups(text, grammar ? bodiesAsPlaces(text, capitalsAsPlaces(text, mentions)) : mentions, grammar),
    true,
  );
  const named = acronyms ? withAcronyms(text, grouped, acronyms, grammar) : grouped;
  const tokens = tokenize(text);
  const places = findPlaces(text, tokens, named);
  const state = placingState(text, named, places);
  const actedIn = state === null ? stateActedIn(text, named, places, grammar) : null;
  // Without a placing state an agent may still be placed by a place or state named right at it
  // ("Mombasa police", "police in Mosul"), or be a group of its own ("Zomi fighters"); in English only.
  if (state === null && actedIn === null && (!grammar || !tokens.some((_, i) => placedOrQualified(text, tokens, i, named, places))))
    return withFollowers(text, named);
  const agents: Mention[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    while (m < named.length && named[m]!.end <= token.start) m += 1;
    if (m < named.length && named[m]!.start <= token.start) {
      i += 1;
      continue;
    }
    const agent = agentAt(text, tokens, i);
    const previous = tokens[i - 1];
    const sentenceStart = opensSentence(text, tokens, i);
    const capitalised = /^\p{Lu}/u.test(token.text);
    // A capitalised word right before the agent: a place ("Mombasa police"), a proper noun naming whose
    // the agent is ("Tuareg separatists"), or some other name's word, which the agent belongs to.
    const qualifier =
      agent && previous && !sentenceStart && /^\p{Lu}/u.test(previous.text) && !named.some((n) => n.end === previous.end)
        ? qualifierBefore(text, tokens, i, places, grammar)
        : null;
    // Civilians placed by the words right at them ("residents of Kabul", "Gaza villagers") are that
    // place's people: PLOVER codes them as the state's civilians (CVL), a party apart from its
    // government or forces. Unplaced, they stay no party (see NO_PARTY_SECTORS).
    const civilians = agent !== null && agent.sector === 'CVL' ? civiliansPlace(text, tokens, i, agent.last, named, places, qualifier, previous) : null;
    // "Abu Sayyaf Group rebels", "UN peacekeepers", "Arab League foreign ministers", "European envoys": an
    // agent right after an organisation's, a group's or a region's name (lower-case qualifiers at most
    // between) is that name's own people, one party with it, not the state the sentence places.
    const ofNamedGroup = agent !== null && ofNameBefore(text, tokens, i, named);
    if (
      !agent ||
      ofNamedGroup ||
      (NO_PARTY_SECTORS.has(agent.sector) && !civilians && !ACTING_CIVILIANS.has(text.slice(token.start, tokens[agent.last]!.end).toLowerCase())) ||
      NO_PARTY_AGENTS.has(token.text.toLowerCase()) ||
      (grammar && anotherFigureThanMonarch(text, tokens, i, agent.last)) ||
      qualifier === 'other' ||
      (previous && POSSESSIVE_DETERMINER.test(previous.text))
    ) {
      i += 1;
      continue;
    }
    // A capitalised agent followed by capitalised words is a title with a person's name ("Judge
    // Alejandro Rivera"), which the mention takes in; a capitalised one inside a sentence without a
    // name after it is part of some other name ("the Defence Ministry").
    let last = agent.last;
    let titled = false;
    if (capitalised) {
      let k = last + 1;
      while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text) && INNER_GAP.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && k - last <= 3) k += 1;
      titled = k > last + 1 && !(m < named.length && named[m]!.start < tokens[k - 1]!.end);
      if (titled) last = k - 1;
      else if (!sentenceStart) {
        i = agent.last + 1;
        continue;
      }
    }
    const start = qualifier && qualifier !== 'none' ? qualifier.start : token.start;
    // "Residents of Kabul": the place after the civilians is part of their mention, not a party (nor the capital's government).
    const end = civilians?.end ?? tokens[last]!.end;
    // Whose the agent is: the place before it ("Mombasa police"), a place or state right after it
    // ("police in Karachi", "the governor of Kano"), else the state the sentence places its parties in.
    const placed =
      civilians?.country ??
      (qualifier && qualifier !== 'none' ? qualifier.country : null) ??
      stateRightAfter(text, end, named, places, IRREGULAR_SECTORS.has(agent.sector), grammar) ??
      state ??
      // A people's or a group's word before the men ("Kurdish fighters") says whose they are, not where.
      // The place must follow the men, as where their act happens: one before them is another predicate's
      // ("retook a village in Cambodia after fighting with guerrillas" says nothing of whose they are).
      (IRREGULAR_SECTORS.has(agent.sector) && (qualifier === null || qualifier === 'none') && actedIn !== null && actedIn.start > end ? actedIn.state : null);
    const group = qualifier && qualifier !== 'none' && placed === null;
    const byPeople = qualifier && qualifier !== 'none' && qualifier.country === null;
    const sector = byPeople ? (QUALIFIED_SECTORS[agent.sector] ?? agent.sector) : agent.sector;
    if (placed === null && !group) {
      i = last + 1;
      continue;
    }
    // "Leaders of the Umma party": an agent of a named group or organisation is that group's, not the state's.
    const ofWhom = /^\s+of\s+(?:the\s+)?/u.exec(text.slice(end));
    const ownedByGroup = ofWhom !== null && named.some((n) => n.start === end + ofWhom[0].length && n.actor !== null && n.actor.type !== 'country');
    if (
      (m < named.length && named[m]!.start < (civilians?.named ? civilians.named.start : end)) ||
      ownedByGroup ||
      (grammar && !titled && !headNoun(text, tokens[last]!))
    ) {
      i = last + 1;
      continue;
    }
    // "The government of Malawi", "troops from Chad", "the president of Senegal": the state named right
    // after "of" or "from" is whose the agent is, one party with it (PLOVER's MWIGOV), not a second
    // mention of the state without a sector beside it. Not a capital or a place ("the mayor of Kabul",
    // "police in Karachi" say where), nor after civilians, which keep their own place.
    const ofState =
      civilians || (qualifier && qualifier !== 'none')
        ? undefined
        : named.find(
            (n) => n.start > end && n.actor?.type === 'country' && !n.person && !n.capital && !n.actor.sector && OF_STATE.test(text.slice(end, n.start)),
          );
    const mentionEnd = ofState && (ofState.actor!.country ?? ofState.actor!.id) === placed ? ofState.end : end;
    const phrase = text.slice(start, mentionEnd);
    agents.push({
      start,
      end: mentionEnd,
      nameEnd: mentionEnd,
      text: phrase,
      // A group no state is known for ("Zomi fighters") is one party of its own, named by its words.
      actor:
        placed === null
          ? { name: phrase, mention: phrase, id: slug(phrase), type: 'group', country: null, sector }
          : { name: phrase, mention: phrase, id: placed, type: 'country', country: placed, sector },
      anaphor: null,
      resolved: [],
      possessive: POSSESSIVE_AFTER.test(text.slice(mentionEnd)),
    });
    i = last + 1;
  }
  if (agents.length === 0) return withFollowers(text, named);
  // A name inside an agent's mention ("Kabul" in "residents of Kabul") is where the agent is, not a party.
  const outside = named.filter((n) => !agents.some((a) => n.start >= a.start && n.end <= a.end));
  return withFollowers(
    text,
    compoundAgents(
      text,
      [...outside, ...agents].sort((a, b) => a.start - b.start),
    ),
  );
}

/** Is the agent at token `at` right after a name that is no state's, through lower-case qualifiers at most ("Arab League foreign ministers")? */
function ofNameBefore(text: string, tokens: readonly Token[], at: number, named: readonly Mention[]): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MAX_AGENT_QUALIFIERS + 1; k--) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!AGENT_GAP.test(gap)) return false;
    const owner = named.find((n) => n.end === tokens[k]!.end);
    if (owner) return owner.actor !== null && owner.actor.type !== 'country';
    if (!AGENT_QUALIFIER.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * Two agents of one state written as one noun phrase ("opposition lawmakers", "rebel fighters",
 * "Kenyan opposition lawmakers") are one party, not two: the first word qualifies the second. Its
 * sector is the qualifier's when that is no organ of the state (the opposition, rebels: PETRARCH codes
 * "opposition supporters" OPP), else the head's ("security officials" are officials).
 */
function compoundAgents(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const m of mentions) {
    const previous = joined.at(-1);
    const a = previous?.actor;
    const b = m.actor;
    if (
      !previous ||
      !a?.sector ||
      !b?.sector ||
      a.type !== 'country' ||
      b.type !== 'country' ||
      a.id !== b.id ||
      previous.person ||
      m.person ||
      previous.possessive ||
      !AGENT_GAP.test(text.slice(previous.end, m.start))
    ) {
      joined.push(m);
      continue;
    }
    const phrase = text.slice(previous.start, m.end);
    const sector = STATE_SECTORS.has(a.sector) ? b.sector : a.sector;
    const { bare, ...rest } = previous;
    joined[joined.length - 1] = { ...rest, end: m.end, nameEnd: m.end, text: phrase, actor: { ...a, name: phrase, mention: phrase, sector } };
  }
  return joined;
}

/**
 * Where civilians are when the words right at them say it: a city or province right before them
 * ("Gaza residents", as qualifierBefore reads it), or a place or state (not a person) right after
 * "of", "in", "near", "from" ("residents of Kabul", "villagers in northern Kenya" is not: an adjective
 * stands between). The state, where the mention ends, and the named state or capital it takes in.
 */
function civiliansPlace(
  text: string,
  tokens: readonly Token[],
  at: number,
  last: number,
  named: readonly Mention[],
  places: readonly Place[],
  qualifier: ReturnType<typeof qualifierBefore> | null,
  previous: Token | undefined,
): { country: string; end: number; named?: Mention } | null {
  // "Kabul residents": a capital or state named right before them (a name, not a place) is theirs too.
  const before = previous ? named.find((n) => n.end === previous.end && n.actor?.type === 'country' && !n.person && !n.actor.sector) : undefined;
  if (before && AGENT_GAP.test(text.slice(before.end, tokens[at]!.start))) return null;
  if (qualifier && qualifier !== 'none' && qualifier !== 'other' && qualifier.country) return { country: qualifier.country, end: tokens[last]!.end };
  const end = tokens[last]!.end;
  const place = places.find((p) => p.start > end && PLACE_AFTER.test(text.slice(end, p.start)));
  if (place) return { country: place.country, end: place.end };
  // A state's organ or mission after them ("protesters near the Israeli embassy") is a party of its own, not where they are.
  const name = named.find(
    (n) => n.start > end && n.actor?.type === 'country' && !n.person && (!n.actor.sector || n.capital === true) && PLACE_AFTER.test(text.slice(end, n.start)),
  );
  return name ? { country: name.actor!.country ?? name.actor!.id, end: name.end, named: name } : null;
}

/** Head words of organisations' names and the sector each gives (data/agents.json `organizations`). */
const ORGANIZATION_WORDS: ReadonlyMap<string, string | null> = new Map(
  Object.entries(handAgents.organizations).filter((e): e is [string, string | null] => e[0] !== 'about'),
);
/** Lower-case words that join the capitalised words of one name ("Association of African Jurists"). */
const NAME_CONNECTOR = /^(?:of|for|the|and)$/u;
/** A gloss in brackets after a name's word: "(Freedom)", "(``Enough'')", "(MASSOB)". */
const GLOSS = /^\s*\([^()\n]{1,40}\)/u;
/** Articles and determiners that open a sentence before a name ("The Umma party"). */
const OPENING_WORD = /^(?:the|a|an|this|that|its|their)$/iu;
/** A name's words may stand apart only by spaces, hyphens or apostrophes. */
const NAME_GAP = /^[\s'’-]*$/u;

/**
 * The one state a sentence places its unnamed parties in: named as the owner of parts or people
 * ("Chilean government officials", "Cairo's", "Iraq's"), or as the place where things happen ("in
 * Peru", a capital). A state named bare is a party of its own ("called for sanctions against Nigeria"),
 * and whom an agent acts for is then not said; with several states neither is it.
 * A person's name is no owner: a surname shared with some office holder ("Fraser", "Casey") would
 * lend its state to every agent of the sentence.
 */
function placingState(text: string, named: readonly Mention[], places: readonly Place[] = []): string | null {
  const states = new Set(named.filter((m) => m.actor?.type === 'country' && !standsAbroad(m)).map((m) => m.actor!.country ?? m.actor!.id));
  // A city or province after a locative ("in Mosul", "near Toulouse") places the sentence in its state.
  const located = places.filter((p) => namedAsPlace(text, p));
  for (const p of located) states.add(p.country);
  const owned =
    located.length > 0 ||
    named.some((m) => m.actor?.type === 'country' && !m.person && (m.actor.sector !== null || m.possessive || m.capital || namedAsPlace(text, m)));
  return states.size === 1 && owned ? [...states][0]! : null;
}

/**
 * "Gunmen kidnapped two French aid workers in Niger": where the sentence names several states, the one
 * state it names as where things happen (a city or province, or a state, after a locative), which
 * armed men of no state's forces belong to (PLOVER codes them by where they operate: NER/UAF).
 */
function stateActedIn(text: string, named: readonly Mention[], places: readonly Place[], grammar: boolean): { state: string; start: number } | null {
  // The place ends its noun phrase: "near the Turkish border" names whose border, not where.
  const where = (start: number, end: number, name?: Mention) => namedAsPlace(text, { start }) && endsPlacePhrase(text, start, end, grammar, name);
  const inPlaces = places.filter((p) => where(p.start, p.end));
  const states = new Set(inPlaces.map((p) => p.country));
  const located: Array<{ start: number; end: number }> = [...inPlaces];
  for (const m of named) {
    if (m.actor?.type !== 'country' || m.person || m.actor.sector !== null) continue;
    // "in Mexico and Guatemala": a state listed after a place is a place too (then the men's is not known).
    const listed = located.some((l) => /^(?:\s*,\s*|\s+(?:and|or)\s+)$/u.test(text.slice(l.end, m.start)));
    if (!listed && !where(m.start, m.end, m)) continue;
    states.add(m.actor.country ?? m.actor.id);
    located.push(m);
  }
  return states.size === 1 ? { state: [...states][0]!, start: Math.min(...located.map((l) => l.start)) } : null;
}

/** The nouns of a state's missions in another (data/agents.json `missions_abroad`: "embassy", "consulate"). */
const MISSION_WORDS: ReadonlySet<string> = new Set(handAgents.missions_abroad.words);

/**
 * Is the mention a state's mission abroad ("the Russian embassy in Vilnius")? It is its state as a
 * party, but stands in another: those at it ("protesters at the Russian embassy") are not its state's.
 */
const standsAbroad = (m: Mention): boolean => m.actor?.sector != null && MISSION_WORDS.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase());

/** A city or province named in a sentence (data/actors.json `places`): where, never who. */
interface Place {
  start: number;
  end: number;
  /** Index of its first token. */
  first: number;
  country: string;
}

/** The places of a sentence outside its named actors, left to right, each the longest name at its first word. */
function findPlaces(text: string, tokens: readonly Token[], named: readonly Mention[]): Place[] {
  const places: Place[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    const candidates = /^\p{Lu}/u.test(token.text) ? placesAt(tokens, i) : undefined;
    let matched = 0;
    for (const place of candidates ?? []) {
      const n = place.tokens.length;
      if (!spelledAt(place.tokens, text, tokens, i)) continue;
      const end = tokens[i + n - 1]!.end;
      if (named.some((m) => m.start < end && token.start < m.end)) continue;
      places.push({ start: token.start, end, first: i, country: place.country });
      matched = n;
      break;
    }
    i += matched > 0 ? matched : 1;
  }
  return places;
}

/** Between an agent and the state it is one party with: "the government of Malawi", "troops from Chad". */
const OF_STATE = /^\s+(?:of|from)\s+(?:the\s+)?$/u;
/** "residents of Kabul", "villagers near Herat": the preposition between civilians and the place they live in. */
const PLACE_AFTER = new RegExp(`^\\s+(?:in|near|of|from)\\s+(?:the\\s+)?${PLACE_MODIFIERS}$`, 'u');

/**
 * "police in Karachi", "the governor of Kano", "troops from Chad": the preposition between an agent and
 * the place or state it belongs to. Not "near" ("warships near Taiwan" are someone else's, by it), which
 * places civilians only (PLACE_AFTER).
 */
const OWNER_AFTER = new RegExp(`^\\s+(?:in|of|from)\\s+(?:the\\s+)?${PLACE_MODIFIERS}$`, 'u');

/**
 * Armed men of no state's forces (criminals, rebels, unidentified gunmen: CRM, REB, UAF) operate where
 * they are from: "pirates off Somalia", "rebels near Goma", "gunmen off the coast of Nigeria" are that
 * state's, as a state's own forces near another's are not ("warships near Taiwan").
 */
const IRREGULAR_SECTORS: ReadonlySet<string> = new Set(['CRM', 'REB', 'UAF']);
/** Words for a state's sea margin (en.json coast_words): "off the coast of Yemen", "off the Somali coast". */
const COAST_WORDS = alternationOf(englishCues.coast_words);
const IRREGULAR_AFTER = new RegExp(
  `^\\s+(?:in|of|from|${alternationOf(englishCues.operating_locatives)})\\s+(?:the\\s+)?(?:(?:${COAST_WORDS})\\s+(?:of|off)\\s+(?:the\\s+)?)?${PLACE_MODIFIERS}$`,
  'u',
);
/** A coast's word right after a name, which may be possessive: "off the Somali coast", "off Somalia's coast". */
const COAST_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:${COAST_WORDS})(?![\\p{L}])`, 'u');

/**
 * Does the name ending at `end` end its noun phrase, as a place armed men operate near or off must
 * ("rebels near Goma", "pirates off Somalia")? Not when a noun goes on from it ("near the Turkish
 * border", "near Turkey's border", "near the US embassy in Baghdad": the border or the embassy is the
 * place, and whose it is says nothing of whose the men are), unless the noun is a coast's ("off the
 * Somali coast"). Parts of speech with `grammar`; without, only a possessive, a hyphen, a demonym or
 * an agent taken into the name tell.
 */
function endsPlacePhrase(text: string, start: number, end: number, grammar: boolean, name?: Mention): boolean {
  const after = text.slice(end);
  if (COAST_AFTER.test(after)) return true;
  if (name && (name.bare !== undefined || isStateAdjective(text.slice(start, end)))) return false;
  if (/^(?:['’]|[-–]\p{L})/u.test(after)) return false;
  if (!grammar) return true;
  const words = lemmatise(text);
  const next = words.find((w) => w.start >= end);
  return !next || !/^\s+$/u.test(text.slice(end, next.start)) || next.pos !== 'NOUN';
}

/**
 * The state of a place or a state's name (not a person's) right after an agent, through OWNER_AFTER;
 * for armed men of no state's forces also through IRREGULAR_AFTER's words, the place then ending its
 * noun phrase (endsPlacePhrase).
 */
function stateRightAfter(text: string, end: number, named: readonly Mention[], places: readonly Place[], irregular = false, grammar = false): string | null {
  const linked = (start: number, stop: number, name?: Mention) =>
    OWNER_AFTER.test(text.slice(end, start)) ||
    (irregular && IRREGULAR_AFTER.test(text.slice(end, start)) && endsPlacePhrase(text, start, stop, grammar, name));
  const place = places.find((p) => p.start > end && linked(p.start, p.end));
  if (place) return place.country;
  const name = named.find((m) => m.start > end && m.actor?.type === 'country' && !m.person && linked(m.start, m.end, m));
  return name ? (name.actor!.country ?? name.actor!.id) : null;
}

/** Names the gazetteer drops because several states share them (data/countries.json `drop_names`). */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(countryAdditions.drop_names);

/**
 * Sectors of a state's own organs that an agent qualified by a people, a faith or a movement does not
 * hold: "Moslem forces", "Tuareg fighters" are armed but no state's army (REB, an armed non-state
 * group), "Yoruba leaders" lead a people, not a government (ELI, elites).
 */
const QUALIFIED_SECTORS: Readonly<Record<string, string>> = { MIL: 'REB', GOV: 'ELI' };

/**
 * Without a placing state, may the agent at token i still be someone's? Only with a capitalised word
 * right before it or a place or state right after it: a cheap test (no parts of speech) that spares
 * most sentences the full reading.
 */
function placedOrQualified(text: string, tokens: readonly Token[], i: number, named: readonly Mention[], places: readonly Place[]): boolean {
  const previous = tokens[i - 1];
  const agent = agentAt(text, tokens, i);
  if (!agent) return false;
  if (previous && /^\p{Lu}/u.test(previous.text) && AGENT_GAP.test(text.slice(previous.end, tokens[i]!.start))) return true;
  return stateRightAfter(text, tokens[agent.last]!.end, named, places, IRREGULAR_SECTORS.has(agent.sector), true) !== null;
}

/** Months and weekdays in English, from the platform's calendar data: a date before an agent ("In January soldiers …") qualifies nothing. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    ...Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 1))),
    ...Array.from({ length: 7 }, (_, d) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d))),
  ].map((w) => w.toLowerCase()),
);

/**
 * Words naming a people or a movement (data/actors.json `qualifiers`, compiled from the dictionaries'
 * armed groups: "Kurdish", "Tamil", "Maoist"). wink-nlp reads a sentence's lower-cased first word
 * "kurdish" as an adjective, as it reads "senior": these words tell the two apart. Read from the
 * gazetteer's index, which carries them: loading the 6 MB lexicon for them cost a worker ~0.1 s.
 */
const isPeopleQualifier = (word: string): boolean => PEOPLE_QUALIFIERS.has(word);

/**
 * What the capitalised word right before the agent at token `at` is: a place (its state, from where it
 * starts: "Mombasa police") or a region's adjective ("Chechen fighters"); a proper noun naming whose the agent is, a people, a faith, a movement
 * ("Tuareg separatists", "Maoist guerrillas": no state, the sentence's decides); 'none' when it is only
 * an article, a weekday or month, or a common word capitalised to open the sentence ("The rebels",
 * "On Monday police", "Senior officials"); or 'other', a word of some other name the agent belongs to
 * ("the Kifaya group's"). Without grammar every other capitalised word is a candidate qualifier.
 * Proper nouns by wink-nlp's parts of speech: inside a sentence a capitalised noun or adjective; a
 * sentence's first word only when wink reads it as a noun it does not know once lower-cased (a known
 * adjective, "senior", "local", is the sentence's capital letter) and no agent's word ("Security").
 */
function qualifierBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  places: readonly Place[],
  grammar: boolean,
): { start: number; country: string | null } | 'none' | 'other' {
  const previous = tokens[at - 1]!;
  if (!AGENT_GAP.test(text.slice(previous.end, tokens[at]!.start))) return 'other';
  const place = places.find((p) => p.end === previous.end);
  if (place) return { start: place.start, country: place.country };
  if (OPENING_WORD.test(previous.text)) return 'none';
  // A name dropped as ambiguous ("Congolese": of two states) names a state, which one is not known.
  if (AMBIGUOUS_NAMES.has(previous.text)) return 'other';
  const lower = previous.text.toLowerCase();
  const opens = opensSentence(text, tokens, at - 1);
  // A weekday or month ("On Monday police"), or an agent's or a body's word capitalised only to open
  // the sentence ("Ministry officials"), names no other party, with or without grammar.
  if (CALENDAR_WORDS.has(lower) || (opens && (AGENT_WORDS.has(lower) || ORGANIZATION_WORDS.has(lower)))) return 'none';
  // Without grammar (a line checked for two actors before it is parsed) every other candidate counts:
  // the word may be a people's ("Kurdish rebels" facing "Turkish troops"), which the grammar would keep.
  if (!grammar) return { start: previous.start, country: stateOfPeopleWord(previous.text) };
  // "Chechen fighters", "Papuan activists", "Bavarian officials": a region's adjective (gazetteer.ts
  // stateOfPeopleWord) places the agent as the region's name does ("Mombasa police"): in its state,
  // with the agent's own sector (the dictionaries code a province's officials as the state's GOV).
  const region = ORGANIZATION_WORDS.has(lower) ? null : stateOfPeopleWord(previous.text);
  if (region) return { start: previous.start, country: region };
  if (opens) {
    // "Kurdish rebels": a people's adjective capitalised for itself, not for the sentence. Asked
    // before the parse below, whose answer it would not change: that spares a parse of the sentence.
    if (isPeopleQualifier(lower)) return { start: previous.start, country: null };
    return recasedReading(text, previous) === 'NOUN' ? { start: previous.start, country: null } : 'none';
  }
  // "Administration officials", "Ministry officials": a common word capitalised is some name's.
  if (AGENT_WORDS.has(lower) || ORGANIZATION_WORDS.has(lower)) return 'other';
  const read = lemmatise(text).find((w) => w.start === previous.start);
  return read && /^(?:PROPN|NOUN|ADJ)$/u.test(read.pos) ? { start: previous.start, country: null } : 'other';
}

/**
 * Organisations the dictionaries do not list, recognised by the grammar of their names: a run of
 * capitalised words (joined by "of", "for", "the", "and", with glosses in brackets) that holds an
 * organisation's head word ("the Association of African Jurists", "the Kenya Anti-Corruption
 * Commission") or is followed by one in lower case ("the Umma (Nation) party", "the Azadliq
 * opposition coalition"). The run must hold a proper name besides the head word ("the Commission"
 * names no particular one). The head word gives the sector; the state is the one named inside the run
 * ("Liberian Peace Council"), else the one the sentence places its parties in, else none. A state's
 * commission or agency acts for the state (id = the state, like "Kenyan authorities"); other groups
 * get a slug of their name as id. English capitalisation; with `grammar`, wink-nlp's parts of speech
 * keep a sentence's opening common noun ("Leaders of the …") out of the name.
 */
export function withNamedGroups(text: string, named: Mention[], grammar: boolean): Mention[] {
  const tokens = tokenize(text);
  const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  const found: Array<{ start: number; end: number; sector: string | null; country: string | null; name: string }> = [];
  let context: string | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalised(tokens[i])) continue;
    // The run of capitalised words from token i, through connectors and glosses.
    let last = i;
    let end = tokens[i]!.end;
    for (;;) {
      const gloss = GLOSS.exec(text.slice(end));
      const after = gloss ? end + gloss[0].length : end;
      let k = last + 1;
      while (k < tokens.length && tokens[k]!.start < after) k += 1;
      const next = tokens[k];
      if (!next || !NAME_GAP.test(text.slice(after, next.start))) break;
      if (capitalised(next)) {
        last = k;
        end = next.end;
        continue;
      }
      // Connectors only between capitalised words: "of the Sovereign State of Biafra".
      let c = k;
      while (c < tokens.length && NAME_CONNECTOR.test(tokens[c]!.text) && /^\s+$/u.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) c += 1;
      // "the Kenya Teachers Union and the Kenya Nurses Union": a name that already ends in its head
      // word is complete; "and" then joins two organisations, not two words of one name.
      if (tokens[k]!.text === 'and' && ORGANIZATION_WORDS.has(tokens[last]!.text.toLowerCase())) break;
      if (c > k && capitalised(tokens[c]) && /^\s+$/u.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) {
        last = c;
        end = tokens[c]!.end;
        continue;
      }
      break;
    }
    // Where the name's words end, a gloss and a lower-case head word may follow ("(Nation) party").
    let runEnd = end;
    const gloss = GLOSS.exec(text.slice(end));
    const afterGloss = gloss ? end + gloss[0].length : end;
    let head: string | undefined;
    let headEnd = -1;
    for (let k = last; k >= i; k--) {
      if (ORGANIZATION_WORDS.has(tokens[k]!.text.toLowerCase()) && capitalised(tokens[k])) {
        head = tokens[k]!.text.toLowerCase();
        break;
      }
    }
    if (head === undefined) {
      const trailing = /^\s+((?:opposition\s+)?(\p{Ll}+))(?![\p{L}-])/u.exec(text.slice(afterGloss));
      if (trailing && ORGANIZATION_WORDS.has(trailing[2]!)) {
        head = trailing[2]!;
        headEnd = afterGloss + trailing[0].length;
      }
    } else if (gloss && /^\s*\(\p{Lu}{2,}\)/u.test(gloss[0])) runEnd = afterGloss; // an acronym in brackets is the name's
    if (head === undefined) {
      i = last;
      continue;
    }
    // Opening articles and, at a sentence's start, a common noun are not the name's ("Leaders of the …").
    let first = i;
    const words = grammar ? lemmatise(text) : [];
    while (first <= last) {
      const t = tokens[first]!;
      const opening = opensSentence(text, tokens, first);
      const common =
        opening &&
        !ORGANIZATION_WORDS.has(t.text.toLowerCase()) &&
        (agentAt(text, tokens, first) !== null || words.some((x) => x.start === t.start && x.pos !== 'PROPN'));
      // "Members of the …", "Supporters of …": a sentence's first word before a connector is whose they are, not the name's.
      const memberOf = opening && !ORGANIZATION_WORDS.has(t.text.toLowerCase()) && NAME_CONNECTOR.test(tokens[first + 1]?.text ?? '');
      if (OPENING_WORD.test(t.text) || NAME_CONNECTOR.test(t.text) || common || memberOf) first += 1;
      else break;
    }
    const start = tokens[first]?.start ?? end;
    const stop = headEnd > 0 ? headEnd : runEnd;
    const inside = named.filter((m) => m.start >= start && m.end <= stop);
    const proper = tokens.slice(first, last + 1).some((t) => capitalised(t) && !ORGANIZATION_WORDS.has(t.text.toLowerCase()));
    // A name the gazetteer knows (an organisation, a person) is not an unknown group's; nor is a run that cuts a name.
    // A state or a region inside the run is part of the name ("Liberian Peace Council", "Association of African Jurists").
    // Initials in the name's brackets that some other actor also has ("(PRA)") are this name's own.
    const glossStart = runEnd > end ? end : stop;
    const cut = named.some(
      (m) =>
        m.start < stop &&
        m.end > start &&
        !(m.start >= glossStart && m.end <= runEnd) &&
        (m.start < start || m.end > stop || (m.actor?.type !== 'country' && m.actor?.type !== 'region')),
    );
    if (first > last || !proper || cut) {
      i = last;
      continue;
    }
    const states = new Set(inside.filter((m) => m.actor?.type === 'country').map((m) => m.actor!.country ?? m.actor!.id));
    if (context === undefined)
      context = placingState(
        text,
        named.filter((m) => m.actor?.sector !== 'CVL'),
      );
    // A region in the name ("African Jurists") makes it more than one state's; a people named in the
    // sentence ("2,000 Libyans") may be whom it deals with, not where it stands.
    const regional = inside.some((m) => m.actor?.type === 'region');
    const country = regional ? null : states.size === 1 ? [...states][0]! : states.size === 0 ? context : null;
    found.push({ start, end: stop, sector: ORGANIZATION_WORDS.get(head) ?? null, country, name: text.slice(start, stop) });
    i = last;
  }
  if (found.length === 0) return named;
  const groups: Mention[] = found.map((g) => {
    const actor: Actor =
      g.sector === 'GOV' && g.country
        ? { name: g.name, mention: g.name, id: g.country, type: 'country', country: g.country, sector: 'GOV' }
        : {
            name: g.name,
            mention: g.name,
            id: slug(g.name.replace(GLOSS, '').replace(/\s*\([^()]*\)/gu, '')),
            type: 'group',
            country: g.country,
            sector: g.sector,
          };
    return {
      start: g.start,
      end: g.end,
      nameEnd: g.end,
      text: g.name,
      actor,
      anaphor: null,
      resolved: [],
      possessive: POSSESSIVE_AFTER.test(text.slice(g.end)),
    };
  });
  const kept = named.filter((m) => !groups.some((g) => m.start >= g.start && m.end <= g.end));
  return [...kept, ...groups].sort((a, b) => a.start - b.start);
}

/**
 * The short names a document has defined so far, each for the actor it stands for: acronyms, a name
 * followed by its initials in brackets ("the Kenya Human Rights Union (KHRU)", "the International
 * Renewable Energy Agency (IRENA)"), and the surnames of the people it named in full ("Pinochet" after
 * "Augusto Pinochet Ugarte"; null when two people of the document share one). The caller keeps one per
 * document and passes the sentences in text order.
 */
export type Acronyms = Map<string, Actor | null>;

/** An acronym: capitals (digits after the first), two to eight characters. */
const ACRONYM_SOURCE = String.raw`\p{Lu}[\p{Lu}\d]{1,7}`;
const ACRONYM = new RegExp(`^${ACRONYM_SOURCE}$`, 'u');
/** An acronym in brackets right after a name, and one that ends a name's mention ("… Union (KHRU)"). */
const ACRONYM_GLOSS = new RegExp(String.raw`^\s*\((${ACRONYM_SOURCE})\)`, 'u');
const ACRONYM_GLOSS_AT_END = new RegExp(String.raw`\((${ACRONYM_SOURCE})\)$`, 'u');

/**
 * Records the acronyms a sentence defines and finds the ones defined earlier: news names a group in
 * full once and by its initials after ("… the Union said"; "KHRU accused the police of …"), and the
 * initials are in no dictionary. A use is the acronym written alone, in the same case, outside the
 * sentence's other names; it stands for the defined actor (its id, state and sector), with the
 * acronym as the mention's own words, as coreference keeps a pronoun's. A person's name followed by
 * initials in brackets is no definition (those are often a party's: "Jane Doe (PDK)").
 *
 * Surnames likewise: news names a person in full once and by surname after, and the dictionary lists
 * the full name only ("Augusto Pinochet Ugarte"; "Pinochet" alone could be anyone's). After the full
 * name, the surname written alone stands for that person (the role resolved at the full mention), unless
 * another capitalised word joins it: a given name before it ("Lucia Pinochet", a relative) or a name
 * going on after it. A sentence's capitalised first word before it counts as a given name when wink-nlp
 * reads it as a proper noun (with `grammar`; without, any does).
 */
export function withAcronyms(text: string, named: Mention[], acronyms: Acronyms, grammar = false): Mention[] {
  const glosses: Array<[number, number]> = [];
  for (const m of named) {
    if (!m.actor) continue;
    for (const surname of m.surnames ?? []) {
      const known = acronyms.get(surname);
      acronyms.set(surname, known === undefined || (known !== null && known.id === m.actor.id) ? (known ?? m.actor) : null);
    }
    if (m.person || m.surnames) continue;
    // The gloss is in the mention ("… Union (KHRU)", withNamedGroups keeps it) or right after it.
    const inside = ACRONYM_GLOSS_AT_END.exec(m.text);
    const after = inside ? null : ACRONYM_GLOSS.exec(text.slice(m.end));
    const acronym = (inside ?? after)?.[1];
    if (!acronym) continue;
    if (after) glosses.push([m.end, m.end + after[0].length]);
    // The first definition holds: a document that reuses initials for something else is not followed.
    if (!acronyms.has(acronym)) acronyms.set(acronym, m.actor);
  }
  if (acronyms.size === 0) return named;
  const uses: Mention[] = [];
  const tokens = tokenize(text);
  for (const [k, token] of tokens.entries()) {
    const surname = SURNAME.test(token.text);
    if (!surname && !ACRONYM.test(token.text)) continue;
    const actor = acronyms.get(token.text);
    if (!actor) continue;
    if (named.some((m) => token.start < m.end && m.start < token.end) || glosses.some(([s, e]) => token.start >= s && token.end <= e)) continue;
    if (surname && joinedName(text, tokens, k, grammar)) continue;
    uses.push({
      start: token.start,
      end: token.end,
      nameEnd: token.end,
      text: token.text,
      actor: { ...actor, mention: token.text },
      // A surname is a person's: no owner that places the sentence's agents (placingState).
      ...(surname ? { person: true } : {}),
      anaphor: null,
      resolved: [],
      possessive: POSSESSIVE_AFTER.test(text.slice(token.end)),
    });
  }
  return uses.length === 0 ? named : [...named, ...uses].sort((a, b) => a.start - b.start);
}

/**
 * Is the word at token k joined to another capitalised word of a name (withAcronyms)? Or, opening a
 * sentence, a common word that is capitalised only for that ("Major reforms …" after "John Major"):
 * wink-nlp reads it, lower-cased, as an adjective, verb or other word class, not a noun it may not know.
 */
function joinedName(text: string, tokens: readonly Token[], k: number, grammar: boolean): boolean {
  const token = tokens[k]!;
  // The cheap tests first: a capitalised word right after it, or right before it in the sentence,
  // decides without parsing a re-cased copy of the sentence.
  const next = tokens[k + 1];
  if (next && /^\p{Lu}/u.test(next.text) && /^ $/u.test(text.slice(token.end, next.start))) return true;
  const previous = tokens[k - 1];
  if (previous && /^\p{Lu}/u.test(previous.text) && /^ $/u.test(text.slice(previous.end, token.start))) {
    if (!opensSentence(text, tokens, k - 1) || !grammar) return true;
    // "Later Pinochet said": a common word opening the sentence; "Lucia Pinochet said": a given name.
    return lemmatise(text).find((w) => w.start === previous.start)?.pos === 'PROPN';
  }
  // Only a word that opens the sentence is left to read re-cased (a single space never follows a
  // sentence's end, so a word joined to the one before it never opens one).
  if (!grammar || !opensSentence(text, tokens, k)) return false;
  const pos = recasedReading(text, token);
  return pos !== undefined && pos !== 'NOUN' && pos !== 'PROPN';
}

/** Does a stretch of text hold an agent noun ("the rebels", "police"), a party however unnamed? */
export function namesAnAgent(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((_, i) => {
    const agent = agentAt(text, tokens, i);
    return agent !== null && !NO_PARTY_SECTORS.has(agent.sector);
  });
}

/** Between a name and the verb that reports its words: nothing, or a clause in commas ("Hezbollah, which is armed by Iran, said"). */
const BEFORE_REPORTING = /^(?:\s*,[^,]{1,80},)?\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}+ly\s+)?/u;
const THAT = /\s+that\s*$/u;

/**
 * The named party whose words a singular pronoun opens: "X said it would …", "X, meeting in Cairo,
 * announced that it …". The reporting verb's subject is the pronoun's antecedent whatever else the
 * sentence names (a state named earlier, "Russia vetoed …, and NATO said it …"); coreference.ts takes
 * it before ranking. The verbs are the pack's attribution verbs.
 */
// The pack's attribution verbs as a whole-string test, built once per pack (reporterOf runs for every singular anaphor).
const WHOLE_ATTRIBUTION_VERB = new WeakMap<LanguagePack, RegExp>();

function reporterOf(text: string, start: number, named: readonly Mention[], pack: LanguagePack): Actor | undefined {
  let verb = WHOLE_ATTRIBUTION_VERB.get(pack);
  if (!verb) {
    verb = new RegExp(`^(?:${pack.attributionVerb.source})$`, 'iu');
    WHOLE_ATTRIBUTION_VERB.set(pack, verb);
  }
  for (let k = named.length - 1; k >= 0; k--) {
    const m = named[k]!;
    if (m.end > start || !m.actor) continue;
    const gap = text.slice(m.end, start);
    const lead = BEFORE_REPORTING.exec(gap);
    if (!lead) continue;
    const words = gap.slice(lead[0].length).replace(THAT, '').trim();
    if (verb.test(words)) return m.actor;
  }
  return undefined;
}

/** Anaphors that may stand for countries, minus expletive "it" ("it is important to …"). */
export function findAnaphors(text: string, pack: LanguagePack, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const overlapsNamed = (start: number, end: number) => named.some((m) => start < m.end && m.start < end);
  const expletives: Array<[number, number]> = [];
  if (pack.expletive) for (const match of execAll(pack.expletive, text)) expletives.push([match.index, match.index + match[0].length]);
  for (const [pattern, kind] of [
    [pack.pluralAnaphor, 'plural'],
    [pack.singularAnaphor, 'singular'],
  ] as const) {
    for (const match of execAll(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsNamed(start, end) || found.some((m) => start < m.end && m.start < end)) continue;
      if (expletives.some(([s, e]) => start >= s && start < e)) continue;
      const possessive = POSSESSIVE_AFTER.test(text.slice(end)) || /^(its|their|leurs?)$/iu.test(match[0]);
      const reporter = kind === 'singular' && !possessive ? reporterOf(text, start, named, pack) : undefined;
      found.push({
        start,
        end,
        nameEnd: end,
        text: match[0],
        actor: null,
        anaphor: kind,
        resolved: [],
        possessive,
        ...(reporter ? { reporter } : {}),
      });
    }
  }
  if (pack.language === 'en') found.push(...nominalAnaphors(text, named, found));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "The group said …", "the union's leaders", "clashed with the movement": "the" and an organisation's
 * head word in lower case (data/agents.json \`organizations\`) stand for a named group or organisation
 * of that kind earlier in the paragraph (coreference.ts picks it). Not when a name or "of" follows
 * ("the party of the president", "the group of seven": the phrase names something else), nor
 * after a state's adjective or any other word between "the" and the head ("the ruling party", "the
 * Kenyan union": a description, not a reference back).
 */
const NOMINAL_ANAPHOR = /(?<![\p{L}\p{N}])[Tt]he (\p{Ll}+)(?![\p{L}\p{N}-])(?!\s+of\b)(?!\s+\p{Lu})/gu;

function nominalAnaphors(text: string, named: readonly Mention[], found: readonly Mention[]): Mention[] {
  const anaphors: Mention[] = [];
  for (const match of execAll(NOMINAL_ANAPHOR, text)) {
    const head = match[1]!;
    if (!ORGANIZATION_WORDS.has(head)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (named.some((m) => start < m.end && m.start < end) || found.some((m) => start < m.end && m.start < end)) continue;
    anaphors.push({
      start,
      end,
      nameEnd: end,
      text: match[0],
      actor: null,
      anaphor: 'singular',
      resolved: [],
      possessive: POSSESSIVE_AFTER.test(text.slice(end)),
      head,
    });
  }
  return anaphors;
}

/**
 * A word after a state's name that starts a relation cue is the relation's, not an agent of the
 * actor: in "Russian-Algerian military cooperation" the actors are the states, not their armies.
 * Such mentions go back to the name alone, without the agent's sector.
 */
export function yieldAgentsToCues(mentions: readonly Mention[], cues: ReadonlyArray<{ start: number; end: number }>): readonly Mention[] {
  if (!mentions.some((m) => m.bare)) return mentions;
  return mentions.map((m) => {
    if (!m.bare || !cues.some((c) => c.start < m.end && c.end > m.nameEnd)) return m;
    const { bare, ...rest } = m;
    return { ...rest, end: m.nameEnd, text: bare.name, actor: bare };
  });
}

/** The actors a mention stands for: itself if named, its antecedents if an anaphor. */
export function actorsOf(mention: Mention): Actor[] {
  return mention.actor ? [mention.actor] : mention.resolved;
}

/**
 * Sectors that act for the state itself: a state named as a whole ("Sudan") and its government, army,
 * police, courts or parliament are one party, not two.
 */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);

/**
 * Two actors are one party when they have the same id and, within one state, do not stand apart by
 * sector: the government and the rebels of one country are two parties (PLOVER codes them SDNGOV and
 * SDNREB), as are the police and the protesters, or a state and its civilians; the state and its own
 * government or forces are not, nor are two mentions of one sector.
 */
export function sameParty(a: Actor, b: Actor): boolean {
  if (a.id !== b.id) return false;
  if (a.type !== 'country' || a.sector === b.sector) return true;
  const given = a.sector && b.sector ? null : (a.sector ?? b.sector);
  return given !== null && STATE_SECTORS.has(given);
}

/** The id, with the sector for a state's agent: actors with different keys may be different parties (sameParty decides). */
export function partyKey(actor: Actor): string {
  return actor.type === 'country' && actor.sector ? `${actor.id}/${actor.sector}` : actor.id;
}

/** The PLOVER/CAMEO actor codes an actor answers to: its state, IGO for an organisation, and its id. */
export function actorCodes(actor: Actor): string[] {
  const codes = [actor.id];
  const country = (actor as { country?: string | null }).country;
  if (country && country !== actor.id) codes.push(country);
  if (actor.type === 'organization') codes.push('IGO');
  return codes;
}
