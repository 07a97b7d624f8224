// Language packs: loads the per-language cue data (data/<lang>.json) once and compiles it into
// word-bounded regular expressions, so that adding a language is adding a data file.
import en from './data/en.json' with { type: 'json' };
import fr from './data/fr.json' with { type: 'json' };
import { RELATION_NAMES, type Relation } from '../records/claim.ts';

interface RelationCueData {
  verbs?: string[];
  /**
   * Verbs as lemmas, with a following particle where one belongs ("sell", "side with"), matched on the
   * lemmas and parts of speech of events.ts (English): one entry covers every tense.
   */
  lemmas?: string[];
  nouns?: string[];
  requires?: string;
  requires_for_verbs?: string;
  unless?: string;
  /** The relation the cue states when crowds, not officials, do it ("protested against": protest, not criticism). */
  by_crowds?: string;
  /** "agent": `requires`/`unless` are tested on the cue's agent (the clause before it, or "by …" after it), not the whole clause. */
  condition_on?: 'agent';
  frame?: string;
  /** 'recipient' when the cue's grammatical agent is the receiving side ("Algeria bought … from Russia"). */
  role?: 'agent' | 'recipient';
}

export interface LanguagePackData {
  language: string;
  abbreviations: string[];
  clause_breaks: string[];
  coordinators: string[];
  /**
   * Indefinite articles: after a comma one opens a new party ("…, a rights group said"), never the
   * next item of a list of named parties.
   */
  indefinite_articles?: string[];
  between: string[];
  /** Words before the party a protest or complaint is addressed to ("complained to the UN"). */
  addressee: string[];
  /** Words before what a protest or complaint is about ("… over Israeli air raids"). */
  grievance: string[];
  passive_by: string[];
  of: string[];
  complement: string[];
  links: string[];
  /**
   * `personal`: pronouns of a person ("he", "his"), which stand for an individual actor only (a titled
   * name, an office holder: coreference.ts); `individual_heads`: the title words that make a mention name one person.
   */
  anaphora: { singular: string[]; plural: string[]; expletive: string[]; personal?: string[]; individual_heads?: string[] };
  /** Per relation, one group of cues or several (each group with its own context conditions). */
  relations: Partial<Record<string, RelationCueData | RelationCueData[]>>;
  /** Prepositions that make a following region a place rather than a party ("exercises in the Mediterranean"). */
  locatives: string[];
  /**
   * Words before a cue that state an intent ("will", "is ready to", "agreed to"): PLOVER codes an
   * intent to cooperate as AGREE and an intent to harm as THREATEN.
   */
  intent: string[];
  /**
   * Nouns of a proposed act with their proposer, right before its infinitive ("a proposal from South
   * Korea to", "Cambodia's plan to"): the act is intended, not done. Unlike `intent`, they make no
   * pledge of the verb before them: "accepted a proposal to reopen the border" is still an acceptance.
   */
  intent_nouns?: string[];
  /** Words that open a purpose clause right before its verb ("to", "in order to", "pour"). */
  purpose: string[];
  /**
   * Words besides `purpose` that open the act a refusal, threat or request is about ("a refusé de libérer",
   * "a appelé X à négocier"): that act is not done.
   */
  undone_act_links?: string[];
  /** Words that open the act an accusation says a party did ("accused India of attacking", "accusé l'Inde d'avoir attaqué"): alleged, not stated. */
  allegation_links?: string[];
  /**
   * What a warning says a party will suffer ("would regret", "will pay a heavy price"): "China warned
   * that Japan would regret its decision" threatens Japan, the party the consequence falls on, though
   * it is no act of China's own. (The French pack needs none: its warnings already take the party.)
   */
  threat_consequences?: string[];
  /** Words that introduce a topic rather than an event ("issues like the Israel–Palestine conflict"). */
  topic_markers: string[];
  /** Prefixes that, hyphened to a relation noun, make a modifier of time or stance ("post-war"), not an event. */
  time_prefixes: string[];
  /**
   * Words of a sports match ("World Cup", "penalties", "match nul"): two states' teams meeting, hosting or
   * facing each other in a clause naming one play a game, they neither consult nor fight.
   */
  sport_match?: string[];
  /** Words that make a sports match the occasion of an act, not the act ("met on the sidelines of the World Cup", "en marge du Mondial"). */
  sport_occasion?: string[];
  /** Relative pronouns among the clause breaks: the clause they open has the party right before them as its subject. */
  relative_pronouns: string[];
  /**
   * Adverbs and auxiliaries that may stand between a coordinator and a second predicate ("met Y and
   * later signed", "would prohibit … and would deny"), as regular-expression alternatives: the second
   * verb keeps the first verb's subject.
   */
  predicate_adverbs: string[];
  /** Endings of a present participle ("demanding", "exigeant"): a demand so written after a protest is the protest's aim. */
  participle_endings: string[];
  /**
   * Endings of a past participle ("menée", "organisées", "conduit"), for a pack read without a tagger: a
   * word so ending between an event noun and "par" is a reduced relative clause, "par" naming its doer.
   */
  past_participle_endings?: string[];
  /** Prepositions that name who holds a stance after its noun ("criticism from Turkey", "critiques de la part de"). */
  stance_source: string[];
  /**
   * Articles that may stand before a party's name ("to the UN", "à la France"): the packs' patterns
   * that end before a party end with one of them or none. A form ending in an apostrophe is elided
   * onto the name ("l'Algérie").
   */
  articles: string[];
  /**
   * Verbs with little meaning of their own that take an event noun as object ("made an appeal to",
   * "issued a demand", "carried out raids on"): the noun's verb states the event (English: lemmas).
   */
  light_verbs?: string[];
  /** Noun endings and the verb endings they replace ("invitation" → "invite", "withdrawal" → "withdraw"), to find a noun's verb. */
  nominal_endings?: Array<[string, string]>;
  /** Prepositions that link an event noun to the party it is aimed at, after its doer: "Japan's aid to", "an Israeli raid on". */
  event_noun_links?: string[];
  /**
   * Verbs (lemmas; a phrasal verb as "lemma particle") whose object, or passive subject, is an act that has
   * not taken place: refused, demanded, threatened, proposed, called off or put off ("rejected talks between",
   * "demanded the withdrawal of", "the meeting between … was postponed"). From the undoing PLOVER classes
   * (REJECT, DEMAND, THREATEN) and CAMEO's verbs of calling an act off or putting it off (English only).
   */
  undoing_verbs?: string[];
  /** Particles of phrasal verbs that may follow the verb's object: "pulled its forces out of", "handed the suspect over to". */
  separable_particles?: string[];
  /** Locatives that enclose what follows ("in the", "inside the"): a state's body after them is a place, read in actors.ts (English only). */
  enclosing_locatives?: string[];
  /**
   * Prepositions that place armed men of no state's forces where they operate, beyond those that say
   * whose an agent is ("in", "of", "from"): "rebels near Goma", "pirates off Somalia"; read in
   * actors.ts (English only).
   */
  operating_locatives?: string[];
  /** Words for a state's sea margin ("off the coast of Yemen", "off the Somali coast", "in Somali waters"), read in actors.ts (English only). */
  coast_words?: string[];
  /** Words for those who back a party ("supporters of", "loyalists"), read in actors.ts (English only). */
  followers?: string[];
  /**
   * Words opening an act's object that make it one its coordinated subject's parties do with each
   * other ("mutual", "relations"): "Algeria and Morocco broke off diplomatic relations".
   */
  reciprocal?: string[];
  /**
   * Nouns of a pact its signatories make with each other (CAMEO 057's objects: "treaty", "accord"): an act
   * whose own object is one ("Kenya and Uganda signed an agreement") is done by a coordinated subject's
   * parties with each other, as with a reciprocal word. English only: French lexicon cues do not record
   * the span of the object they matched.
   */
  pacts?: string[];
  /**
   * Lemmas of verbs by which an event reaches what it is done to ("An air strike by Saudi jets hit a
   * hospital"): only these carry a subject event noun's act to the verb's object (English only: the
   * verb test needs the tagger).
   */
  reaching_verbs?: string[];
  /**
   * Words that count a party before its name, beside numbers ("hundreds of", "at least"): "the arrest of
   * dozens of students". English only: the French pack lists none, so its complements take numbers alone.
   */
  count_words?: string[];
  /** Modals of obligation: "B must …" reported from A is A's demand on B. */
  obligation: string[];
  /** Regular expressions (not word lists) of lines that are reference-list entries, not the text's claims. */
  reference_line: string[];
  /** Patterns of captions, photo credits and teasers ("Read more: …"): lines that are not the article's claims. */
  caption_line: string[];
  lexicons: Record<string, string[]>;
  modality: {
    attribution_verbs: string[];
    attribution_phrases: string[];
    attribution_bare: string[];
    predicted: string[];
    hedged: string[];
    negation: string[];
    /** Doubt that outweighs a future tense ("it is unclear whether … will"). */
    uncertain: string[];
  };
  time: {
    months: Record<string, number>;
    range_open: string[];
    range_close: string[];
    decade: string[];
  };
  quantities: {
    scales: Record<string, number>;
    currencies: Record<string, string>;
    currency_connectors: string[];
    percent: string[];
    number_words: Record<string, number>;
    decimal_separator: string;
    group_separators: string[];
    stopwords: string[];
  };
}

