// Bylines ("By Jane Doe and John Roe", "Jane Doe, Senior Fellow", "Reuters Staff") turned into a
// list of authors: lead-ins, roles, dates and site names stripped; organisations marked as such.
import type { Author } from '../records/document.ts';
import { RELATIVE_DATE, findDates } from '../text/dates.ts';
import { ORGANISATION_WORDS, conjunctions, looksLikeNameLine } from '../text/name-shapes.ts';
import { FRAGMENT, alternation, keyOf, metadataWords, pattern, words } from '../lexicon/index.ts';

/** "X (avec Y et Z)", "X (with Y)": co-authors in brackets; group 1 the names. */
const CO_AUTHORS = new RegExp(`\\s*\\(${FRAGMENT.coAuthorWith}\\s+([^()]+)\\)`, 'giu');

export interface BylineOptions {
  /** The site's name, when known: a byline equal to it is an organisation; glued on, it is removed. */
  siteName?: string | null;
  /** The page's language: lets dates in its own words ("12 mars 2024") be cut off the byline. */
  language?: string | null;
}

/** "Ein Artikel von", "article by": the noun that names the piece before a lead-in. */
const PIECE_LEAD_IN = `${alternation(metadataWords('byline-piece-noun'))}\\s+${FRAGMENT.leadIn}`;
/** Words that open a byline in several languages ("By", "Par", "Von", "Автор:", "بقلم"). */
const LEAD_IN = new RegExp(`^(?:${FRAGMENT.verbLeadIn}|${PIECE_LEAD_IN}|${FRAGMENT.label}|${FRAGMENT.anyLeadIn})\\s*[:：-]?\\s+`, 'iu');
/** The words that join names in a list, and credits in a run: "and", "et", "und", "y", "e", "и". */
const NAME_JOINERS = conjunctions(['and', 'et', 'und', 'y', 'e', 'и']);
/** A word that credits a share of the work ("Text", "Fotos", "Words", "Photo", "Autor"). */
const CREDIT_WORD = `${alternation([...words('credit-label'), ...words('byline-verbs'), ...words('byline-labels')])}(?!\\p{L})`;
/**
 * "Text, Fotos: Jane Doe", "Text und Fotos: …", "Words & Photos: …": several credits joined before
 * one colon lead into the names that did all of them; read word by word, the first credit was taken
 * for a name and the colon after it for a label that ends the names.
 */
const CREDIT_RUN_LEAD_IN = new RegExp(`^${CREDIT_WORD}(?:\\s*(?:[,&/+]|${NAME_JOINERS})\\s*${CREDIT_WORD})+\\s*[:：]\\s*`, 'iu');
/** "Written byJane Doe": a verb's lead-in glued to the name, as text renderers join inline elements. */
const GLUED_LEAD_IN = new RegExp(`^(${FRAGMENT.verbLeadIn})(?=\\p{Lu})`, 'iu');
/** A lead-in with nothing after it ("Von", "By:"): the names were in markup the text lost. */
const LEAD_IN_ALONE = pattern('lead-in-alone');
/** "Ein Artikel von" on its own: the names were in markup the text lost, as after a bare lead-in. */
const PIECE_LEAD_IN_ALONE = new RegExp(`^${PIECE_LEAD_IN}\\s*[:：]?$`, 'iu');
/**
 * An author archive link's caption ("View all posts by Jane Doe", "Zeige alle Beiträge von …",
 * "Voir tous les articles de …"), as blog themes print it in the link's text or title.
 */
const ARCHIVE_CAPTION =
  /^(?:(?:view|see|show|read)\s+)?(?:all\s+|more\s+)?(?:posts|articles|entries|stories)\s+(?:by|from)\s+|^(?:zeige\s+)?alle\s+(?:beiträge|artikel|einträge)\s+von\s+|^(?:voir\s+)?tous\s+les\s+(?:articles|billets)\s+de\s+|^(?:ver\s+)?tod[ao]s\s+l[ao]s\s+(?:entradas|artículos)\s+de\s+|^(?:vedi\s+)?tutti\s+gli\s+articoli\s+di\s+/iu;
