#!/usr/bin/env node
// Compiles the PETRARCH2 / Phoenix actor and agent dictionaries (Open Event Data Alliance, MIT licence)
// into pipeline/claims/data/actors.json, the actor lexicon the claims stage loads. Run at commit time
// by whoever updates the lexicon (`npm run compile:actors`); the claims stage never reads the source
// dictionaries, which users of the package do not have.
//   node scripts/compile-actor-lexicon.mjs [DICTIONARY_DIR]   (default ../shared/lexicons/petrarch2)
// What is kept, and why:
// - country entries: the names, formal names and demonyms of each country, but not its other cities,
//   which in a claim are places more often than stand-ins for the state;
// - office holders and other people: their names and their dated codes (country + sector), so a
//   person is resolved by the document's date;
// - intergovernmental and non-governmental organisations and companies, and armed non-state groups,
//   each with a stable id, its country when the code has one, and its sector;
// - agents ("troops", "foreign minister"), which add a sector to a country named just before them.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
// The claims stage makes the ids of groups found at run time with the same function.
import { slug } from '../pipeline/claims/slug.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'lexicons', 'petrarch2'));
const read = (name) => readFileSync(join(sourceDir, name), 'utf8');
const sourceNote = read('SOURCE').trim();
// Files more than one part below reads, read and parsed once: the agents dictionary as its lines
// without comments, and the words of it and of the CAMEO verb dictionary (comments dropped).
const agentLines = read('Phoenix.agents.txt')
  .split('\n')
  .map((line) => line.replace(/#.*$/u, '').trim())
  .filter(Boolean);
const dictionaryText = `${agentLines.join('\n')}\n${read('CAMEO.2.0.txt').replace(/#.*$/gmu, '')}`;
/** The hand-kept agents (data/agents.json): `after` (English agents, peoples) and `organizations` (head words). */
const handAgents = JSON.parse(readFileSync(join(root, 'pipeline/claims/data/agents.json'), 'utf8'));

/** ISO alpha-3 codes we accept as countries (and SUN, the Soviet Union, as in the record). */
// XKX is Kosovo's user-assigned code (ISO has none; the dictionaries write the World Bank's KSV):
// without it Kosovo's block, whose codes are all dated, was read as a person and KSV as a sector.
const ISO3 = new Set([...Object.keys(isoCountries.getAlpha3Codes()), 'SUN', 'XKX']);
// PETRARCH codes that are not ISO: their ISO equivalents.
const CODE_FIXES = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', YUG: 'SRB', KOS: 'XKX', KSV: 'XKX' };
const iso = (code) => {
  const fixed = CODE_FIXES[code] ?? code;
  return ISO3.has(fixed) ? fixed : null;
};

/** Words kept in lower case inside names, so they match in any case ("Islamic Republic of Iran"). */
const PARTICLES = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'al',
  'el',
  'in',
  'on',
  'to',
  'et',
  'y',
  'da',
  'di',
  'van',
  'von',
  'der',
]);

/**
 * Arabic articles of names, which transliterations write "al" or "el", alone or hyphened ("al-Sisi",
 * "el-Sisi", "El Sisi"): both forms name the person (variants below).
 */
const ARTICLES = new Set(['al', 'el']);
const OTHER_ARTICLE = { al: 'el', el: 'al' };

/**
 * A dictionary name ("ABDELAZIZ_BOUTEFLIKA_") as the gazetteer writes it ("Abdelaziz Bouteflika"):
 * capitalised words (which must be capitalised in the text), particles in lower case, and a
 * one-word name of at most five letters kept in capitals (an acronym: "NATO", "OSCE").
 */