export type CuePart = 'verb' | 'noun';

export interface RelationCue {
  relation: Relation;
  part: CuePart;
  pattern: RegExp;
  /** A lexicon that must occur in the same clause for the cue to count (e.g. an arms word for "bought"). */
  requires: RegExp | null;
  /** A lexicon whose presence in the clause cancels the cue (trade verbs about arms are arms transfers). */
  unless: RegExp | null;
  /** "mediation": a "between A and B" after the cue names the parties, not a pair of partners. */
  mediation: boolean;
  /**
   * The conditions name the cue's agent ("workers" for a labour strike): they are tested on the clause
   * before the cue and a "by …" phrase after it, so "jets struck a union building" is no labour strike.
   */
  conditionOnAgent?: boolean;
  /** The relation the cue states when its subject is a crowd (civilians, workers, students …): PLOVER's PROTEST, not officials' DISAPPROVE. */
  byCrowds?: Relation;
  /**
   * Whose act the cue names: 'agent' (the default) keeps the frame's subject; 'recipient' marks cues whose
   * agent receives ("buy", "import", "importer"), so the claim is turned round to supplier → recipient.
   */
  role: 'agent' | 'recipient';
}

/** A pack cue given as a lemma: the verb's lemma and the particle that must follow it, if any. */
export interface LemmaCue {
  lemma: string;
  particle: string | null;
  cue: RelationCue;
}