/** A category or tag label run into the byline after a slash or bar ("Jane Doe / Kategorien: Event"). */
const LABEL_AFTER_SLASH = /\s+[/|]\s+\p{L}[\p{L} ]{1,30}\s*:.*$/u;
/**
 * A word and its colon after a capitalised word, and all after it: a label that follows the names.
 * After a lower-case word the label is the byline's own ("Text und Fotos: Jane Doe").
 */
const LABEL_AFTER_NAMES = /(?<=\p{Lu}[\p{L}.'’-]*)[\s,;]+\p{L}[\p{L}-]*\s*[:：]\s.*$/u;
/** A user's login shown instead of a name ("jane.doe", "jane_doe", "jane-doe"): no spaces, a separator, lower case. */
const LOGIN = /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)+$/u;
/** Lower-case-only lead-ins: capitalised, they start surnames ("De Gaulle", "Da Silva"). */
const LOWER_LEAD_IN = /^(?:de|di|da|av)\s+/u;

/**
 * Labels that end a byline when a page prints more on the same line ("… Published 3 May 2024",
 * "… Publié le 3 mai"). Word edges in any script (a hyphen joins, as in "Créé-Dupont"): `\b` knows
 * ASCII letters only, so "Publié" and "Опубликовано" never ended the names.
 */
const TRAILER = new RegExp(
  String.raw`\s*(?:\||·|•|—|–|-)?\s*(?<![\p{L}\p{N}_-])(?:${FRAGMENT.published}|${FRAGMENT.updated}|\d[\d.,]*k?\s+(?:views|min(?:ute)?s?\s+read|comments?))(?![\p{L}\p{N}_-]).*$`,
  'iu',
);

/** Job titles and roles that follow a name after a comma ("Jane Doe, Senior Fellow"). */
const ROLE_WORDS = new Set(
  (
    'fellow senior junior director professor prof lecturer editor editors editorial correspondent reporter writer ' +
    'writers analyst researcher research contributor contributing columnist chief head associate assistant president ' +
    'vice manager coordinator officer member chair chairman chairwoman founder co-founder ceo phd ph.d dr candidate ' +
    'student intern journalist producer staff special international political foreign affairs desk bureau ' +
    'engineer engineering developer designer scientist architect consultant advocate evangelist specialist ' +
    'strategist technologist principal lead product marketing ' +
    'rédacteur rédactrice journaliste correspondant correspondante chercheur chercheuse directeur directrice ' +
    'redakteur redakteurin korrespondent korrespondentin autor autorin experte expertin periodista corresponsal redactor redactora envoyé envoyée spécial spéciale ' +
    'корреспондент журналист редактор обозреватель'
  ).split(' '),
);

/**
 * A byline that names no one: "Staff", "Staff Writer", "Admin", and the house bylines of the form
 * "Our Foreign Staff" / "Our Correspondent" / "From our reporters", which credit the publication's
 * own desk rather than a person or a named organisation.
 */
const ANONYMOUS =
  /^(?:staff(?:\s+(?:writer|reporter|report))?|admin(?:istrator)?|editor|editors|guest|anonymous|unknown|rédaction|redaktion|redacción|(?:(?:by|from)\s+)?(?:our|a|notre|nos|unser(?:e|en)?|nuestr[oa]s?)\s+(?:[\p{L}-]+\s+){0,3}(?:staff|correspondents?|reporters?|writers?|team|desk|editors?|envoyée?s?\s+spéciale?s?|correspondante?s?|rédaction|korrespondent(?:in)?|redaktion|corresponsal(?:es)?))$/iu;

// An interview's byline names both speakers ("Richard Roe im Gespräch mit Jane Doe"): the phrase
// between them separates two authors as "and" does.
const SPLIT = new RegExp(`\\s*(?:,|;|&|\\+|${NAME_JOINERS}|\\sو\\s|\\s${FRAGMENT.inConversationWith}\\s)\\s*`, 'iu');

const normaliseName = keyOf;

function isOrganisation(name: string, siteName: string | null): boolean {
  if (siteName && normaliseName(name) === normaliseName(siteName)) return true;
  if (/[|@]/.test(name)) return true;
  const words = name.split(/\s+/);
  return words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase().replace(/[^\p{L}-]/gu, '')));
}

