// Compiles the event-verb lexicon pipeline/claims/data/events.json from its source events.src.json,
// the CAMEO verb dictionary (petrarch2 CAMEO.2.0.txt, MIT, Open Event Data) and the CAMEO→PLOVER table
// (CAMEO2PLOVER-2021.txt, Open Event Data Alliance). Run at commit time when the source changes:
//   npx tsx scripts/compile-events.ts [SHARED_DIR]   (default ../shared from the repo root)
// The extractor never reads CAMEO at run time; events.json carries what it uses, with the source of each entry:
// the hand-listed verbs of events.src.json, then CAMEO's plain verb-object and verb-preposition-object patterns compiled whole,
// then the bare verbs of all CAMEO's blocks under stated exclusion rules (the run prints what it drops and why).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PLOVER_CONTEXTS } from '../pipeline/records/claim.ts';
import { frenchForms } from './french-conjugation.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = process.argv[2] ?? join(repo, '..', 'shared');
const cameoText = readFileSync(join(shared, 'lexicons/petrarch2/CAMEO.2.0.txt'), 'utf8');
const ploverText = readFileSync(join(shared, 'dev/plover/CAMEO2PLOVER-2021.txt'), 'utf8');

interface SrcEntry {
  lemma: string;
  particle?: string;
  object?: string[];
  cameo?: string;
  synonyms?: boolean;
  /** The bare verb's coding stands whatever its object: CAMEO's objects that change the event are not compiled for it. */
  keep_coding?: boolean;
  /** A verb the dictionary lacks, coded as the CAMEO verb named here ("retake" as "recapture"). */
  as?: string;
  /**
   * The object is a noun that must head its noun phrase in the verb's object, as CAMEO's objects do
   * ("set up an energy research center" is no "set up … research"); with a particle, the party acted on
   * may also stand between verb and particle ("placed the activist under house arrest"), as in CAMEO's
   * "(IN DETENTION)".
   */
  noun_object?: boolean;
  /** The verb's object must name a party (a person or group the actor stage found): "executed two smugglers", not "executed its plan". */
  party_object?: boolean;
  /** Words whose coming after the object, in the clause, makes another act: "met the demands with an offensive" answers them, concedes nothing. */
  not_followed_by?: string[];
  /** Words one of which must follow the verb in its clause for this sense ("fired at China over trade"). */
  followed_by?: string[];
  /** The sense holds only between states or their governments (unarmed), the doer before the verb and the party after it. */
  between_states?: boolean;
  /** The object word must head the first noun phrase after the verb ("declared a state of emergency on", not "revoked the agreement on … passports"). */
  object_heads?: boolean;
  /** With party_object: a party named anywhere in the object's noun phrase will do ("released two Israeli hostages"). */
  party_in_phrase?: boolean;
  /** The verb's noun has its doer after "of": "the visit of the Indian president to Japan". */
  of_doer?: boolean;
  /** Words after the object, in the clause, that leave the verb to its next entry: a ban on imports is a trade ban (085), not an administrative one (081). */
  except_followed_by?: string[];
}
const src = JSON.parse(readFileSync(join(repo, 'pipeline/claims/data/events.src.json'), 'utf8')) as {
  en: SrcEntry[];
  fr: SrcEntry[];
  /** Event nouns that are no lexicon verb's nominalisation ("aid", "crackdown"), with the CAMEO code of the act each names. */
  nouns: Array<{ noun: string; cameo: string }>;
  /** CAMEO verbs never coded bare: their common sense states no event between parties ("aimed at", "linked the attack to"). */
  not_bare: string[];
};