/** The pack's articles as one alternation, each with the space after it (none needed after an elided one: "l'"). */
export const articleForms = (articles: readonly string[]) => articles.map((a) => (a.endsWith("'") ? `${a}\\s*` : `${a}\\s+`)).join('|');

/** Patterns of the pack's prepositions and articles with which relations.ts attaches parties to cues. */
export interface AttachmentPatterns {
  /** A locative, optionally with "the (northern) town of", right before a name: "in", "near the city of". */
  placeBefore: RegExp;
  /**
   * A cue's text ends in a preposition of the pack ("arrests of", "investigation into", "crackdown on")
   * and (gap) only an article and up to two counts ("30", "hundreds of") stand between it and the party:
   * the party is the noun's complement ("the arrest of 30 Kenyan traders").
   */
  complementAtEnd: { preposition: RegExp; gap: RegExp };
  /**
   * "by" opening the doer of a noun's event after the rest of its complement's noun phrase, lower-case
   * words only, so no second name stands in the phrase ("the kidnapping of Nigerian schoolgirls by").
   */
  byAfterNoun: RegExp;
  /** A participle (with its particle) between an event noun and "by": "a demonstration staged by". */
  participleBy: RegExp;
  /**
   * A participle (with its particle) and the preposition of its object between an event noun and the
   * party it reaches: "the sanctions imposed on", "l'aide accordée au", "les sanctions imposées à l'".
   */
  participleLink: RegExp;
  /**
   * After an act's object, a locative phrase (or a chain of them: "in the town of Cizre in southeastern"),
   * optionally behind one participle of a reduced relative ("the curfew imposed in") or the object's own
   * complement.
   */
  locativeChain: RegExp;
  /**
   * The complement preposition of a party's noun ("of", "de"; not the passive's "by"/"par") with at most
   * an article and two lower-case modifiers: "Albanians of southern Serbia".
   */
  complementOfHead: RegExp;
  /**
   * A closing stance clause: its subject opens the clause (an article at most before it); its verb closes
   * the sentence with no object, at most three lower-case words, numbers or a weekday after it, no article.
   */
  closingClause: { opening: RegExp; closing: RegExp };
  /** A locative right before a name, with an article and up to two lower-case modifiers: "in southeastern", "near the northern". */
  locativeWithModifiers: RegExp;
  /** A reciprocal word opening the text after an act, an article or two modifiers at most before it (null: the pack lists none). */
  reciprocal: RegExp | null;
  /** An article right before a word ("l'", "une "): the word is a noun ("l'attaque"), whatever verb it also spells. */
  articleBefore: RegExp;
  /** A pact noun ending the text of an act's object (null: the pack lists none). */
  pactAtEnd: RegExp | null;
  /** Lemmas of verbs that carry a subject event noun's act to their object ("hit", "destroyed"). */
  reachingVerbs: ReadonlySet<string>;
}

/** The pack's complement prepositions ("of", "de", "du"), without those that also open a passive's doer ("par", "by"). */
export const complementPrepositions = (data: Pick<LanguagePackData, 'of' | 'passive_by'>) => data.of.filter((w) => !data.passive_by.includes(w));