/** Little words inside job titles ("Director of Research", "Fellow at the Institute"). */
const ROLE_LINKS = new Set('of for the at on in and to de des du la le el del di für der'.split(' '));

/**
 * A job title rather than a name. After the first segment a role word is enough ("Jane Doe, Senior
 * Fellow at X"); the first segment must be role words throughout, so that a surname that happens to
 * be a role word ("Sam Writer", "Anna Fellow") stays a name.
 */
function isRole(segment: string, first: boolean): boolean {
  const words = segment
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/[^\p{L}.-]/gu, ''))
    .filter(Boolean);
  if (words.length === 0) return false;
  if (!first) return words.some((word) => ROLE_WORDS.has(word));
  return words.every((word) => ROLE_WORDS.has(word) || ROLE_LINKS.has(word)) && words.some((word) => ROLE_WORDS.has(word));
}

/** Titles that are part of how a person is named ("Dr Jane Doe"), not a job printed before the name. */
const HONORIFICS = new Set(['dr', 'dr.', 'prof', 'prof.', 'phd', 'ph.d']);

/** A role word, or a compound ending in one ("Gesundheits-Experte", "Senior-Redakteurin"). */
function isRoleWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/[^\p{L}.-]/gu, '');
  return !HONORIFICS.has(bare) && (ROLE_WORDS.has(bare) || ROLE_WORDS.has(bare.split('-').pop() ?? ''));
}

/**
 * "Redakteur Max Muster", "Senior Writer Jane Doe" → the name: a job printed before the name, as
 * German and English bylines print it. Taken off only when a full name (two or more capitalised
 * words) follows, so a one-word surname after a role-like first name ("Junior Seau") stays whole.
 */
function stripLeadingRole(segment: string): string {
  const words = segment.split(/\s+/);
  let at = 0;
  while (at < words.length && isRoleWord(words[at]!)) at++;
  if (at === 0) return segment;
  const rest = words.slice(at).join(' ');
  return looksLikeNameLine(rest) ? rest : segment;
}

/** A segment that can be a name: letters, a few words, no sentence. */
function looksLikeName(segment: string): boolean {
  if (!/\p{L}/u.test(segment) || /\d/.test(segment) || segment.length > 80) return false;
  const words = segment.split(/\s+/);
  return words.length <= 8 && !/[.!?]$/.test(segment.replace(/\b\p{Lu}\.$/u, ''));
}

/** Removes a trailing or leading " | Site name" / " - Site name" when the byline says more than that. */
function stripSiteName(text: string, siteName: string | null): string {
  if (!siteName) return text;
  const site = normaliseName(siteName);
  if (normaliseName(text) === site) return text;
  const parts = text.split(/\s+[|–—-]\s+|\s*\|\s*/);
  const rest = parts.filter((part) => normaliseName(part) !== site);
  return rest.length > 0 && rest.length < parts.length ? rest.join(' ') : text;
}

/**
 * "Jane Doe Example Contributor" → "Jane Doe": the site's name and a role printed after the names
 * without a comma (a profile box's caption run into the byline).
 */
function stripSiteRole(text: string, siteName: string | null): string {
  if (!siteName) return text;
  const words = text.split(/\s+/);
  const site = normaliseName(siteName);
  for (let i = 1; i < words.length; i++) {
    if (normaliseName(words.slice(i).join(' ')).startsWith(site) === false) continue;
    const siteWords = siteName.trim().split(/\s+/).length;
    const rest = words.slice(i + siteWords);
    if (
      normaliseName(words.slice(i, i + siteWords).join(' ')) === site &&
      rest.length > 0 &&
      rest.every((word) => ROLE_WORDS.has(word.toLowerCase().replace(/[^\p{L}.-]/gu, '')))
    )
      return words.slice(0, i).join(' ');
  }
  return text;
}

/** A month's name (or its short form) just before a number, in the languages dates are read in. */
const MONTH_BEFORE_NUMBER =
  /\s+(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?$/iu;

/**
 * What stands between the names and a date after them: a separator ("Jane Doe // 1. November",
 * "Thilo / 6. November") and the little word that led into the date, the lexicon's date prepositions
 * ("on", "le", "am", "vom") in any case, as a line's first word after a name may be capitalised.
 */
const LITTLE_WORD_BEFORE_DATE = new RegExp(`[\\s,/|·•–—-]+(?:(?:${FRAGMENT.preposition}|the|du|den|del|от)[\\s,]*)?$`, 'iu');
/** Lower-case words after a capitalised word at the end of a line: what led from a name into a date. */
export const TRAILING_LOWER_WORDS = /(?<=\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Ll}[\p{Ll}.]*)+\s*$/u;