// ---- CAMEO→PLOVER: code → event, mode, contexts ------------------------------------------------
// The table's names are PLOVER draft 0.8's; the gold records use the later names: REQUEST → DEMAND,
// ACCUSE → INVESTIGATE (mode investigate) or DISAPPROVE, and conventional military force (19x bar
// blockade and occupation) → FIGHT.
const plover = new Map<string, { event: string; mode: string | null; context: string[]; relation: string | null }>();
for (const line of ploverText.split('\n')) {
  const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)/u.exec(line);
  if (!m) continue;
  const code = m[1]!;
  let event = m[2]!;
  const mode = m[3]!.trim() || null;
  const context = m[4]!
    .split(/[;,]/u)
    .map((c) => c.trim().replace(/_.*$/u, ''))
    .filter((c) => c !== '');
  if (event === 'REQUEST') event = 'DEMAND';
  if (event === 'ACCUSE') event = mode === 'investigate' ? 'INVESTIGATE' : 'DISAPPROVE';
  if (/^19[0345]/u.test(code)) event = 'FIGHT';
  // CAMEO 163 (impose an embargo, boycott or sanctions, freeze assets) is COERCE/restrict in the table, but
  // PLOVER defines SANCTION as the reduction of relations and the institutional, mostly economic and
  // diplomatic, penalties one party lays on another, and COERCE as restrictions on persons and property
  // in the coercer's reach (arrest, deport, seize, ban, curfew): sanctions on a state, its firms or its
  // officials are SANCTION, in English and French alike (the project's relation 'sanctions' says so too).
  const sanctions = code.startsWith('163');
  if (sanctions) event = 'SANCTION';
  // They are the project's relation 'sanctions' too, not a diplomatic downgrade (codeOf reads it here).
  plover.set(code, {
    event,
    mode: mode === 'investigate' || mode === 'disapprove' || sanctions ? null : mode,
    context,
    relation: sanctions ? 'sanctions' : null,
  });
}
const CONTEXT_NAMES: Record<string, string> = {
  political: 'political',
  rights: 'rights',
  human: 'rights',
  pro: 'political',
  democracy: 'political',
  executive: 'government',
  crime: 'legal',
  religion: 'religion',
};
// The record type's list is the one source of PLOVER's contexts.
const KNOWN_CONTEXTS = new Set<string>(PLOVER_CONTEXTS);
const contextOf = (c: string) => CONTEXT_NAMES[c] ?? c;
const knownContext = (c: string) => KNOWN_CONTEXTS.has(c);