function displayName(raw, acronyms = true) {
  const words = raw
    .replace(/[_\s]+$/u, '')
    .split(/_+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  if (words.some((w) => /[^A-Z0-9.'’&-]/u.test(w))) return null;
  if (acronyms && words.length === 1 && words[0].replace(/[.'-]/g, '').length <= 5) return words[0];
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && PARTICLES.has(lower)) return lower;
      // An article hyphened to a name keeps its own case and the name its capital: "al-Sisi", so the
      // article matches "al-" or "Al-" as written and the name only capitalised.
      const article = /^([a-z]+)-([a-z].*)$/u.exec(lower);
      if (article && ARTICLES.has(article[1])) return `${article[1]}-${article[2][0].toUpperCase()}${article[2].slice(1)}`;
      // Letters after a hyphen or apostrophe are lower case: "Ki-moon", "People's".
      return lower.replace(/^[a-z]/u, (c) => c.toUpperCase()).replace(/\.([a-z])/gu, (_, c) => `.${c.toUpperCase()}`);
    })
    .join(' ');
}

/** Dictionary dates are YYMMDD (19YY from 30 on) or YYYYMMDD; returns YYYY-MM-DD or null. */
function isoDate(raw) {
  if (/^\d{8}$/u.test(raw)) return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (!/^\d{6}$/u.test(raw)) return null;
  const yy = Number(raw.slice(0, 2));
  return `${yy >= 30 ? 1900 + yy : 2000 + yy}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
}

/** "[DZAGOV 650619-781227]" → { code, from, to }; open ends as null. */
function parseCode(inner) {
  const [code, range] = inner.trim().split(/\s+/u);
  if (!code || !/^[A-Z]{3,}$/u.test(code)) return null;
  let from = null,
    to = null;
  if (range) {
    if (range.startsWith('>')) from = isoDate(range.slice(1));
    else if (range.startsWith('<')) to = isoDate(range.slice(1));
    else {
      const [a, b] = range.split('-');
      from = isoDate(a ?? '');
      to = isoDate(b ?? '');
      if (!from || !to) return null;
    }
  }
  return { code, from, to };
}

/**
 * Is the bracketed `gloss` after `name` an acronym of it? Made of the initials of its words in order
 * (some skipped: particles, "LASHKAR_E_TAIBA (LET)"), or, for initials of the name in another language
 * ("FREE_ACEH_MOVEMENT_(GAM)"), one word of two to five capitals that is no word of the block's head
 * name (`head`), which a gloss telling entries apart repeats ("SOUTH" in SOUTH_KOREA's block).
 */
function isAcronymOf(gloss, name, head) {
  const words = (text) => text.split(/[_-]+/u).filter(Boolean);
  const letters = gloss.replace(/[^A-Z]/gu, '');
  if (letters.length < 2) return false;
  const initials = words(name).map((w) => w[0]);
  let k = 0;
  for (const initial of initials) if (initial === letters[k]) k += 1;
  if (k === letters.length && initials[0] === letters[0]) return true;
  return /^[A-Z]{2,5}$/u.test(gloss) && !words(head).includes(gloss);
}

/**
 * Blocks of an actor file: a head name, its "+" synonyms, and the [codes] on the head line or on
 * the indented lines after it.
 */
function blocks(text) {
  const out = [];
  let current = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/u, '').replace(/\s+$/u, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/gu)].map((m) => parseCode(m[1])).filter(Boolean);
    const name = line.replace(/\[[^\]]*\]/gu, '').trim();
    if (/^\s/u.test(line) && !name) {
      if (current) current.codes.push(...codes);
      continue;
    }
    // "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": the name, and its acronym as a name of its own.
    // Other brackets tell apart names several entries share ("KOREA_(SOUTH)" in SOUTH_KOREA's block,
    // "CONGO_(DEMOCRATIC_REPUBLIC)", "…_(COLOMBIA)"): such a gloss alone ("South") names nothing.
    const names = (raw, head = raw) => {
      const m = /^(.*?)_*\(([^)]*)\)_*$/u.exec(raw);
      if (!m) return [raw];
      return isAcronymOf(m[2], m[1], head) ? [m[1], m[2]] : [m[1]];
    };
    if (name.startsWith('+')) {
      if (current) current.names.push(...names(name.slice(1).trim(), current.names[0]));
      current?.codes.push(...codes);
      continue;
    }
    current = { names: names(name), codes };
    out.push(current);
  }
  return out.filter((b) => b.codes.length > 0);
}

// ---- Countries: names and demonyms, not cities -------------------------------------------------

/** A country synonym is kept when it shares its first four letters with one of the head's words or names the state formally. */
/**
 * A country synonym is kept when its words come from the head's (same first four letters) or name a
 * form of state: one such word for a one-word synonym ("Algerian"), two for a longer one ("States of
 * America", "Democratic People's Republic of Korea"), so "Sunshine State" and cities are left out.
 */
const FORM_OF_STATE = /^(REPUBLIC|KINGDOM|FEDERATION|EMIRATES?|SULTANATE|PRINCIPALITY|COMMONWEALTH|DEMOCRATIC)$/u;
function isCountryName(synonym, head) {
  const headWords = head.split(/_+/u).filter((w) => w.length >= 4);
  const words = synonym.replace(/_+$/u, '').split(/_+/u).filter(Boolean);
  const matching = words.filter((w) => FORM_OF_STATE.test(w) || headWords.some((h) => w.length >= 4 && w.slice(0, 4) === h.slice(0, 4))).length;
  // A form of state alone ("Republic") names no particular state.
  if (words.length === 1 && FORM_OF_STATE.test(words[0])) return false;
  return matching >= Math.min(2, words.length);
}

const countries = {};
const persons = [];
/** Names of places inside a state (cities, provinces) → the states whose blocks list them. */
const placeCandidates = new Map();
/** Sector of a code after its three-letter country part ("DZAGOVMIL" → "GOV"), or null. */
const sectorOf = (code) => (code.length >= 6 ? code.slice(3, 6) : null);

function addPerson(block, defaultCountry) {
  // A one-word name ("Putin") is kept when it is long enough to be a surname; surnames shared by
  // people of different countries are dropped after all files are read (see below).
  const names = [...new Set(block.names.map((n) => displayName(n, false)).filter((n) => n && (n.includes(' ') || n.length >= 4)))];
  if (names.length === 0) return;
  // News names office holders by surname ("Bouteflika said"): the last word of the head name, when
  // the dictionary gives no one-word name itself and the word is long enough to be a surname.
  const surname = names[0].split(' ').pop();
  const generated = !names.some((n) => !n.includes(' ')) && surname.length >= 5 && /^\p{Lu}/u.test(surname) ? surname : null;
  const roles = [];
  for (const { code, from, to } of block.codes) {
    let country = null,
      sector = null;
    if (code.startsWith('IGO') || code.startsWith('NGO')) {
      roles.push({ organization: code, from, to });
      continue;
    }
    if (code.length === 3) {
      // A bare sector ("[ELI]") applies to the person's own country.
      if (iso(code)) country = iso(code);
      else {
        country = defaultCountry;
        sector = code;
      }
    } else {
      country = iso(code.slice(0, 3));
      sector = sectorOf(code);
    }
    if (!country) continue;
    roles.push({ country, sector, from, to });
  }
  if (roles.length > 0) persons.push({ names, roles, generated });
}

/**
 * The state a block names: its one undated country code, or for a state that succeeded another
 * ("BOSNIA_AND_HERZEGOVINA [YUGBIH <920305] [BIH >920305]") the one open-ended country code when all
 * its other codes have ended. Such states were otherwise read as people and their names lost.
 */
function ownCountry(codes) {
  if (codes.length === 1) return codes[0].code.length === 3 && !codes[0].from && !codes[0].to ? iso(codes[0].code) : null;
  // Only a bare country code says which state the block is; an open-ended code with a sector after it
  // is how the predecessor coded the place ("TURKMENISTAN_ [USRTKM >911016] [TKMUNR …] [TKM >911221]",
  // the first range written the wrong way round), and counting it made the state a person's name.
  const open = [...new Set(codes.filter((c) => !c.to && c.code.length === 3).map((c) => c.code))];
  return open.length === 1 && codes.some((c) => c.to) ? iso(open[0]) : null;
}

for (const block of blocks(read('Phoenix.Countries.actors.txt'))) {
  const own = ownCountry(block.codes);
  if (own) {
    const head = block.names[0];
    const names = block.names
      .filter((n, i) => i === 0 || isCountryName(n, head))
      .map((n) => displayName(n, false))
      .filter(Boolean);
    countries[own] = [...new Set([...(countries[own] ?? []), ...names])];
    // The other synonyms of a state's block are its cities, provinces and regions ("MOSUL_",
    // "DIYALA_PROVINCE"): places in the state, kept apart (see places below).
    for (const n of block.names.slice(1)) {
      if (isCountryName(n, head)) continue;
      const shown = displayName(n, false);
      if (shown) placeCandidates.set(shown, (placeCandidates.get(shown) ?? new Set()).add(own));
    }
  } else {
    const firstCountry = block.codes.map((c) => iso(c.code.slice(0, 3))).find(Boolean) ?? null;
    addPerson(block, firstCountry);
  }
}

// ---- Organisations and companies --------------------------------------------------------------

const handGazetteer = JSON.parse(readFileSync(join(root, 'pipeline/claims/data/gazetteer.json'), 'utf8'));
const handIdByName = new Map();
/** Names compared for linking: lower case, without a leading article ("The African Union" = "African Union"). */
const linkKey = (name) => name.toLowerCase().replace(/^(the|l'|la|le|les) ?/u, '');
for (const actor of handGazetteer.actors) for (const names of Object.values(actor.names)) for (const n of names) handIdByName.set(linkKey(n), actor.id);

/**
 * Three-letter parts of a CAMEO code that classify rather than name: countries, regions, sectors and
 * the qualifiers the dictionaries combine freely. A code made only of such parts ('NGOHRI', a
 * human-rights NGO; 'NGOUSAEDU') is shared by every organisation of that kind, so it must not merge
 * their blocks: 112 blocks coded NGOHRI were one actor, and "Human Rights Watch" took the id of the
 * first of them, 'aapso'. A code ending in a part of its own ('IGOUNO', 'IGOUNOREFHCR' for UNHCR,
 * 'NGOHLHIRC' for the Red Cross) names one organisation, whose blocks are its names.
 */
const classifyingParts = (() => {
  const parts = new Set([...ISO3, ...Object.keys(CODE_FIXES)]);
  const chunks = (code) => code.match(/[A-Z]{3}/gu) ?? [];
  // Sectors: the agents' codes ('[~GOVMIL]').
  for (const line of agentLines) for (const m of line.matchAll(/\[~([A-Z]+)/gu)) for (const c of chunks(m[1])) parts.add(c);
  // Regions: what opens an actor code in place of a country ('[SASREB]', '[MEAREB]').
  for (const file of ['Phoenix.Countries.actors.txt', 'Phoenix.MilNonState.actors.txt'])
    for (const m of read(file)
      .replace(/#.*$/gmu, '')
      .matchAll(/\[([A-Z]{3})[A-Z]*[\s\]]/gu))
      parts.add(m[1]);
  // Qualifiers: a part that closes codes after three or more different beginnings ('NGOMOS',
  // 'NGOGBRMOS', 'IGOMOS…' for Muslim bodies). An organisation's own part closes codes under one
  // parent (UNO after IGO, WHO after IGOUNOHLH), at most two ('IGOUNOWBK', 'IGOUNODEVWBK').
  const parents = new Map();
  for (const m of read('Phoenix.International.actors.txt')
    .replace(/#.*$/gmu, '')
    .matchAll(/\[((?:IGO|NGO)[A-Z]*)[\s\]]/gu)) {
    const c = chunks(m[1]);
    if (c.length < 2) continue;
    const last = c.at(-1);
    parents.set(last, (parents.get(last) ?? new Set()).add(c.slice(0, -1).join('')));
  }
  for (const [part, seen] of parents) if (seen.size >= 3) parts.add(part);
  return parts;
})();
/** Whether a code names one organisation (its last part is its own) rather than a kind of them. */
const namesOneOrganization = (code) => code.length > 3 && !classifyingParts.has(code.slice(-3));

/** A name without case, punctuation or spaces: what spellings of one name share. */
const spelling = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const organizations = new Map();
function addOrganization(kind, code, names, country, sector) {
  const shown = [...new Set(names.map((n) => displayName(n)).filter(Boolean))];
  if (shown.length === 0) return;
  // Same code, same organisation: "UN" and "the United Nations" share IGOUNO. Companies' codes are
  // only a country and a sector, so each company block is its own actor. A code that only classifies
  // (see classifyingParts) says nothing about which organisation: such a block is its own actor too,
  // merged only with a repeat of itself (the International file lists many blocks twice).
  const byCode = kind !== 'company' && (kind === 'group' || namesOneOrganization(code));
  // Spellings of one name ("A.G. Kishore", "A. G. Kishore"; "Peoples'", "People's") are one block.
  const key = byCode ? `${kind}:${code}` : `${kind}:${code}:${spelling(shown[0])}`;
  const existing = organizations.get(key);
  if (existing) {
    existing.names = [...new Set([...existing.names, ...shown])];
    existing.blocks.push(shown);
  }
  // The id is given at output (see canonicalName), once the persons' names are known.
  else organizations.set(key, { id: null, kind, country, sector, code, names: shown, blocks: [shown] });
}
/** An organisation the hand-kept gazetteer also lists takes its id: the one most of its names share. */
function linkHandIds() {
  for (const org of organizations.values()) {
    const votes = new Map();
    for (const n of org.names) {
      const id = handIdByName.get(linkKey(n));
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) org.handId = best[0];
  }
}

for (const block of blocks(read('Phoenix.International.actors.txt'))) {
  const dated = block.codes.some((c) => c.from || c.to);
  if (dated) {
    addPerson(block, null);
    continue;
  }
  const { code } = block.codes[0];
  if (code.startsWith('IGO')) addOrganization('organization', code, block.names, null, 'IGO');
  else if (code.startsWith('NGO')) addOrganization('organization', code, block.names, null, 'NGO');
  else if (code.startsWith('MNC')) addOrganization('company', code, block.names, iso(code.slice(3, 6)), 'BUS');
  else if (code.length >= 6 && iso(code.slice(0, 3)) && code.slice(3, 6) === 'BUS') addOrganization('company', code, block.names, iso(code.slice(0, 3)), 'BUS');
}

// ---- Armed non-state groups -------------------------------------------------------------------

for (const block of blocks(read('Phoenix.MilNonState.actors.txt'))) {
  const { code } = block.codes[0];
  const country = iso(code.slice(0, 3));
  const sector = code.includes('REB') ? 'REB' : code.startsWith('IMG') ? 'REB' : (sectorOf(code) ?? 'REB');
  // A group's synonyms include its leaders ("KHALED_MESHAAL" under HAMAS): they stand for the group.
  addOrganization('group', `${code}:${block.names[0]}`, block.names, country, sector);
}

// ---- Agents -----------------------------------------------------------------------------------

const substitutions = new Map();
for (const line of agentLines) {
  const m = /^!(\w+)!\s*=\s*(.+)$/u.exec(line);
  if (m)
    substitutions.set(
      m[1],
      m[2].split(',').map((s) => s.trim()),
    );
}
function plural(word) {
  if (/MAN$/u.test(word)) return word.replace(/MAN$/u, 'MEN');
  if (/[^AEIOU]Y$/u.test(word)) return word.replace(/Y$/u, 'IES');
  if (/(S|X|CH|SH)$/u.test(word)) return `${word}ES`;
  return `${word}S`;
}
/**
 * CAMEO's religion codes that open an agent's code ('[~CHRCTH]' a Catholic bishop, '[~MUSUAF]' Islamic
 * militants; CAMEO manual, religion codes): they say whose faith, not what role. PLOVER's coders write a
 * religious actor's sector REL with the faith after it ('RELCHR'), and an armed or other role first; so
 * the role that follows the faith, if any ('MUSUAF' → UAF, 'BUDEDU' → EDU), else REL, is the agent's sector.
 */
const RELIGIONS = new Set(['CHR', 'MUS', 'JEW', 'BUD', 'HIN']);
/**
 * Parts after a faith that are no role of their own ('CHRCTH' Catholics, 'CHRPRO' Protestants, 'CHRMAR'
 * Maronites): denominations, so the agent is the faith's clergy or faithful (REL). Radicals ('MUSRAD'
 * "salafi jihadist", 'HINRAD' "hindu hardliner") are a role, CAMEO's RAD as for "extremist" without a
 * faith: never clergy.
 */
const NO_ROLE_AFTER_FAITH = new Set(['CTH', 'PRO', 'MAR']);
/**
 * CAMEO's issue codes that open some agents' codes but are no PLOVER sector: HRI (human rights) marks
 * rights groups, which CAMEO files as NGOs (NGOHRI) and PLOVER's coders code NGO ('a human rights
 * group'). A rights activist is an activist, the opposition (OPP), as CAMEO's ACTIVIST: data/agents.json after.
 */
const ISSUE_SECTORS = { HRI: 'NGO' };
function agentSector(code) {
  const parts = code.match(/[A-Z]{3}/gu) ?? [];
  if (parts[0] in ISSUE_SECTORS) return ISSUE_SECTORS[parts[0]];
  if (!RELIGIONS.has(parts[0])) return parts[0];
  return parts.slice(1).find((p) => !RELIGIONS.has(p) && !NO_ROLE_AFTER_FAITH.has(p)) ?? 'REL';
}
const agents = {};
for (const line of agentLines) {
  const m = /^([A-Z!_'.-]+)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)/u.exec(line);
  if (!m) continue;
  const sector = agentSector(m[3]);
  let forms = [m[1]];
  for (const [name, values] of substitutions) forms = forms.flatMap((f) => (f.includes(`!${name}!`) ? values.map((v) => f.replace(`!${name}!`, v)) : [f]));
  const explicitPlurals = m[2] ? m[2].split(/\s+/u).filter(Boolean) : null;
  for (const form of forms) {
    const base = form.replace(/_+$/u, '');
    if (!base || base.includes('!')) continue;
    // "EMBASSY_IN": a pattern for "embassy in <place>"; as a phrase of its own it would take the
    // preposition into the mention ("the Turkish embassy in Athens"). Dropped: the noun alone is the
    // agent, by its own entry in the dictionary ("EMBASSY [~GOV]").
    if (PARTICLES.has(base.split('_').at(-1).toLowerCase())) continue;
    // An abbreviation ("lt.") has no plural of its own: "lt.s" is no word.
    const variants = [base, ...(explicitPlurals ?? (base.endsWith('.') ? [] : [plural(base)]))];
    for (const variant of variants) {
      const phrase = variant.replace(/_+$/u, '').split('_').filter(Boolean).join(' ').toLowerCase();
      if (phrase && !(phrase in agents)) agents[phrase] = sector;
    }
  }
}

/**
 * The dictionaries give an organisation's acronym a block of its own ("AAPSO_ [NGOHRI]" apart from
 * "AFRO_ASIAN_PEOPLES_SOLIDARITY_ORGANIZATION_"). Where the code only classifies (blocks are not merged
 * by it), an acronym joins the one entry of the same code whose name's initials spell it, after that
 * entry's own names, so the id is made from the full name.
 */
function joinAcronyms() {
  const initials = (name) =>
    name
      .split(/[\s-]+/u)
      .filter((w, i) => w && !(i > 0 && PARTICLES.has(w.toLowerCase())))
      .map((w) => w[0].toUpperCase())
      .join('');
  const entries = [...organizations.entries()];
  for (const [key, org] of entries) {
    if (!organizations.has(key) || namesOneOrganization(org.code) || org.kind === 'group') continue;
    const acronyms = org.names.filter((n) => /^[A-Z]{3,}$/u.test(n));
    if (acronyms.length === 0 || acronyms.length !== org.names.length) continue;
    const matches = entries.filter(
      ([k, o]) =>
        k !== key &&
        organizations.has(k) &&
        o.kind === org.kind &&
        o.code === org.code &&
        o.names.some((n) => n.includes(' ') && acronyms.includes(initials(n))),
    );
    if (matches.length !== 1) continue;
    const named = matches[0][1];
    named.names = [...new Set([...named.names, ...org.names])];
    named.blocks.push(...org.blocks);
    organizations.delete(key);
  }
}
joinAcronyms();
linkHandIds();

// ---- One-word person names must be unambiguous ------------------------------------------------

/**
 * Common words, which a one-word person name must not be ("Front", "Party"): every word of the
 * agents and of the CAMEO verb patterns, and the generic words of organisations' names.
 */
const COMMON_WORDS = new Set(
  [
    ...dictionaryText.toUpperCase().match(/[A-Z]{3,}/gu),
    'FRONT',
    'PARTY',
    'MOVEMENT',
    'ARMY',
    'COUNCIL',
    'COMMITTEE',
    'UNION',
    'LEAGUE',
    'BRIGADE',
    'BRIGADES',
    'ORGANIZATION',
    'ALLIANCE',
    'GROUP',
    'FORCES',
    'REPUBLIC',
    'NATIONAL',
    'ISLAMIC',
    'PEOPLE',
    'LIBERATION',
  ].map((w) => w.toLowerCase()),
);

/** Who a one-word name may stand for: the countries (or organisations) of everyone it names. */
function ownersByName(lists) {
  const owners = new Map();
  for (const [p, names] of lists)
    for (const n of names) {
      const set = owners.get(n) ?? new Set();
      for (const r of p.roles) set.add(r.country ?? r.organization);
      owners.set(n, set);
    }
  return owners;
}
const listed = ownersByName(persons.map((p) => [p, p.names.filter((n) => !n.includes(' '))]));
const generatedOwners = ownersByName(persons.filter((p) => p.generated).map((p) => [p, [p.generated]]));
const otherNames = new Set([...Object.values(countries).flat(), ...[...organizations.values()].flatMap((o) => o.names)].map((n) => n.toLowerCase()));
for (const w of COMMON_WORDS) otherNames.add(w);
// Peoples and the other groups of a state the hand-kept agents list ("Kurds", "Pashtuns", "Shiites"),
// singular too: a people's name is no office holder's, though some carry it as a surname ("Mohammad
// Yousef Pashtun", so alone "Pashtun" made every Pashtun an Afghan minister). The full names stay.
for (const phrase of Object.keys(handAgents.after))
  for (const w of phrase.toLowerCase().split(/\s+/u)) {
    otherNames.add(w);
    if (w.length > 4 && w.endsWith('s')) otherNames.add(w.slice(0, -1));
  }
// A one-word name that opens more of the dictionary's full names than it closes is a given name
// ("Carlos", "Hassan", "Mahmoud"), shared by many people: alone, it would make "President Omar Hassan
// al-Bashir" a Jordanian prince and "former president Carlos Menem" a Spanish king. Surnames close
// full names ("Obama", "Assad") and stay.
const opening = new Map();
const closing = new Map();
for (const p of persons)
  for (const n of p.names) {
    const words = n.split(' ');
    if (words.length < 2) continue;
    opening.set(words[0], (opening.get(words[0]) ?? 0) + 1);
    closing.set(words.at(-1), (closing.get(words.at(-1)) ?? 0) + 1);
  }
const isGivenName = (n) => (opening.get(n) ?? 0) > (closing.get(n) ?? 0);
for (const p of persons) {
  // A name the dictionary lists must point to one state; a surname we derived must also not be
  // listed for anyone else.
  p.names = p.names.filter((n) => n.includes(' ') || (listed.get(n).size === 1 && !otherNames.has(n.toLowerCase()) && !isGivenName(n)));
  const g = p.generated;
  if (g && !listed.has(g) && generatedOwners.get(g).size === 1 && !otherNames.has(g.toLowerCase()) && !isGivenName(g)) p.names.push(g);
  delete p.generated;
}

// News shortens a long name to its given name and one surname: "Augusto Pinochet" for the dictionary's
// "Augusto Pinochet Ugarte" (the mother's surname dropped), "Robert Mugabe" for "Robert Gabriel
// Mugabe" (the middle name dropped). For a name of three or more words, its first word with each
// later word is a variant of it (the first word a given name, not an initial), kept when that word is a surname (at least four letters, no given
// name as defined above, no common word or other actor's name) and the variant is no one else's name
// or variant: "Omar Hassan" (of "Omar Hassan al-Bashir", a given name after a given name) and
// variants two people share name neither.
const fullNameOwners = new Map();
for (const p of persons) for (const n of p.names) if (n.includes(' ')) fullNameOwners.set(n, (fullNameOwners.get(n) ?? new Set()).add(p));
const variantOwners = new Map();
// A title's words ("Prime Minister Recep Erdogan" is listed too) are neither given names nor surnames.
const titleWords = new Set([...Object.keys(agents), ...Object.keys(handAgents.after)].flatMap((a) => a.toLowerCase().split(/\s+/u)));
for (const p of persons)
  for (const n of p.names) {
    const words = n.split(' ');
    // An initial ("A. K. Antony") is no given name news writes with one surname.
    if (words.length < 3 || !/^\p{Lu}[\p{Ll}'-]{2,}$/u.test(words[0]) || titleWords.has(words[0].toLowerCase())) continue;
    for (const w of words.slice(1)) {
      if (w.length < 4 || !/^\p{Lu}/u.test(w) || isGivenName(w) || otherNames.has(w.toLowerCase()) || titleWords.has(w.toLowerCase())) continue;
      const variant = `${words[0]} ${w}`;
      variantOwners.set(variant, (variantOwners.get(variant) ?? new Set()).add(p));
    }
  }
// "Omar al-Bashir" / "Omar el-Bashir": a name with an Arabic article has the other transliteration as a
// variant, unless someone else has it.
for (const p of persons)
  for (const n of p.names) {
    const other = n.replace(/(^|[ ])(al|el)(?=[ -])/gu, (_, before, article) => `${before}${OTHER_ARTICLE[article]}`);
    if (other !== n) variantOwners.set(other, (variantOwners.get(other) ?? new Set()).add(p));
  }
let variantCount = 0;
for (const [variant, owners] of variantOwners) {
  const [p] = owners;
  const others = fullNameOwners.get(variant);
  if (owners.size !== 1 || (others && (others.size > 1 || !others.has(p))) || p.names.includes(variant)) continue;
  p.names.push(variant);
  variantCount += 1;
}

// ---- Places: cities and provinces ----------------------------------------------------------------

/**
 * A state's cities and provinces, which tell the claims stage where a sentence happens ("police in
 * Mosul" are Iraq's): never parties of their own. A place is kept when one state's block alone lists
 * it, it is no other actor's name (a state, an organisation, a person), no common word, and a one-word
 * place has at least four letters ("Bo", "Ur" are words or initials more often than towns).
 */
const allNames = new Set(
  [...Object.values(countries).flat(), ...[...organizations.values()].flatMap((o) => o.names), ...persons.flatMap((p) => p.names)].map((n) => n.toLowerCase()),
);
const places = {};
for (const [name, owners] of placeCandidates) {
  const lower = name.toLowerCase();
  if (owners.size !== 1 || allNames.has(lower) || COMMON_WORDS.has(lower)) continue;
  if (!name.includes(' ') && name.length < 4) continue;
  const [country] = owners;
  places[country] = [...(places[country] ?? []), name];
}
for (const list of Object.values(places)) list.sort();

// ---- Organisations' ids -----------------------------------------------------------------------

/**
 * A name is a person's when a dated entry lists it, or when it opens with a given name (above) and
 * holds no common word nor an organisation's head word ('Islamic Jihad Group', 'David Gibson
 * Foundation' are not persons'): the dictionaries file some people under an organisation's code with no dates ("ABRAHAM_ABRAHAM_ [IGOUNOREFHCR]", an
 * official of the refugee agency), and blocks merge by code in file order, so the first block of the
 * merged entry can be such a person's. An id made from it ('abraham-abraham' for UNHCR) would be
 * published in claims as the organisation's.
 */
const personNames = new Set(persons.flatMap((p) => p.names).filter((n) => n.includes(' ')));
/** Head words of organisations' names ('foundation', 'society'), kept by hand in data/agents.json. */
const ORGANIZATION_WORDS = new Set(Object.keys(handAgents.organizations).filter((k) => k !== 'about'));
const isPersonName = (n) =>
  personNames.has(n) ||
  (isGivenName(n.split(' ')[0]) && !n.split(' ').some((w) => COMMON_WORDS.has(w.toLowerCase()) || ORGANIZATION_WORDS.has(w.toLowerCase())));
/**
 * The organisation's own name, which its id is made from: the first full name (else the first name,
 * an acronym: 'iaea') of its first dictionary block (file order, so stable) that is not a person's
 * entry, a block holding that one name. Only such lone blocks are skipped: the synonyms of a group's
 * own block may name its leaders, but its head is the group's name.
 */
function canonicalName(blocks) {
  const own = blocks.find((names) => !(names.length === 1 && isPersonName(names[0]))) ?? blocks[0];
  return own.find((n) => n.includes(' ')) ?? own[0];
}
// A name the hand-kept gazetteer also lists links the entry to that actor's id (linkHandIds).
for (const org of organizations.values()) {
  org.id = org.handId ?? slug(canonicalName(org.blocks));
  delete org.handId;
  delete org.blocks;
}

// ---- Qualifiers: peoples and movements --------------------------------------------------------

// Words that name a people or a movement ("Kurdish", "Tamil", "Maoist") qualify the agent after them
// ("Kurdish rebels"). wink-nlp reads a sentence's first word without its capital letter, where
// "Kurdish" is an adjective like "Senior", so the claims stage needs these words as data. Source:
// the first words of the dictionaries' armed non-state groups (MilNonState, and IssueCoding's named
// groups) that open two or more names, minus the dictionaries' common vocabulary (every word of the
// verb and agent dictionaries: "Black", "South", "Free"), kept when shaped as a people's or a
// movement's adjective (-ish, -ian, -ean, -can, -lan, -ese, -i, -ist: "Turkish", "Eritrean",
// "Lebanese", "Iraqi", "Maoist"; not "-stan" nor given names like "Hassan"); plus the singulars of the
// peoples of the hand-kept agents list ("Tamils" → "Tamil"). The claims stage uses a word only where
// wink-nlp does not already read it as a noun, so a stray given name here changes nothing.
const peopleQualifiers = (() => {
  const common = new Set();
  for (const w of dictionaryText.replace(/\[[^\]]*\]/gu, '').matchAll(/[A-Za-z][A-Za-z'-]*/gu)) common.add(w[0].toLowerCase());
  const openers = new Map();
  const count = (word) => openers.set(word, (openers.get(word) ?? 0) + 1);
  for (const m of read('Phoenix.IssueCoding.txt').matchAll(/^([a-z][^[\n]*)\[NAMED_TERROR_GROUP\]/gmu)) count(m[1].trim().split(/\s+/u)[0]);
  for (const m of read('Phoenix.MilNonState.actors.txt')
    .replace(/#.*$/gmu, '')
    .matchAll(/^\+?([A-Z][A-Z'_-]*)/gmu))
    count(m[1].split('_')[0].toLowerCase());
  const words = new Set();
  for (const [word, n] of openers) if (n >= 2 && /^[a-z]{4,}$/u.test(word) && !common.has(word) && /(?:ish|[eiclr]an|ese|i|ist)$/u.test(word)) words.add(word);
  // A people is civilians there (CVL); an agent of the dictionaries ("youth") is no people's name.
  for (const [phrase, sector] of Object.entries(handAgents.after)) {
    const singular = phrase.slice(0, -1);
    // A singular kept as an agent of its own ("elder") is a kind of person, not a people's name.
    if (
      sector === 'CVL' &&
      /^[a-z]+s$/u.test(phrase) &&
      !common.has(phrase) &&
      !common.has(singular) &&
      !(singular in agents) &&
      !(singular in handAgents.after)
    )
      words.add(singular);
  }
  return [...words].sort();
})();

// ---- Output -----------------------------------------------------------------------------------

const sortedOrganizations = [...organizations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
// Ids are unique: a second actor with the same slug takes its code as a suffix.
const seen = new Map();
for (const org of sortedOrganizations) {
  const n = seen.get(org.id) ?? 0;
  seen.set(org.id, n + 1);
  if (n > 0) org.id = `${org.id}-${n + 1}`;
}
const out = {
  about:
    'Actor lexicon compiled by scripts/compile-actor-lexicon.mjs from the PETRARCH2 Phoenix dictionaries. Do not edit by hand: edit the script or the hand-kept countries.json / gazetteer.json, which take precedence.',
  source: sourceNote,
  licence: 'MIT, Copyright (c) 2014 Open Event Data Alliance (see LICENSE-petrarch2.txt beside this file).',
  countries: Object.fromEntries(Object.entries(countries).sort()),
  persons: persons.filter((p) => p.names.length > 0).sort((a, b) => (a.names[0] < b.names[0] ? -1 : a.names[0] > b.names[0] ? 1 : 0)),
  organizations: sortedOrganizations.map(({ code, ...rest }) => ({ ...rest, code: rest.kind === 'company' ? undefined : code.split(':')[0] })),
  agents: Object.fromEntries(Object.entries(agents).sort()),
  places: Object.fromEntries(Object.entries(places).sort()),
  qualifiers: peopleQualifiers,
};
writeFileSync(join(root, 'pipeline/claims/data/actors.json'), `${JSON.stringify(out, null, 1)}\n`);
writeFileSync(join(root, 'pipeline/claims/data/LICENSE-petrarch2.txt'), read('LICENSE'));
const kinds = {};
for (const o of sortedOrganizations) kinds[`${o.kind}/${o.sector}`] = (kinds[`${o.kind}/${o.sector}`] ?? 0) + 1;
console.log(
  `countries ${Object.keys(countries).length} (${Object.values(countries).flat().length} names), places ${Object.values(places).flat().length}, persons ${persons.length} (${variantCount} short variants), agents ${Object.keys(agents).length},`,
  kinds,
);