/** A lead-in right after a date: "Posted on 12 January 2023 by Sam Writer". */
const BY_AFTER_DATE = new RegExp(`^[\\s,;:|·•–—-]*${FRAGMENT.anyLeadIn}\\s+(\\S.*)$`, 'iu');
/** A lead-in as it runs on in a line (lower case, no i flag) and the capital of the name after it. */
const LEAD_IN_BEFORE_NAME = new RegExp(`[\\s,;:|·•–—-]${FRAGMENT.anyLeadIn}\\s+(?=\\p{Lu})`, 'u');

/**
 * The names after dates the line was not read in ("Posted on Freitag, 15. April 2016Samstag, 4. März
 * 2017 by Sam Writer", run together from two <time> elements): from `from`, a short gap holding a
 * number, then a lower-case lead-in and a capitalised name. Null when the line is not so.
 */
function namesAfterDates(text: string, from: number): string | null {
  if (from < 0) return null;
  const later = LEAD_IN_BEFORE_NAME.exec(text.slice(from));
  if (!later || later.index > 40 || !/\d/u.test(text.slice(from, from + later.index))) return null;
  return text.slice(from + later.index + later[0].length);
}

/**
 * Cuts the byline where a date starts, with the little word that led into it ("on", "le", "am");
 * when the names follow the date instead ("Posted on 12 January 2023 by Sam Writer"), keeps them.
 */
function cutAtDate(text: string, language: string | null): string {
  const dates = findDates(text, { language });
  if (dates.length === 0) return namesAfterDates(text, text.search(/\d/u)) ?? text;
  const at = text.indexOf(dates[0]!.text);
  if (at < 0) return text;
  // The names may follow any of the dates: a line that prints the published and the updated day
  // runs on to "by" after the second ("Posted on 3 May 2021 4 June 2021 by Sam Writer").
  let from = at;
  for (const date of dates) {
    const start = text.indexOf(date.text, from);
    if (start < 0) continue;
    from = start + date.text.length;
    const after = BY_AFTER_DATE.exec(text.slice(from));
    if (after) return after[1]!;
  }
  const names = namesAfterDates(text, from);
  if (names) return names;
  if (at === 0) return text;
  const before = text
    .slice(0, at)
    .replace(LITTLE_WORD_BEFORE_DATE, '')
    // Whatever lower-case words remain between a capitalised name and the date led into it, in any
    // language ("Jane Doe vom 12. Mai", "Jean Dupont en date du …"): names end on a capital.
    .replace(TRAILING_LOWER_WORDS, '')
    .trim();
  // A single lower-case word before the date is the little word that led into it ("vom 12. Mai
  // 2021", "am …"), not a name.
  return /^\p{Ll}+$/u.test(before) ? '' : before;
}