// ---- CAMEO verb dictionary: which block lists a verb, with which code --------------------------
interface Block {
  name: string;
  code: string | null;
  verbs: Map<string, string | null>;
  patterns: Array<{ words: string[]; code: string }>;
  /**
   * Verb-object patterns "- * OBJECT [code]  # VERB, VERB": the object (a word, a {phrase} or a &synset), its code, the verbs it was
   * found with; `prep` for the patterns whose object follows a preposition, "- * (INTO CHARGES) [090]  # LOOK" ("looked into the charges").
   */
  objects: Array<{ object: string; code: string; verbs: string[]; prep: string | null }>;
  /**
   * Every verb line of the block as written: the verb (the word CAMEO marks with "+" in a phrase), the
   * words after it ("CARRY_OUT"), whether words come before it ("WIRE_+TAP"), and the code its bare
   * form has: its own "[code]", else the block's; null for "[---]" and for codes CAMEO gives only a
   * passive or compound reading ("[:110]").
   */
  lines: Array<{ lemma: string; after: string[]; before: boolean; code: string | null; own: boolean }>;
}
// Synonym sets ("&CURRENCY": +DOLLAR +EURO …) that patterns name as objects. A trailing "_" marks a
// word CAMEO matches without a plural; "_" inside joins a phrase.
const synsets = new Map<string, string[]>();
{
  let name: string | null = null;
  for (const raw of cameoText.split('\n')) {
    if (raw.startsWith('####### VERB PATTERNS')) break;
    const head = /^&([A-Z_]+)\s*$/u.exec(raw.replace(/#.*$/u, '').trimEnd());
    if (head) {
      name = head[1]!;
      synsets.set(name, []);
      continue;
    }
    const word = /^\+([A-Z_'-]+)/u.exec(raw);
    if (name && word) synsets.get(name)!.push(word[1]!.replace(/_$/u, '').replace(/_/gu, ' ').toLowerCase());
  }
}
/** A CAMEO code as written ("173", "0871:1234"): its code before any colon, or null for "[---]" (no event). */
const cameoCode = (written: string): string | null => (/^\d/u.test(written) ? written.split(':')[0]! : null);
/** Irregular forms CAMEO lists with a verb ("GIVE {GIVES GIVING GAVE GIVEN}"): the extractor's prefilter needs them. */
const irregular = new Map<string, string[]>();
const blocks: Block[] = [];
/** The codes of the patterns that name each verb (null for a pattern coded "[---]": the object makes no event). */
const patternCodes = new Map<string, Array<string | null>>();
let current: Block | null = null;
for (const raw of cameoText.split('\n')) {
  const comment = /#(.*)$/u.exec(raw)?.[1] ?? '';
  const line = raw.replace(/#.*$/u, '').trimEnd();
  const head = /^---\s+(\S+)\s+\[([^\]]+)\]/u.exec(line);
  if (head) {
    current = { name: head[1]!, code: cameoCode(head[2]!), verbs: new Map(), patterns: [], objects: [], lines: [] };
    blocks.push(current);
    continue;
  }
  if (!current || line.trim() === '') continue;
  if (line.startsWith('-')) {
    const p = /^-\s*(.*?)\s*\[(\d+)/u.exec(line);
    // Only the plain "verb, then its object" patterns: "- * AID [070]", "- * {ECONOMIC AID} [071]",
    // "- * &CURRENCY [071]". Patterns with a preposition, a subject noun or more words need a parse.
    const plain = /^-\s*\*\s+(&[A-Z_]+|[A-Z][A-Z-]*|\{[A-Z -]+\})\s*\[(\d+)/u.exec(line);
    // The verb, a preposition right after it, then its object: "- * (INTO CHARGES) [090]", "- * (TO BORDER) [154]".
    // A preposition's object is matched as the verb's object is, in the words after the preposition.
    const prep = /^-\s*\*\s+\(([A-Z]+)\s+(&[A-Z_]+|[A-Z][A-Z-]*|\{[A-Z -]+\})\)\s*\[(\d+)/u.exec(line);
    if (plain || prep) {
      const verbs = comment
        .split(/[,;]/u)
        .map((v) => v.trim().toLowerCase())
        // One word: a phrasal verb's pattern ("SET UP - * RESEARCH") is not the bare verb's.
        .filter((v) => /^[a-z-]+$/u.test(v));
      if (plain) current.objects.push({ object: plain[1]!, code: plain[2]!, verbs, prep: null });
      else current.objects.push({ object: prep![2]!, code: prep![3]!, verbs, prep: prep![1]!.toLowerCase() });
    }
    // Every pattern, whatever its form, with the verbs it names (the block's head when it names none):
    // how many different events a verb's objects make is the compiler's test of a generic verb.
    const anyCode = /\[([^\]]*)\]/u.exec(line)?.[1]?.trim();
    if (anyCode !== undefined) {
      const named = comment
        .split(/[,;]/u)
        .map((v) => v.trim().toLowerCase())
        .filter((v) => /^[a-z-]+$/u.test(v));
      for (const v of named.length > 0 ? named : [current.name.toLowerCase()]) patternCodes.set(v, [...(patternCodes.get(v) ?? []), cameoCode(anyCode)]);
    }
    if (p)
      current.patterns.push({
        words: p[1]!
          .replace(/[{}()$&*]/gu, ' ')
          .split(/\s+/u)
          .filter(Boolean)
          .map((w) => w.toLowerCase()),
        code: p[2]!,
      });
    continue;
  }
  const verb = /^\+?([A-Z_'-]+)\s*(?:\{([^}]*)\})?\s*(?:\[(\d+)[^\]]*\])?/u.exec(line.trim());
  if (verb) {
    const lemma = verb[1]!.toLowerCase().replace(/_/gu, ' ');
    current.verbs.set(lemma, verb[3] ?? null);
    const written = /^([A-Z_'+-]+)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/u.exec(line.trim())!;
    const words = written[1]!.split('_').filter(Boolean);
    // The verb is the word CAMEO marks with "+" ("WIRE_+TAP"), else the first.
    const marked = words.findIndex((w) => w.startsWith('+'));
    const at = Math.max(marked, 0);
    const own = written[2]?.trim();
    current.lines.push({
      lemma: words[at]!.replace(/^\+/u, '').toLowerCase(),
      after: words.slice(at + 1).map((w) => w.toLowerCase()),
      before: at > 0,
      code: own === undefined ? current.code : cameoCode(own),
      own: own !== undefined,
    });
    if (verb[2] && !lemma.includes(' '))
      irregular.set(
        lemma,
        verb[2]
          .trim()
          .split(/\s+/u)
          .map((f) => f.toLowerCase()),
      );
  }
}

function cameoFor(entry: SrcEntry): { code: string; block: string | null } {
  const verb = entry.as ?? entry.lemma;
  const owners = blocks.filter((b) => b.verbs.has(verb));
  if (entry.as && owners.length === 0) throw new Error(`${entry.lemma}: CAMEO has no verb ${entry.as}`);
  for (const b of owners) {
    // "recall * ambassador": a pattern of the verb's block naming one of the entry's objects.
    const pattern = entry.object && b.patterns.find((p) => p.words.some((w) => entry.object!.includes(w)));
    if (pattern && !entry.cameo) return { code: pattern.code, block: b.name };
  }
  const owner = owners[0] ?? null;
  const code = entry.cameo ?? owner?.verbs.get(verb) ?? owner?.code ?? null;
  if (!code) throw new Error(`no CAMEO code for ${entry.lemma}: give one in events.src.json`);
  return { code, block: owner?.name ?? null };
}

/** The relation (the project's finer label) of each PLOVER event type. */
const RELATION_OF: Record<string, string> = {
  AGREE: 'agreement',
  CONSULT: 'consultation',
  SUPPORT: 'diplomatic_support',
  CONCEDE: 'concession',
  COOPERATE: 'economic_cooperation',
  AID: 'aid',
  RETREAT: 'retreat',
  DEMAND: 'demand',
  DISAPPROVE: 'criticism',
  REJECT: 'rejection',
  THREATEN: 'threat',
  PROTEST: 'protest',
  SANCTION: 'diplomatic_downgrade',
  MOBILIZE: 'mobilization',
  COERCE: 'coercion',
  ASSAULT: 'assault',
  FIGHT: 'armed_conflict',
  INVESTIGATE: 'investigation',
};

/** The PLOVER coding of a CAMEO code (its own line, else its three-digit parent's), if the table has one. */
const plover_ = (code: string) => plover.get(code) ?? plover.get(code.slice(0, 3));

function codeOf(entry: SrcEntry, code: string) {
  const p = plover_(code);
  if (!p) throw new Error(`CAMEO code ${code} (${entry.lemma}) is not in CAMEO2PLOVER`);
  const context = [...new Set(p.context.map(contextOf).filter(knownContext))];
  // Military cooperation (CAMEO 062: joint exercises, arms) is its own relation in the project.
  // Sanctions (CAMEO 163) carry their relation from the table read above.
  const relation = p.relation ?? (p.event === 'COOPERATE' && context.includes('military') ? 'military_cooperation' : RELATION_OF[p.event]!);
  return { event: p.event, mode: p.mode, context, relation };
}

interface OutEntry {
  lemma: string;
  particle: string | null;
  object: string[] | null;
  cameo: string;
  cameo_block: string | null;
  event: string;
  mode: string | null;
  context: string[];
  relation: string;
  /** The object is CAMEO's noun: it must head the verb's object (source entries may name other words, "ordered … to"). */
  noun_object?: boolean;
  party_object?: boolean;
  not_followed_by?: string[];
  followed_by?: string[];
  between_states?: boolean;
  object_heads?: boolean;
  party_in_phrase?: boolean;
  of_doer?: boolean;
  except_followed_by?: string[];
  /** A verb the tagger reads alone as a noun: matched only where its sentence reads it as a verb, never through its noun. */
  verb_only?: boolean;
}
const en: OutEntry[] = [];
/** A source object naming one of CAMEO's synonym sets ("&CAR") stands for its words, as CAMEO's patterns do. */
const sourceObjects = (objects: string[] | undefined): string[] | null =>
  objects ? [...new Set(objects.flatMap((o) => (o.startsWith('&') ? (synsets.get(o.slice(1)) ?? []) : [o])))] : null;
for (const raw of src.en) {
  const entry = { ...raw, object: sourceObjects(raw.object) ?? undefined };
  if (raw.object?.some((o) => o.startsWith('&') && !synsets.has(o.slice(1)))) throw new Error(`${raw.lemma}: unknown CAMEO synonym set in ${raw.object}`);
  const { code, block } = cameoFor(entry);
  en.push({
    lemma: entry.lemma,
    particle: entry.particle ?? null,
    object: entry.object ?? null,
    cameo: code,
    cameo_block: block,
    ...codeOf(entry, code),
    ...(entry.noun_object ? { noun_object: true } : {}),
    ...(entry.party_object ? { party_object: true } : {}),
    ...(entry.not_followed_by ? { not_followed_by: entry.not_followed_by } : {}),
    ...(entry.followed_by ? { followed_by: entry.followed_by } : {}),
    ...(entry.between_states ? { between_states: true } : {}),
    ...(entry.object_heads ? { object_heads: true } : {}),
    ...(entry.party_in_phrase ? { party_in_phrase: true } : {}),
    ...(entry.of_doer ? { of_doer: true } : {}),
    ...(entry.except_followed_by ? { except_followed_by: entry.except_followed_by } : {}),
  });
  if (entry.synonyms && block) {
    for (const [verb, own] of blocks.find((b) => b.name === block)!.verbs) {
      if (verb === entry.lemma || verb.includes(' ') || en.some((e) => e.lemma === verb)) continue;
      en.push({ lemma: verb, particle: null, object: entry.object ?? null, cameo: own ?? code, cameo_block: block, ...codeOf(entry, own ?? code) });
    }
  }
}

// ---- CAMEO's verb-object patterns, compiled whole ------------------------------------------------
// Each plain pattern becomes an entry for the verbs CAMEO found it with (its comment names them; the
// block's own verb when it names none): "GIVE - * AID [070]" gives {give, object aid, AID}. Only codes
// the CAMEO→PLOVER table maps (statements and appeals, 01x-02x, are no PLOVER events); a verb-object
// pair the source lists keeps the source's entry. The synonyms of a block share its patterns in
// PETRARCH, but WordNet's synonym sets are too loose for words matched without a parse ("add" for
// "give"), so only the verbs the pattern was seen with take it.
const objectWords = (object: string): string[] =>
  object.startsWith('&') ? (synsets.get(object.slice(1)) ?? []) : [object.replace(/[{}]/gu, '').trim().toLowerCase().replace(/\s+/gu, ' ')];
/** Adverb particles CAMEO writes as objects ("GIVE - * UP [080]"): a phrasal verb, the particle right after the verb. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'back', 'off', 'out', 'in', 'away', 'over', 'on', 'through']);
const PASSIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of']);
const fromSource = (lemma: string, word: string) => en.some((e) => e.lemma === lemma && e.object?.includes(word));
const sourceLemmas: ReadonlySet<string> = new Set(src.en.filter((e) => !e.object && !e.particle).map((e) => e.lemma));
/** The event each verb the source codes bare has (the first entry, as the extractor tries them). */
const bareEvent = new Map<string, string>();
for (const e of en) if (e.object === null && e.particle === null && !bareEvent.has(e.lemma)) bareEvent.set(e.lemma, e.event);
/**
 * Speech acts about another party's act: CAMEO's objects for them code the act spoken of, often in the
 * inverted sense ("protest * detention" is support for the detainee, "demand * death penalty" coercion,
 * "hail * killing" disapproval), whose parties are not the ones the pairing finds next to the verb, and
 * PLOVER codes the demand or the stance, not the act it names. So their bare coding stands.
 */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['SUPPORT', 'DISAPPROVE', 'DEMAND']);
/** Source verbs whose bare coding stands whatever CAMEO's object, from `keep_coding` in events.src.json. */
const KEEPS_OWN_CODING: ReadonlySet<string> = new Set(src.en.filter((e) => e.keep_coding === true).map((e) => e.lemma));
const compiled = new Map<string, OutEntry>();
let cameoPatterns = 0;
let usedPatterns = 0;
/** Why a plain pattern compiled to nothing, with a count each (printed, so the coverage gap can be read off). */
const skipped = new Map<string, number>();
const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
for (const block of blocks) {
  for (const pattern of block.objects) {
    cameoPatterns += 1;
    // A verb the source codes bare keeps that coding whatever its object, as tested on written cases
    // ("arrest" is COERCE, where CAMEO's "arrest * protesters" would make it repression, ASSAULT); a verb
    // the source lists only with some objects ("give aid") takes CAMEO's other objects too.
    // Unless CAMEO's object changes the event ("withdraw * ambassador" is SANCTION where "withdraw" is
    // RETREAT, "vow * revenge" THREATEN where "vow" is AGREE): then the object makes a different act, and
    // the entry with the object, tried before the bare verb, codes it.
    const plover = plover_(pattern.code);
    const takes = (v: string) =>
      !sourceLemmas.has(v) ||
      (plover !== undefined && !KEEPS_OWN_CODING.has(v) && !SPEECH_ACTS.has(bareEvent.get(v) ?? '') && bareEvent.get(v) !== plover.event);
    const own = pattern.verbs.filter((v) => block.verbs.has(v) && takes(v));
    const head = block.name.toLowerCase();
    const verbs = own.length > 0 ? own : pattern.verbs.length === 0 && block.verbs.has(head) && takes(head) ? [head] : [];
    if (!plover) {
      skip(`CAMEO code ${pattern.code.slice(0, 2)}x has no PLOVER event`);
      continue;
    }
    if (verbs.length === 0) {
      if (pattern.verbs.some((v) => sourceLemmas.has(v)) || sourceLemmas.has(head))
        skip('verb coded bare by events.src.json: same event, a speech act, or keep_coding');
      else if (pattern.verbs.length === 0) skip('no verb named and the block head is a phrase');
      else skip('verbs named are not in the block (phrasal or other block)');
      continue;
    }
    // "by" and "of" after a verb are mostly a passive's ("hit by a bullet", "suspected of cooperation"):
    // the party before the verb is then the one acted on, which the pairing would turn round.
    if (pattern.prep !== null && PASSIVE_PREPOSITIONS.has(pattern.prep)) {
      skip("preposition 'by' or 'of' (a passive's)");
      continue;
    }
    let used = false;
    for (const lemma of verbs) {
      const all = objectWords(pattern.object);
      if (pattern.prep !== null) {
        // The verb, its preposition, its object: an entry of its own, keyed by the preposition too.
        const key = `${lemma} ${pattern.prep} ${pattern.code}`;
        const entry = compiled.get(key) ?? {
          lemma,
          particle: pattern.prep,
          object: [],
          cameo: pattern.code,
          cameo_block: block.name,
          ...codeOf({ lemma }, pattern.code),
          noun_object: true,
        };
        const taken = [...compiled.values()].filter((e) => e.lemma === lemma && e.particle === pattern.prep && e !== entry).flatMap((e) => e.object ?? []);
        for (const w of all) if (!taken.includes(w) && !entry.object!.includes(w) && !PARTICLES.has(w)) entry.object!.push(w);
        if (entry.object!.length > 0) {
          compiled.set(key, entry);
          used = true;
        }
        continue;
      }
      if (all.length === 1 && PARTICLES.has(all[0]!)) {
        const particle = all[0]!;
        const key = `${lemma} ${particle}`;
        if (!compiled.has(key) && !en.some((e) => e.lemma === lemma && e.particle === particle)) {
          compiled.set(key, { lemma, particle, object: null, cameo: pattern.code, cameo_block: block.name, ...codeOf({ lemma }, pattern.code) });
          used = true;
        }
        continue;
      }
      const words = all.filter((w) => !fromSource(lemma, w) && !PARTICLES.has(w));
      if (words.length === 0) continue;
      const key = `${lemma} ${pattern.code}`;
      const entry = compiled.get(key) ?? {
        lemma,
        particle: null,
        object: [],
        cameo: pattern.code,
        cameo_block: block.name,
        ...codeOf({ lemma }, pattern.code),
        noun_object: true,
      };
      // A word another code of the verb already claims keeps that code (the dictionary's first pattern wins).
      const taken = [...compiled.values()].filter((e) => e.lemma === lemma && e.particle === null && e !== entry).flatMap((e) => e.object ?? []);
      for (const w of words) if (!taken.includes(w) && !entry.object!.includes(w)) entry.object!.push(w);
      if (entry.object!.length > 0) {
        compiled.set(key, entry);
        used = true;
      }
    }
    if (used) usedPatterns += 1;
    else skip('objects already coded by the source or by an earlier code of the verb');
  }
}
en.push(...compiled.values());

// ---- CAMEO's verbs, compiled whole ---------------------------------------------------------------
// Every verb line of every block codes the bare verb as PETRARCH does: its own code, else its block's.
// What is dropped follows from the dictionary itself, not from a list of words:
//  - a null code ("[---]"): CAMEO's own mark for a verb too generic to state an event bare ("say",
//    "make", "take", "give", "hold" are all null); such a verb codes an event only with its objects
//    (the patterns compiled above);
//  - a code with no PLOVER event (statements and appeals, 01x-02x);
//  - a verb the dictionary lists in several blocks whose bare codes give different PLOVER events (or
//    an event in one, null in another): its bare sense is the dictionary's own doubt;
//  - a phrase with words before the verb ("WIRE_+TAP") or two words or more after it ("LIVE_UP_TO"):
//    PETRARCH finds them with a parse; the extractor matches a verb and one particle;
//  - a verb the lexicon already codes bare (events.src.json and its synonyms come first);
//  - a verb too generic to state an event bare, by tests on data: wink-nlp's English stop words
//    ("go", "take", "give", "show", "call"); a verb whose CAMEO patterns make three events or more other
//    than its bare one (the object decides: "order", "seek", "plan", "approve", "join"); a word the
//    tagger's lexicon reads, on its own, as no verb ("target", "charge", "trade", "table", "clear"):
//    mostly a noun or adjective, whose verb reading the light-verb and "the N of X by Y" cues would
//    take from its noun ("carried out trade", "the link of"); the English pack's light verbs
//    ("organise", "conduct", "hold"), whose object noun names the event; a verb some of whose CAMEO
//    object patterns are coded null ("[---]"): the object decides whether there is an event at all;
//  - a synonym line of a block (not the block's own verb, no code of its own): WordNet's sets are too
//    loose for a verb matched without a parse;
//  - a line CAMEO writes as an inflected form ("FORGAVE") or with a conjunction ("KILLED_AND").
/** A verb as the lexicon keys it: the lemma, and its particle when it has one ("carry out"). */
const verbKey = (lemma: string, particle: string | null) => (particle === null ? lemma : `${lemma} ${particle}`);
const singleParticle = (line: Block['lines'][number]) => !line.before && line.after.length <= 1;
const bareSenses = new Map<string, Set<string>>();
for (const block of blocks) {
  for (const line of block.lines) {
    if (!singleParticle(line)) continue;
    const key = verbKey(line.lemma, line.after[0] ?? null);
    const sense = line.code === null ? 'null' : (plover_(line.code)?.event ?? 'none');
    bareSenses.set(key, (bareSenses.get(key) ?? new Set()).add(sense));
  }
}
const wink = (() => {
  const require = createRequire(import.meta.url);
  type Wink = { readDoc(text: string): { tokens(): { out(f?: unknown): string[] } }; its: Record<string, unknown> };
  const nlp = (require('wink-nlp') as (model: unknown) => Wink)(require('wink-eng-lite-web-model'));
  /** A word read alone: its most frequent part of speech in the tagger's lexicon, its lemma, whether it is a stop word. */
  return (word: string) => {
    const tokens = nlp.readDoc(word).tokens();
    return {
      pos: tokens.out(nlp.its.pos)[0]!,
      lemma: tokens.out(nlp.its.lemma)[0]!.toLowerCase(),
      stop: String(tokens.out(nlp.its.stopWordFlag)[0]) === 'true',
    };
  };
})();
/** The English pack's light verbs ("made an appeal", "organised a rally"): the noun after them states the event. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(join(repo, 'pipeline/claims/data/en.json'), 'utf8')) as { light_verbs: string[] }).light_verbs,
);
/** Events CAMEO's patterns for a verb make other than `event` (null-coded patterns count as one "no event"). */
const MANY_OBJECT_EVENTS = 3;
const otherObjectEvents = (lemma: string, event: string) =>
  new Set((patternCodes.get(lemma) ?? []).map((c) => (c === null ? 'none' : (plover_(c)?.event ?? 'none'))).filter((e) => e !== event)).size;
const codedBare: ReadonlySet<string> = new Set(en.filter((e) => e.object === null).map((e) => verbKey(e.lemma, e.particle)));
/** Why a verb line compiled to no bare entry, with a count each and the first few verbs (printed). */
const droppedVerbs = new Map<string, string[]>();
const dropVerb = (reason: string, verb: string) => droppedVerbs.set(reason, [...(droppedVerbs.get(reason) ?? []), verb]);
const whole = new Map<string, OutEntry>();
for (const block of blocks) {
  for (const line of block.lines) {
    const particle = line.after[0] ?? null;
    const key = verbKey(line.lemma, particle);
    if (!singleParticle(line)) dropVerb('a phrase with words before the verb or two words after it', [line.lemma, ...line.after].join(' '));
    else if (!/^[a-z]+(?:-[a-z]+)*$/u.test(line.lemma) || (particle !== null && !/^[a-z]+$/u.test(particle))) dropVerb('not a plain word', key);
    else if (line.code === null) dropVerb('null code: an event only with its objects', key);
    else if (plover_(line.code) === undefined) dropVerb(`code ${line.code.slice(0, 2)}x has no PLOVER event`, key);
    else if (codedBare.has(key) || whole.has(key)) dropVerb('already coded bare', key);
    else if (particle === null && src.not_bare.includes(line.lemma)) dropVerb('events.src.json not_bare: its common sense states no event', key);
    else if (bareSenses.get(key)!.size > 1) dropVerb('blocks give its bare form different events', key);
    else if (wink(line.lemma).lemma !== line.lemma) dropVerb('the tagger lemmatises it to another word (an inflected form, a British spelling)', key);
    else if (particle !== null && wink(particle).pos === 'CCONJ') dropVerb('a conjunction after the verb', key);
    else if (wink(line.lemma).stop) dropVerb("generic: one of the tagger's stop words", key);
    else if (LIGHT_VERBS.has(line.lemma)) dropVerb('generic: a light verb of the English pack, its object noun names the event', key);
    else if (otherObjectEvents(line.lemma, plover_(line.code)!.event) >= MANY_OBJECT_EVENTS)
      dropVerb(`generic: its CAMEO objects make ${MANY_OBJECT_EVENTS} other events or more`, key);
    else if ((patternCodes.get(line.lemma) ?? []).includes(null)) dropVerb('generic: CAMEO codes some of its objects as no event ([---])', key);
    else if (particle === null && wink(line.lemma).pos !== 'VERB') {
      // Still a verb where the tagger reads it as one in its sentence ("Turkey pardoned 12 fishermen"):
      // kept, marked verb_only, so that its noun ("a pardon", "the target of") never stands for it. A
      // word read mostly as a noun is a verb of CAMEO's sense only with a party as its object ("pardoned
      // 12 fishermen", not "slapped new tariffs on", "compromised US government networks"): party_object.
      if (line.own || line.lemma === block.name.toLowerCase().replace(/_.*$/u, ''))
        whole.set(key, {
          lemma: line.lemma,
          particle,
          object: null,
          cameo: line.code,
          cameo_block: block.name,
          ...codeOf({ lemma: line.lemma }, line.code),
          party_object: true,
          verb_only: true,
        });
      else dropVerb('mostly a noun or adjective: the tagger reads it alone as no verb, and a synonym taking its block code', key);
    } else if (!line.own && line.lemma !== block.name.toLowerCase().replace(/_.*$/u, ''))
      dropVerb("a synonym taking the block's code: WordNet's sets are too loose for a verb matched without a parse", key);
    else
      whole.set(key, {
        lemma: line.lemma,
        particle,
        object: null,
        cameo: line.code,
        cameo_block: block.name,
        ...codeOf({ lemma: line.lemma }, line.code),
      });
  }
}
en.push(...whole.values());
const droppedVerbCount = [...droppedVerbs.values()].reduce((n, verbs) => n + verbs.length, 0);
/**
 * The irregular forms of the lexicon's lemmas, as CAMEO lists them; a lemma CAMEO lacks that is
 * "re" + one of its verbs ("retake") takes that verb's forms with the prefix ("retook", "retaken").
 */
const formsOf = (lemma: string): string[] =>
  irregular.get(lemma) ?? (lemma.startsWith('re') && irregular.has(lemma.slice(2)) ? irregular.get(lemma.slice(2))!.map((f) => `re${f}`) : []);
const irregularForms = [...new Set(en.flatMap((e) => formsOf(e.lemma).filter((f) => /^[a-z]+$/u.test(f))))].sort();
/** Each irregular form's lemma: the tagger reads some as nouns ("retook/NOUN"), and the extractor then needs the verb. */
const irregularLemmas: Record<string, string> = {};
for (const e of en) for (const f of formsOf(e.lemma)) if (/^[a-z]+$/u.test(f) && f !== e.lemma && !(f in irregularLemmas)) irregularLemmas[f] = e.lemma;

// ---- French: no lemmatiser, so the compiler writes out the forms of each infinitive (french-conjugation.ts)
interface FrEntry {
  lemma: string;
  forms: string[];
  object: string[] | null;
  cameo: string;
  event: string;
  mode: string | null;
  context: string[];
  relation: string;
}
// An entry naming its object or the words after it comes before the bare verb ("expulser … ambassadeur"
// before "expulser", "accepter de" before "accepter"): the extractor takes the first entry matching at a place.
const frSpecific = (e: SrcEntry) => Boolean(e.object) || / /u.test(e.lemma.replace(/^se /u, ''));
const frSource = [...src.fr.filter(frSpecific), ...src.fr.filter((e) => !frSpecific(e))];
const fr: FrEntry[] = frSource.map((entry) => {
  const code = entry.cameo!;
  return { lemma: entry.lemma, forms: frenchForms(entry.lemma), object: entry.object ?? null, cameo: code, ...codeOf(entry, code) };
});

// ---- Event nouns: coded by the CAMEO code the source gives, as the verbs are ------------------------
const nouns = src.nouns.map(({ noun, cameo }) => ({ lemma: noun, particle: null, object: null, cameo, cameo_block: null, ...codeOf({ lemma: noun }, cameo) }));

const out = {
  about:
    'Event-verb lexicon of the claims extractor, compiled by scripts/compile-events.ts from events.src.json; do not edit by hand. Each entry codes a verb (English: a lemma matched on wink-nlp lemmas; French: its forms) as a CAMEO code, the PLOVER event, mode and contexts that code has in CAMEO2PLOVER-2021, and the project relation. Besides the entries of the source, it holds the plain verb-object patterns of CAMEO ("GIVE - * AID [070]") and its verb-preposition-object patterns ("LOOK - * (INTO CHARGES) [090]", with the preposition as particle) for the verbs each was found with, unless the source codes the verb bare (noun_object: the object must head the object of the verb), and the bare verbs of every CAMEO block (its head and the verbs with a code of their own, with their one particle) that the exclusion rules of the compiler keep (null codes, statements, generic and mostly-noun verbs dropped: see compile-events.ts); coverage counts them, irregular lists the irregular forms CAMEO gives for the lemmas (the extractor prefilter), irregular_lemmas the lemma of each.',
  sources: [
    'CAMEO verb dictionary CAMEO.2.0.txt, petrarch2 (openeventdata/petrarch2, MIT licence, Copyright (c) 2014 Open Event Data): verbs, their CAMEO codes and verb-object patterns',
    'CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8 (Open Event Data Alliance): CAMEO code to PLOVER event, mode and context',
  ],
  coverage: {
    cameo_verb_object_patterns: cameoPatterns,
    compiled: usedPatterns,
    cameo_verb_lines: droppedVerbCount + whole.size,
    bare_verbs_compiled: whole.size,
  },
  irregular: irregularForms,
  irregular_lemmas: irregularLemmas,
  en,
  nouns,
  fr,
};
writeFileSync(join(repo, 'pipeline/claims/data/events.json'), `${JSON.stringify(out, null, 1)}\n`);
for (const [reason, n] of [...skipped].sort((a, b) => b[1] - a[1])) console.log(`  not compiled: ${n} ${reason}`);
for (const [reason, verbs] of [...droppedVerbs].sort((a, b) => b[1].length - a[1].length))
  console.log(`  verbs not compiled bare: ${verbs.length} ${reason} (${verbs.slice(0, 6).join(', ')}${verbs.length > 6 ? ', …' : ''})`);
console.log(`  verbs compiled bare from CAMEO's blocks: ${whole.size}`);
console.log(
  `events.json: ${en.length} English entries (${compiled.size} from ${usedPatterns} of CAMEO's ${cameoPatterns} verb-object and verb-preposition-object patterns), ${nouns.length} event nouns, ${fr.length} French entries`,
);