function attachmentPatterns(data: LanguagePackData, locativeBefore: RegExp): AttachmentPatterns {
  const articles = articleForms(data.articles);
  const locatives = data.locatives.join('|');
  const by = data.passive_by.join('|');
  const counts = ['\\p{N}[\\p{N},.]*', ...Object.keys(data.quantities.number_words), ...(data.count_words ?? [])].join('|');
  return {
    placeBefore: new RegExp(
      `${locativeBefore.source.replace(/\$$/u, '')}(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${data.of.join('|')})\\s+(?:the\\s+|les?\\s+|la\\s+|l['’])?)?$`,
      'iu',
    ),
    complementAtEnd: {
      preposition: new RegExp(`(?<![\\p{L}])(?:${[...new Set([...data.of, ...data.links, ...data.complement])].join('|')})$`, 'iu'),
      // A count may stand before the party too: "the arrest of 30 Kenyan traders", "the killing of hundreds of villagers".
      gap: new RegExp(`^\\s*(?:${articles})?(?:(?:${counts})\\s+){0,2}$`, 'iu'),
    },
    // Case-sensitive: lower-case words only.
    byAfterNoun: new RegExp(`^(?:\\s+\\p{Ll}[\\p{L}-]*){1,3}\\s+(?:${by})\\s+(?:${articles})?$`, 'u'),
    // An aside after the noun may hold it ("the sanctions, imposed by Canada on …").
    participleBy: new RegExp(`^\\s*,?\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:${by})\\s+(?:${articles})?$`, 'u'),
    participleLink: new RegExp(`^\\s*,?\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:${data.links.join('|')})\\s+(?:${articles})?$`, 'u'),
    // The object's own complement may come first ("a ban on rallies in", "the siege of a suburb near").
    locativeChain: new RegExp(
      `^\\s+(?:(?<participle>\\p{Ll}+)\\s+)?(?:(?:${data.complement.join('|')})\\s+(?:${articles})?(?:\\p{Ll}[\\p{L}-]*\\s+){1,2})?(?:(?:${locatives})\\s+(?:[\\p{L}'’.-]+\\s+){0,6}?)+$`,
      'u',
    ),
    complementOfHead: new RegExp(`^\\s+(?:${complementPrepositions(data).join('|')})(?:\\s+|(?<=['’]))(?:${articles})?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`, 'u'),
    closingClause: {
      opening: new RegExp(`^\\s*(?:${articles})?$`, 'iu'),
      closing: new RegExp(
        `^(?:[\\s,]+(?!(?:${data.articles.join('|')})(?![\\p{L}]))(?:\\p{Ll}[\\p{L}-]*|\\p{N}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,3}[\\s.!?"”’]*$`,
        'u',
      ),
    },
    locativeWithModifiers: new RegExp(`(?<![\\p{L}])(?:${locatives})\\s+(?:${articles})?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`, 'u'),
    reachingVerbs: new Set(data.reaching_verbs ?? []),
    reciprocal: data.reciprocal?.length ? new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?${wordSource(alternation(data.reciprocal))}`, 'iu') : null,
    articleBefore: new RegExp(`(?<![\\p{L}])(?:${articles})$`, 'iu'),
    // Case-sensitive: a capitalised pact noun, or one behind a capitalised word, ends a treaty's proper name
    // ("the Nuclear Non-Proliferation Treaty", "the Paris Agreement"), which many states sign, not with each other.
    pactAtEnd: data.pacts?.length ? new RegExp(`(?<![\\p{L}]|\\p{Lu}[\\p{L}-]*\\s+)(?:${alternation(data.pacts)})\\s*$`, 'u') : null,
  };
}

export interface LanguagePack {
  /** Patterns relations.ts attaches parties with, built with the pack. */
  attachment: AttachmentPatterns;
  language: string;
  abbreviations: Set<string>;
  clauseBreak: RegExp;
  coordinationGap: RegExp;
  /** A coordinator in a gap between two names ("and", "et"): a list, where an article after a comma alone ("A, the B") is an apposition. */
  coordinatorIn: RegExp;
  betweenAfter: RegExp;
  passiveByAfter: RegExp;
  /** "by" (and up to two lower-case modifiers: "by current Haitian …") right before a party, anywhere. */
  passiveByBefore: RegExp;
  /** The same "by" opening a clause (after punctuation): "…, much of it embezzled, by officials". */
  passiveByOpening: RegExp;
  /** A clause that opens with "by"/"par": a passive's agent set off from its verb by commas. */
  passiveAgentOpening: RegExp;
  /** Between a protest cue and the party it is addressed to ("complained to the"). */
  addresseeAfter: RegExp;
  /** Between that party and the party whose act is protested ("on Tuesday over two"): up to four words after the marker. */
  grievanceAfter: RegExp;
  ofAfter: RegExp;
  linkGap: RegExp;
  singularAnaphor: RegExp;
  pluralAnaphor: RegExp;
  /** Pronouns of a person ("he", "his"); null where the pack lists none. */
  personalAnaphor: RegExp | null;
  /** A title word that makes a mention name one person ("the Kenyan foreign minister", "President X"). */
  individualHead: RegExp | null;
  expletive: RegExp | null;
  locativeBefore: RegExp;
  /** A comma and an indefinite article between two parties: no list joins them (null: the pack lists none). */
  indefiniteAfterComma: RegExp | null;
  /** An indefinite article (null: the pack lists none): it brings in someone not named before. */
  indefiniteArticle: RegExp | null;
  /** An intent marker right before a cue (at most two words between). */
  intentBefore: RegExp;
  /**
   * An intent marker whose act leads to the cue through purpose clauses ("is willing to send material
   * to help defend"): the cue's act is intended as well.
   */
  intentChainBefore: RegExp;
  /** A noun of a proposed act right before the cue, its infinitive (at most two words between); null where the pack lists none. */
  intentNounBefore: RegExp | null;
  /** A locative or a link preposition ending a stretch of up to eight words ("sent observers to"). */
  locativeOrLinkBefore: RegExp;
  /** A "by" phrase (up to four words) opening the text after a cue, within a few words: the cue's agent ("a strike by dockers"). */
  agentAfter: RegExp;
  /** A purpose marker right before a verb cue, after at most three words ("to Bosnia on Wednesday to"). */
  purposeBefore: RegExp;
  /** What stands between a refusal, threat or request and the act it is about: up to five words, then a purpose or undone-act link. */
  undoneActBefore: RegExp;
  /** What stands between an accusation and the act it alleges: up to five words, then an allegation link (null where the pack lists none). */
  allegedActBefore: RegExp | null;
  /** A consequence a warning says its party will suffer, opening the text after that party ("would regret"); null where the pack lists none. */
  threatConsequenceAfter: RegExp | null;
  /** The complement of a verb's object up to a noun ("[a declaration] of comprehensive [partnership]"): the noun is part of that object. */
  nounComplementGap: RegExp;
  /** A topic marker right before a noun phrase (an article and at most two words between). */
  topicBefore: RegExp;
  /** A prefix hyphened to a relation noun ("post-war", "après-guerre"): the compound dates or qualifies, it states no event. */
  timePrefixBefore: RegExp;
  /** A word of a sports match in a clause: meeting or facing there is a game (null where the pack lists none). */
  sportMatch: RegExp | null;
  /** An occasion word before a match word, with an article and up to three words between ("during the women's World Cup"). */
  sportOccasionBefore: RegExp | null;
  /** A clause opened by a relative pronoun ("who", "qui"). */
  relativeOpening: RegExp;
  /**
   * What stands between a party and a verb that is a second predicate of an earlier verb ("met Iraq on
   * Monday and signed"): up to four words, then a coordinator and up to two adverbs or auxiliaries.
   */
  predicateCoordination: RegExp;
  /**
   * The same before a noun cue, with the second predicate's verb (group `verb`) and up to three words of
   * its object between: "met Iraq on Monday and signed a trade deal with Syria".
   */
  nounPredicateCoordination: RegExp;
  /** A word that ends as a present participle. */
  participleEnding: RegExp;
  /** A word that ends as a past participle (null: the pack lists no endings; English asks the tagger). */
  pastParticipleEnding: RegExp | null;
  /** The stance-source preposition (and an optional article) between a stance noun and a party. */
  stanceSourceAfter: RegExp;
  referenceLine: RegExp;
  /** A caption, photo credit or teaser line (case-insensitive). */
  captionLine: RegExp;
  obligation: RegExp;
  /** A passive agent anywhere after a participle ("was attacked on Friday by …"). */
  passiveAgent: RegExp;
  cues: RelationCue[];
  lemmaCues: LemmaCue[];
  /**
   * Matches wherever at least one cue matches: one scan finds the few offsets worth trying every
   * cue at, instead of one scan of the sentence per cue.
   */
  anyCue: RegExp;
  /**
   * The first of the cues from index `from` on that matches at `start` (sticky), with its match's end,
   * or null: where `anyCue` found a match, every cue matching there is found by calling this again
   * from the next cue on, a match per cue that matches rather than one per cue of the pack.
   */
  firstCueAt: (text: string, start: number, from: number) => { cue: number; end: number } | null;
  attributionVerb: RegExp;
  attributionPhrase: RegExp;
  attributionBare: RegExp | null;
  predicted: RegExp;
  hedged: RegExp;
  uncertain: RegExp;
  negation: RegExp;
  data: LanguagePackData;
}

/** Turns data alternatives into one source string; a plain apostrophe also matches the typographic one. */
export function alternation(alternatives: string[]): string {
  return alternatives.map((a) => a.replace(/'/g, "['’]")).join('|');
}

/**
 * Whole-word matching that also works for accented letters (JavaScript's \b does not), and lets an
 * alternative that ends in an apostrophe ("n'", "d'") run straight into the next word.
 */
export function wordPattern(alternatives: string[], flags = 'giu'): RegExp {
  return new RegExp(wordSource(alternation(alternatives)), flags);
}

function wordSource(alternation: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternation})(?:(?<=['’])|(?![\\p{L}\\p{N}]))`;
}

function optionalPattern(alternatives: string[]): RegExp | null {
  return alternatives.length > 0 ? wordPattern(alternatives) : null;
}

/**
 * LanguagePack.firstCueAt over the cues' sources (each `(?:…)`, in the cues' order). The cues from
 * the k-th on are one sticky alternation, each cue its own group, compiled on first use: an
 * alternation matches with its first alternative that can (with the same word boundary after it as
 * the cue's own pattern), so the first group set is the first cue from k on that matches there, and
 * its text is what the cue's own pattern matches. Trying the cues one by one cost a regex call per
 * cue at every offset where any cue matched.
 */
export function cueChain(cueSources: readonly string[]): LanguagePack['firstCueAt'] {
  // Groups a cue's own words hold (none so far), so the group of each cue can be found by counting.
  const ownGroups = cueSources.map((source) => new RegExp(`${source}|`, 'u').exec('')!.length - 1);
  const fromCue: RegExp[] = [];
  return (text, start, from) => {
    if (from >= cueSources.length) return null;
    fromCue[from] ??= new RegExp(
      wordSource(
        cueSources
          .slice(from)
          .map((source) => `(${source})`)
          .join('|'),
      ),
      'iuy',
    );
    const chain = fromCue[from]!;
    chain.lastIndex = start;
    const match = chain.exec(text);
    if (!match) return null;
    for (let cue = from, group = 1; cue < cueSources.length; group += 1 + ownGroups[cue]!, cue++) {
      const words = match[group];
      if (words !== undefined) return { cue, end: start + words.length };
    }
    throw new Error('language pack: a cue chain matched with no cue group set');
  };
}

/** An optional article before a party's name, from the pack's `articles`: spaced forms need a space after them, elided ones none. */
function optionalArticle(articles: string[]): string {
  const spaced = articles.filter((a) => !a.endsWith("'"));
  const elided = articles.filter((a) => a.endsWith("'"));
  const forms = [...(spaced.length ? [`(?:${alternation(spaced)})\\s+`] : []), ...(elided.length ? [`(?:${alternation(elided)})`] : [])];
  return forms.length ? `(?:${forms.join('|')})?` : '';
}

function compile(data: LanguagePackData): LanguagePack {
  const article = optionalArticle(data.articles);
  const lexicon = (name: string | undefined): RegExp | null => {
    if (!name) return null;
    const words = data.lexicons[name];
    if (!words) throw new Error(`language pack ${data.language}: unknown lexicon ${name}`);
    return wordPattern(words, 'iu');
  };
  const cues: RelationCue[] = [];
  const lemmaCues: LemmaCue[] = [];
  const cueSources: string[] = [];
  for (const relation of RELATION_NAMES) {
    const entry = data.relations[relation];
    if (!entry) continue;
    for (const cue of Array.isArray(entry) ? entry : [entry]) {
      if (!cue.lemmas || cue.lemmas.length === 0) continue;
      const never = /(?!)/u;
      const relationCue: RelationCue = {
        relation,
        part: 'verb',
        pattern: never,
        requires: lexicon(cue.requires_for_verbs ?? cue.requires),
        unless: lexicon(cue.unless),
        mediation: cue.frame === 'mediation',
        role: cue.role ?? 'agent',
        conditionOnAgent: cue.condition_on === 'agent',
        byCrowds: cue.by_crowds as Relation | undefined,
      };
      for (const written of cue.lemmas) {
        const [lemma, particle] = written.split(' ');
        lemmaCues.push({ lemma: lemma!, particle: particle ?? null, cue: relationCue });
      }
    }
    for (const cue of Array.isArray(entry) ? entry : [entry])
      for (const part of ['verb', 'noun'] as const) {
        const words = part === 'verb' ? cue.verbs : cue.nouns;
        if (!words || words.length === 0) continue;
        const requires = part === 'verb' ? (cue.requires_for_verbs ?? cue.requires) : cue.requires;
        const pattern = wordPattern(words);
        if (/\\(?:[1-9]|k<)/u.test(pattern.source)) throw new Error(`language pack ${data.language}: ${relation} cues may not use backreferences`);
        cueSources.push(`(?:${alternation(words)})`);
        cues.push({
          relation,
          part,
          pattern,
          requires: lexicon(requires),
          unless: lexicon(cue.unless),
          mediation: cue.frame === 'mediation',
          role: cue.role ?? 'agent',
          conditionOnAgent: cue.condition_on === 'agent',
          byCrowds: cue.by_crowds as Relation | undefined,
        });
      }
  }
  for (const name of Object.keys(data.relations)) {
    if (!(RELATION_NAMES as string[]).includes(name)) throw new Error(`language pack ${data.language}: unknown relation ${name}`);
  }
  // Each cue stays a group of its own: an alternation matches at an offset exactly when one of its
  // alternatives does, so this matches where some cue does (no cue has backreferences to renumber).
  const anyCue = new RegExp(wordSource(cueSources.join('|')), 'giu');
  const firstCueAt = cueChain(cueSources);
  const coordinators = alternation(data.coordinators);
  const locativeBefore = new RegExp(`(?<![\\p{L}])(?:${alternation(data.locatives)})\\s+${article}$`, 'iu');
  return {
    language: data.language,
    abbreviations: new Set(data.abbreviations),
    // A comma between digits groups thousands ("2,000 Libyans") or marks decimals ("3,5 %"): no clause ends there.
    clauseBreak: new RegExp(
      `(?<!\\p{N}),|,(?!\\p{N})|[;:()\\[\\]—–]|\\s-\\s|(?<![\\p{L}\\p{N}])(?:${alternation(data.clause_breaks)})(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    coordinationGap: new RegExp(`^[\\s,]*(?:(?:${coordinators})[\\s,]+)*${article}$`, 'iu'),
    coordinatorIn: new RegExp(`(?<![\\p{L}])(?:${coordinators})(?![\\p{L}])`, 'iu'),
    indefiniteArticle: data.indefinite_articles?.length ? wordPattern(data.indefinite_articles) : null,
    indefiniteAfterComma: data.indefinite_articles?.length ? new RegExp(`^\\s*,\\s*(?:${alternation(data.indefinite_articles)})\\s+$`, 'iu') : null,
    betweenAfter: new RegExp(`^[\\s\\p{L}'’-]{0,40}?(?<![\\p{L}])(?:${alternation(data.between)})\\s+(?:both\\s+)?${article}$`, 'iu'),
    passiveByAfter: new RegExp(`^\\s*(?:${alternation(data.passive_by)})\\s+${article}$`, 'iu'),
    passiveByBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(data.passive_by)})\\s+${article}(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`, 'u'),
    passiveByOpening: new RegExp(`[,;:(\\[—–]\\s*(?:${alternation(data.passive_by)})\\s+${article}(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$`, 'u'),
    passiveAgentOpening: new RegExp(`[,;:(\\[—–]\\s*(?:${alternation(data.passive_by)})(?![\\p{L}])`, 'u'),
    addresseeAfter: new RegExp(`^\\s*(?:${alternation(data.addressee)})\\s+${article}$`, 'iu'),
    grievanceAfter: new RegExp(`(?<![\\p{L}])(?:${alternation(data.grievance)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}$`, 'iu'),
    ofAfter: new RegExp(`^\\s*(?:${alternation(data.of)})\\s*${article}$`, 'iu'),
    linkGap: new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(data.links)})\\s+(?:both\\s+)?${article}$`, 'iu'),
    singularAnaphor: wordPattern(data.anaphora.singular),
    pluralAnaphor: wordPattern(data.anaphora.plural),
    personalAnaphor: optionalPattern(data.anaphora.personal ?? []),
    individualHead: data.anaphora.individual_heads?.length ? wordPattern(data.anaphora.individual_heads, 'iu') : null,
    expletive: data.anaphora.expletive.length > 0 ? wordPattern(data.anaphora.expletive) : null,
    locativeOrLinkBefore: new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,8}?(?:${alternation(data.locatives)}|${alternation(data.links)})\\s+${article}$`, 'iu'),
    agentAfter: new RegExp(`^(?:\\s*[\\p{L}'’-]+){0,3}?\\s*(?<![\\p{L}])(?:${alternation(data.passive_by)})\\s+(?:[\\p{L}'’-]+\\s*){1,4}`, 'iu'),
    nounComplementGap: new RegExp(`^\\s+(?:${alternation(data.complement)})\\s*${article}(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu'),
    purposeBefore: new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${alternation(data.purpose)})\\s*$`, 'iu'),
    undoneActBefore: new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?(?:${alternation([...data.purpose, ...(data.undone_act_links ?? [])])})\\s*$`, 'iu'),
    allegedActBefore: data.allegation_links?.length
      ? new RegExp(`^\\s*(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?(?:${alternation(data.allegation_links)})\\s*$`, 'iu')
      : null,
    threatConsequenceAfter: data.threat_consequences?.length ? new RegExp(`^\\s*(?:${alternation(data.threat_consequences)})(?![\\p{L}])`, 'iu') : null,
    intentBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(data.intent)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu'),
    intentNounBefore: data.intent_nouns?.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(data.intent_nouns)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu') : null,
    intentChainBefore: new RegExp(
      `(?<![\\p{L}])(?:${alternation(data.intent)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,6}?(?:${alternation(data.purpose)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`,
      'iu',
    ),
    topicBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(data.topic_markers)})\\s+(?:(?:the|a|an|les?|la|des|du)\\s+|l['’])?(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'),
    timePrefixBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(data.time_prefixes)})-$`, 'iu'),
    sportMatch: data.sport_match?.length ? wordPattern(data.sport_match) : null,
    sportOccasionBefore: data.sport_occasion?.length
      ? new RegExp(`(?<![\\p{L}])(?:${alternation(data.sport_occasion)})\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}$`, 'iu')
      : null,
    relativeOpening: new RegExp(`^(?:${alternation(data.relative_pronouns)})(?![\\p{L}])`, 'iu'),
    predicateCoordination: new RegExp(
      `^(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,4}?[\\s,]+(?:${coordinators})\\s+(?:(?:${alternation(data.predicate_adverbs)})\\s+){0,2}$`,
      'iu',
    ),
    nounPredicateCoordination: new RegExp(
      `^(?:[\\s,]+[\\p{L}\\p{N}'’-]+){0,4}?[\\s,]+(?:${coordinators})\\s+(?:(?:${alternation(data.predicate_adverbs)})\\s+){0,2}(?<verb>[\\p{L}'’-]+)(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}\\s+$`,
      'diu',
    ),
    stanceSourceAfter: new RegExp(`^\\s*(?:${alternation(data.stance_source)})\\s+${article}$`, 'iu'),
    participleEnding: new RegExp(`(?:${alternation(data.participle_endings)})$`, 'iu'),
    pastParticipleEnding: data.past_participle_endings?.length ? new RegExp(`\\p{L}(?:${alternation(data.past_participle_endings)})$`, 'iu') : null,
    referenceLine: new RegExp(data.reference_line.join('|'), 'u'),
    captionLine: new RegExp(data.caption_line.join('|'), 'iu'),
    obligation: wordPattern(data.obligation, 'iu'),
    passiveAgent: wordPattern(data.passive_by, 'iu'),
    locativeBefore,
    attachment: attachmentPatterns(data, locativeBefore),
    cues,
    lemmaCues,
    anyCue,
    firstCueAt,
    attributionVerb: wordPattern(data.modality.attribution_verbs),
    attributionPhrase: wordPattern(data.modality.attribution_phrases),
    attributionBare: optionalPattern(data.modality.attribution_bare),
    predicted: wordPattern(data.modality.predicted),
    hedged: wordPattern(data.modality.hedged),
    uncertain: wordPattern(data.modality.uncertain),
    negation: wordPattern(data.modality.negation),
    data,
  };
}

const DATA: ReadonlyMap<string, LanguagePackData> = new Map(([en, fr] as LanguagePackData[]).map((data) => [data.language, data]));
/**
 * Packs are compiled on first use, not at load (their hundreds of word patterns cost ~100 ms): a
 * run that never reads a document in a language, or a document that reaches no pack, skips it.
 */
const PACKS = new Map<string, LanguagePack>();
function packOf(language: string): LanguagePack {
  let pack = PACKS.get(language);
  if (!pack) {
    pack = compile(DATA.get(language)!);
    PACKS.set(language, pack);
  }
  return pack;
}

export const SUPPORTED_LANGUAGES = [...DATA.keys()];

export function allPacks(): LanguagePack[] {
  return SUPPORTED_LANGUAGES.map(packOf);
}

/** A document's language as a pack's key: its primary subtag, lower case; undefined when unknown. */
function languageKey(language: string | null): string | undefined {
  const own = language ? language.toLowerCase().split(/[-_]/)[0]! : '';
  return own === '' || own === 'und' ? undefined : own;
}

/** Whether a document in `language` is read with the pack of `code` (its own, or every pack when its language is not known), without compiling a pack. */
export function readsWithPack(language: string | null, code: string): boolean {
  const own = languageKey(language);
  return own === undefined || own === code;
}

/**
 * Whether a document's language is known and no pack reads it: such a document gets no claims, since
 * English cues read German text as English ("war" is "was", "die" is "the").
 */
export function isUnreadLanguage(language: string | null): boolean {
  const own = languageKey(language);
  return own !== undefined && !DATA.has(own);
}

/** The packs to apply to a document: its own language when we have it, none when it is unread, otherwise every pack. */
export function packsFor(language: string | null): LanguagePack[] {
  const own = languageKey(language);
  if (own === undefined) return allPacks();
  return DATA.has(own) ? [packOf(own)] : [];
}

/** The text a cue's context conditions are tested on: its clause, or for conditions on its agent the clause before it and a "by …" after it. */
export function conditionText(text: string, clause: { start: number; end: number }, start: number, end: number, cue: RelationCue, pack: LanguagePack): string {
  if (!cue.conditionOnAgent) return text.slice(clause.start, clause.end);
  const by = pack.agentAfter.exec(text.slice(end, clause.end));
  return `${text.slice(clause.start, start)} ${by ? by[0] : ''}`;
}