/** The authors a byline names, in order; [] when it names none. */
export function parseByline(text: string, options: BylineOptions = {}): Author[] {
  const siteName = options.siteName?.trim() || null;
  let byline = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ARCHIVE_CAPTION, '')
    .replace(/\s*[→»›]+$/u, '')
    .replace(LABEL_AFTER_SLASH, '');
  // A lead-in glued to the name, as templates concatenate a label and a link ("Veröffentlicht vonChris Jung").
  byline = byline.replace(GLUED_LEAD_IN, '$1 ');
  if (LEAD_IN_ALONE.test(byline) || PIECE_LEAD_IN_ALONE.test(byline) || LOGIN.test(byline)) return [];
  // "Jane Doe · 3 days ago": a relative date ends the names as an absolute one does.
  const relative = RELATIVE_DATE.exec(byline);
  if (relative && relative.index > 0) byline = byline.slice(0, relative.index).replace(/[\s,;:|·•–—-]+$/u, '');
  byline = cutAtDate(byline, options.language ?? null);
  // A label at the very start is the byline's lead-in ("Posted by …"), not a trailer after the names.
  const trailer = TRAILER.exec(byline);
  if (trailer && trailer.index > 0) byline = byline.slice(0, trailer.index).trim();
  byline = byline.replace(CREDIT_RUN_LEAD_IN, '').replace(LEAD_IN, '').replace(LOWER_LEAD_IN, '').trim();
  // A label after the names opens another field run into the line ("Jane Doe Kategorien: Mode",
  // "Jane Doe, Fotos: John Roe"): names hold no colon.
  byline = byline.replace(LABEL_AFTER_NAMES, '');
  byline = stripSiteName(byline, siteName)
    .replace(/\S+@\S+\.\w+/g, '')
    // A handle, spaced or glued to the name ("Jane Doe@janedoe").
    .replace(/\s*@\w+/g, '')
    // "X (avec Y et Z)", "X (with Y)": the people in brackets are co-authors.
    .replace(CO_AUTHORS, ', $1')
    .replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '')
    .trim();
  // Names hold no digits: a number, spaced or glued on ("Jane Doe22 Dec 2016651"), ends them, with
  // a month name and little lower-case words that lead into it ("Jane Doe March 18 at 3:57 PM").
  // Glued on, only a day before a month's name counts: "CC7567" is a user's id, not a name and a date.
  const number = /\s+\d|(?<=\p{Ll})\d{1,2}\s+\p{L}/u.exec(byline);
  // A lone lower-case word before the number led into a date ("vom 12. Mai 2021", "on 12 May"): no name.
  if (number && /^\p{Ll}+$/u.test(byline.slice(0, number.index))) byline = '';
  else if (number && number.index > 0)
    byline = byline
      .slice(0, number.index)
      .replace(MONTH_BEFORE_NUMBER, '')
      .replace(/(?:\s+\p{Ll}[\p{Ll}.]*)+$/u, '')
      .replace(/[\s,;:|·•–—-]+$/u, '');
  byline = stripSiteRole(byline, siteName);
  if (!byline || ANONYMOUS.test(byline)) return [];

  // A whole-byline organisation ("Centre for Security & Development Studies") is not split on "&".
  if (isOrganisation(byline, siteName) && !/,|\band\b/i.test(byline)) {
    const name = byline.replace(/\s+staff$/i, '').trim();
    return looksLikeName(name) ? [{ name, type: 'organization' }] : [];
  }

  const authors: Author[] = [];
  const seen = new Set<string>();
  const segments = byline.split(SPLIT);
  let roleSeen = false;
  for (const [index, rawSegment] of segments.entries()) {
    let segment = rawSegment.replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '').trim();
    if (!segment || ANONYMOUS.test(segment)) continue;
    segment = stripLeadingRole(segment);
    // "Jane Doe, Senior Fellow" splits into a name and a role; "Reuters Staff" names an organisation.
    if (isRole(segment, index === 0) && !/\bstaff$/i.test(segment)) {
      roleSeen = index > 0;
      continue;
    }
    // "Jane Doe, Senior Technologist, Example Speech, Privacy, and Technology Project": what follows
    // a role is the role's employer, split on its own commas and "and"s. A second author with a role
    // of their own is lost that way, which is better than an employer's name read as a person.
    if (roleSeen) continue;
    const organisation = isOrganisation(segment, siteName);
    if (organisation) segment = segment.replace(/\s+staff$/i, '').trim();
    if (!looksLikeName(segment)) continue;
    const key = normaliseName(segment);
    if (seen.has(key)) continue;
    seen.add(key);
    authors.push({ name: segment, type: organisation ? 'organization' : 'person' });
  }
  return authors;
}

/**
 * A line that is a byline rather than a headline: a lead-in ("By …", "Par …"), a byline that names
 * no one ("Staff Writer"), or a name followed by a job title ("Jane Doe, Senior Fellow").
 */
export function looksLikeByline(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 120) return false;
  if (ANONYMOUS.test(line)) return true;
  if (LEAD_IN.test(line) && parseByline(line).length > 0) return true;
  const [head, ...rest] = line.split(/\s*,\s*/);
  return rest.length > 0 && looksLikeNameLine(head!) && rest.every((segment) => isRole(segment, false));
}
