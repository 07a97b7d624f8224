// The lexicon: every word list the cleaner and metadata rules match text against, read from the
// language files beside this module (<lang>.json, one shape) and class-words.json, and the named
// patterns compiled from them once, at load. Rules import a pattern or a list by name; a language
// or a word is added in the data, never in a regular expression of a rule.
import type { ChromeKind } from '../text/blocks.ts';
import { escapeRegex } from '../text/regex.ts';
import ar from './ar.json' with { type: 'json' };
import legalForms from './legal-forms.json' with { type: 'json' };
import classWords from './class-words.json' with { type: 'json' };
import chromeLexicon from './chrome-phrases.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

/** The chrome phrase families of a language file, in the order a matcher tries them. */
export const CHROME_FAMILIES = ['cookie', 'signin', 'comment', 'newsletter', 'share', 'follow', 'related', 'footer', 'advert'] as const;
export type ChromeFamily = (typeof CHROME_FAMILIES)[number];

/** Lists of a language file, beside the chrome families, whose phrases also mark chrome lines: "Related articles", "Read also:", "Photo:". */
export const CHROME_LISTS = [
  'after-article-heading',
  'read-also-lead-in',
  'credit-label',
  'comment-heading',
  'comment-on-title',
  'comment-one-on-title',
] as const;

/** Every chrome phrase list of a language file, by name (families, then CHROME_LISTS): what bench/lexicon-seen.ts records and the lexicon test checks. */
export function chromePhraseLists(lexicon: LanguageLexicon): [name: string, phrases: string[]][] {
  return [
    ...CHROME_FAMILIES.map((family): [string, string[]] => [family, lexicon.chrome[family]]),
    ...CHROME_LISTS.map((name): [string, string[]] => [name, lexicon[name]]),
  ];
}

/** The block kind each family's phrases mark ("follow us" prompts are share chrome). */
const FAMILY_KIND: Record<ChromeFamily, ChromeKind> = {
  cookie: 'cookie',
  signin: 'signin',
  comment: 'comment',
  newsletter: 'newsletter',
  share: 'share',
  follow: 'share',
  related: 'related',
  footer: 'footer',
  advert: 'advert',
};

/** One language file. */
export interface LanguageLexicon {
  language: string;
  about: string;
  /** Words that put an author's name after them and mean nothing else commonly ("by", "par", "von"). */
  'byline-lead-in': string[];
  /** Words that put an author's name after them but also mean "of" / "from" in running text ("di", "av"). */
  'byline-lead-in-ambiguous': string[];
  /** Verbs and nouns that come before the language's lead-in: "written by", "publié par". */
  'byline-verbs': string[];
  /** Words that put a name after the language's byline verbs only: Italian "scritto da" (alone, "da" is "from"). */
  'byline-verb-lead-in': string[];
  /** Labels that open a byline and are not lead-ins in running text: "Author:", "Autorin", "إعداد". */
  'byline-labels': string[];
  /** Labels before a publication date: "published", "publié", "نشر". */
  'date-label-published': string[];
  /** Labels before an update date: "updated", "mis à jour". */
  'date-label-updated': string[];
  /**
   * Labels of a revision stamp: "Stand", "letzte Aktualisierung", "mise à jour" (no edit stamps: see README). Read as update labels by
   * the metadata readers only: some are common words or parts of words ("Vorstand", "misstande"),
   * so the cleaner's date-line pattern ('date-label', matched without word edges) leaves them out.
   */
  'date-label-revised': string[];
  /** A label that states some date, read as the publication date where nothing else says which: "Date:". */
  'date-label-generic': string[];
  /** The little word between a date label and the date: "published on", "publié le", "veröffentlicht am". */
  'date-label-preposition': string[];
  /** The little words a date line prints around a date's time: "at", "à", "a las", "um", "h", "hs", "hrs", "Uhr". */
  'date-time-word': string[];
  /** The legal line of a footer: "all rights reserved". */
  'rights-reserved': string[];
  /** What a consent banner says the site does with cookies: "we use", "utilisons des", "verwendet" (… cookies). */
  'consent-verbs': string[];
  /** Headings of what follows an article on its page: "Related articles", "Most read", "Dans la même rubrique", "References". */
  'after-article-heading': string[];
  /** What opens a link to another article, inside the article or under it: "Read also", "Lesen Sie auch", "Veja também". */
  'read-also-lead-in': string[];
  /** Labels of a picture's credit or a text's source: "Photo:", "Foto:", "Quelle:", "Crédito:". */
  'credit-label': string[];
  /** What an advertising or affiliate disclosure or an editorial disclaimer says: "affiliate links", "enthält Werbung", "not necessarily reflect". */
  disclosure: string[];
  /**
   * What a page prints beside a post about the post, not its story: the template line that files it
   * ("This entry was posted in …", "Dieser Beitrag wurde unter … abgelegt"). Kept apart from the
   * mail prompts (post-notice): only a filing line opens a notice that runs past a notice's length.
   */
  'post-filing': string[];
  /** The prompt to get more posts by mail ("… delivered to your inbox", "Abonnieren Sie unseren Newsletter"). */
  'post-notice': string[];
  /**
   * What a comment form says under its heading: that the reader's e-mail stays private, which fields
   * are required ("Your email address will not be published", "Erforderliche Felder sind mit * markiert").
   * The same phrases stand in the comment chrome; this list tells the form from a counter or a prompt.
   */
  'comment-form-notice': string[];
  /** The noun of a comment thread's heading, the whole line with or without its count: "Comments (6)", "12 Kommentare", "Commentaires :". */
  'comment-heading': string[];
  /** What opens a counted thread heading before its count: "There are 13 comments", "View all 4 replies". */
  'comment-count-lead-in': string[];
  /** Between a thread's count and the article's title: "2 thoughts on “Title”", "4 Gedanken zu „Titel“", "3 réflexions sur « Titre »". */
  'comment-on-title': string[];
  /** The same heading for a single comment, its count a word: "One thought on “Title”", "Ein Gedanke zu „Titel“". */
  'comment-one-on-title': string[];
  /** Words of the metadata readers: labels (keywords, tags, licence), counters, company names; a language lists the ones it has. */
  metadata: Partial<Record<MetadataList, string[]>>;
  chrome: Record<ChromeFamily, string[]>;
}

/** The word lists of the metadata readers, under `metadata` in a language file. */
export const METADATA_LISTS = [
  /** "Keywords:", "Mots-clés :", "Palabras clave:" before a keyword list. */
  'keywords-label',
  /** "Tags:", "Tagged with:", "Étiquettes :" before a tag list. */
  'tags-label',
  /** "Abstract:", "Résumé :", "Zusammenfassung:" opening an abstract. */
  'abstract-label',
  /** "Publisher:", "Éditeur :", "Verlag:" before a publisher's name. */
  'publisher-label',
  /** "License:", "Lizenz:" before a licence's name. */
  'license-label',
  /** Words that say a named Creative Commons licence applies to the page ("licensed under", "sous"). */
  'license-context',
  /** The word after a view count: "1.1k Views", "2 345 vues". */
  'views-unit',
  /** Units of a reading time: "3 min read", "5 minute read". */
  'minutes-unit',
  /** Words after a reading time's minutes: "3 min read", "4 min de lecture". */
  'reading-time-after',
  /** Labels before a reading time's minutes: "Reading time: 4 min", "Lesezeit 3 min". */
  'reading-time-label',
  /** A twitter:label that says its twitter:data is the author: "Written by", "Autor". */
  'author-meta-label',
  /** "Ein Artikel von", "article by": the noun a byline names the piece with before its lead-in. */
  'byline-piece-noun',
  /** Words of a company's name that say it is the owning company, not the site: "Group", "Media", "Medien". */
  'company-words',
  /** Captions of widgets that take a headline's shape: "Share on LinkedIn", "Continue reading the main story". */
  'widget-caption',
  /** "Topics:", "Filed under:", "Themen:": a label before a list of links, never a headline. */
  'list-label',
  /** Verbs of a button's caption: "Download the app", "Learn more". */
  'call-to-action',
  /** The media word before a bracketed placeholder: "Image [caption]", "Foto [x]". */
  'media-placeholder',
  /** A line opening with these is a picture's caption or credit: "Photo: …", "Bild: …". */
  'media-credit',
  /** Short function words a line never ends with when it is a whole headline ("… of the"); case-sensitive. */
  'dangling-words',
  /** First breadcrumb items that stand for the home page: "Home", "Accueil", "Startseite". */
  'home-crumb',
  /** "Now reading:", "Vous lisez :": a sticky header's label before the headline. */
  'reading-now-label',
  /** "Categories:", "Rubriques :", "Kategorie:" before a page's sections. */
  'category-label',
  /** Section and breadcrumb words that say what kind of text a page is (lower case, matched case-sensitively). */
  'genre-press-release',
  'genre-commentary',
  'genre-analysis',
  'genre-report',
  'genre-news',
  /** A twitter:label that says its twitter:data is a reading time: "Est. reading time", "Lesezeit". */
  'reading-time-meta-label',
  /** Phrases of a site's own links before its name: "About X", "Work at X", "Welcome to X". */
  'house-link-lead-in',
  /** "with" inside a byline's brackets, before co-authors: "Jane Doe (avec John Roe)". */
  'co-author-with',
  /** "X im Gespräch mit Y", "X in conversation with Y": a byline joining two speakers, both credited. */
  'in-conversation-with',
  /** "Tel.", "Fax", "E-Mail": the label of a contact box's line before a number or an address. */
  'contact-label',
  /** "About Jane", "Über Steffi": the word over an author box that closes a post, before the author's name. */
  'author-box-lead-in',
  /** "is", "ist", "est": the verb after the author's name that opens a note on the author ("Jane Doe is a writer …"). */
  'author-note-verb',
  /** "police", "council", "Polizei": words of an institution's name, never of a person's, so "Police Scotland is …" opens no note on an author. */
  'institution-words',
  /** "van", "von", "de": the lower-case particles inside a person's name ("Anna van der Berg", "Ursula von der Leyen"). */
  'name-particle',
  /** "Read the full story here", "Hier weiterlesen": a line that only points at a link, not the article's close. */
  'link-invitation',
] as const;
export type MetadataList = (typeof METADATA_LISTS)[number];

/** One metadata list over every language, first occurrence kept. */
export function metadataWords(name: MetadataList): string[] {
  return [...new Set(LANGUAGES.flatMap((lexicon) => lexicon.metadata[name] ?? []))];
}

/** Every language file, in the order their words are listed. */
export const LANGUAGES: readonly LanguageLexicon[] = [en, fr, es, de, it, pt, nl, sv, ar, ru, ja];

type ListName = Exclude<keyof LanguageLexicon, 'language' | 'about' | 'chrome' | 'metadata'>;

/** One list over every language, first occurrence kept. */
export function words(name: ListName): string[] {
  return [...new Set(LANGUAGES.flatMap((lexicon) => lexicon[name]))];
}

/** A word or phrase as it is written, any run of white space between its words. */
const escapeWord = (word: string) => escapeRegex(word).replace(/ /g, '\\s+');

/** A non-capturing alternation of the words, longest first so "last updated" wins over "updated". */
export function alternation(list: readonly string[]): string {
  return `(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')})`;
}

/** "written by|publié par|…": each language's byline verbs with its own lead-ins. */
function verbLeadIns(): string[] {
  const fragments = LANGUAGES.flatMap((lexicon) => {
    const leadIns = [...lexicon['byline-lead-in'], ...lexicon['byline-lead-in-ambiguous'], ...lexicon['byline-verb-lead-in']];
    return lexicon['byline-verbs'].length && leadIns.length ? [`${alternation(lexicon['byline-verbs'])}\\s+${alternation(leadIns)}`] : [];
  });
  return [...new Set(fragments)];
}

/** Source fragments the named patterns are written with. */
export const FRAGMENT = {
  /** by | par | von | por | door | автор | بقلم: safe to look for anywhere in a line. */
  leadIn: alternation(words('byline-lead-in')),
  /** The lead-ins and the ambiguous ones (di, av): only where a line opens with them. */
  anyLeadIn: alternation([...words('byline-lead-in'), ...words('byline-lead-in-ambiguous')]),
  /** "written by", "publié par", "verfasst von". */
  verbLeadIn: `(?:${verbLeadIns().join('|')})`,
  /** "Author", "Autorin", "interview": a byline's label. */
  label: alternation(words('byline-labels')),
  published: alternation(words('date-label-published')),
  updated: alternation(words('date-label-updated')),
  /** Update labels and revision stamps' labels ("Stand", "Letzte Änderung"): what a date read as the update may follow. */
  updatedOrRevised: alternation([...words('date-label-updated'), ...words('date-label-revised')]),
  rightsReserved: alternation(words('rights-reserved')),
  generic: alternation(words('date-label-generic')),
  preposition: alternation(words('date-label-preposition')),
  /** avec | with | mit | con | com | и: before co-authors in a byline's brackets. */
  coAuthorWith: alternation(metadataWords('co-author-with')),
  /** "im Gespräch mit", "in conversation with": between two speakers of an interview's byline. */
  inConversationWith: alternation(metadataWords('in-conversation-with')),
};

/** A word after a section heading's phrase: no sentence mark at its end, dots inside it ("example.com"). */
const HEADING_TAIL_WORD = '[^\\s.!?]+(?:\\.[^\\s.!?]+)*';

const PATTERNS = {
  /** A line that opens with who wrote the page: "By Jane Doe", "Written by: …", "автор …". */
  'byline-start': new RegExp(`^(?:${FRAGMENT.verbLeadIn}|${FRAGMENT.anyLeadIn})\\s*[:：]?\\s+\\S`, 'iu'),
  /** A lead-in word followed by a capitalised name anywhere in a line (case-sensitive). */
  'names-after-lead-in': new RegExp(`(?:^|[\\s,|·•–—-])${FRAGMENT.leadIn}\\s+\\p{Lu}`, 'u'),
  /** A lead-in word on its own line: "By", "par :". */
  'lead-in-alone': new RegExp(`^${FRAGMENT.anyLeadIn}\\s*[:：]?$`, 'iu'),
  /** A publication or update label anywhere in a line. */
  'date-label': new RegExp(`${alternation([...words('date-label-published'), ...words('date-label-updated')])}`, 'iu'),
  // Word edges in any script: \b is ASCII-only, so it never fell after "publié" nor around "опубликовано".
  'date-label-published': new RegExp(`(?<![\\p{L}\\p{N}_])${FRAGMENT.published}(?![\\p{L}\\p{N}_])`, 'iu'),
  'date-label-updated': new RegExp(`(?<![\\p{L}\\p{N}_])${FRAGMENT.updated}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** An update label or a revision stamp's ("Stand", "Letzte Änderung"): only where the HTML reader splits a head's date line. */
  'date-label-updated-or-revised': new RegExp(`(?<![\\p{L}\\p{N}_])${FRAGMENT.updatedOrRevised}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** A revision stamp's label alone: tells a head's stamp from its plain update line. */
  'date-label-revised': new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(words('date-label-revised'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /**
   * The little words of a date line around its dates, on word edges in any script: publication and
   * update labels, the word before a date ("on", "le", "am") and around its time ("at", "à", "Uhr").
   */
  'date-line-word': new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${FRAGMENT.published}|${FRAGMENT.updated}|${FRAGMENT.preposition}|${alternation(words('date-time-word'))})(?![\\p{L}\\p{N}_])`,
    'iu',
  ),
  /** "Keywords: " at the start of a line, with its colon or stop. */
  'keywords-label': new RegExp(`^${alternation(metadataWords('keywords-label'))}\\s*[:：.—-]\\s*`, 'iu'),
  /** "Tags: " at the start of a line, with its colon. */
  'tags-label': new RegExp(`^${alternation(metadataWords('tags-label'))}\\s*[:：]\\s*`, 'iu'),
  /** "Abstract: " at the start of a line, with its colon, stop or dash. */
  'abstract-label': new RegExp(`^${alternation(metadataWords('abstract-label'))}\\s*[:.—–-]\\s*`, 'iu'),
  /** "Publisher: Name" as the whole line; group 1 is the name. */
  'publisher-label': new RegExp(`^${alternation(metadataWords('publisher-label'))}\\s*[:：]\\s*(.{2,100})$`, 'iu'),
  /** "License: Name" as the whole line; group 1 is the licence. */
  'license-label': new RegExp(`^${alternation(metadataWords('license-label'))}\\s*[:：]\\s*(.{2,100})$`, 'iu'),
  /** "licensed", "under", "sous" anywhere in a line. */
  'license-context': new RegExp(`\\b${alternation(metadataWords('license-context'))}\\b`, 'iu'),
  /** "1.1k Views": group 1 the digits, group 2 a k/m multiplier. */
  'views-count': new RegExp(`(?<![\\d.,])(\\d[\\d,.]*)\\s*([kKmM])?\\s*${alternation(metadataWords('views-unit'))}\\b`, 'iu'),
  /** "3 Min Read", "4 min de lecture": group 1 the minutes. */
  'reading-time-after': new RegExp(
    `(\\d{1,3})\\s*${alternation(metadataWords('minutes-unit'))}\\.?\\s*${alternation(metadataWords('reading-time-after'))}\\b`,
    'iu',
  ),
  /** "Reading time: 4 min", "Lecture : 4 min": group 1 the minutes. */
  'reading-time-label': new RegExp(`${alternation(metadataWords('reading-time-label'))}\\s*[:：]?\\s*(\\d{1,3})\\s*min`, 'iu'),
  /** A legal form opening the rest of a line: ", Inc." after a name. */
  'legal-form-start': new RegExp(`^\\s*,?\\s*${alternation(legalForms.forms)}\\b`, 'iu'),
  /** A legal form ending a site's name, with its comma and stop: "Example, Ltd.". */
  'legal-form-end': new RegExp(`,?\\s+${alternation(legalForms['trailing-forms'])}\\.?$`, 'iu'),
  /** A legal form or a company word ("Group", "Holdings", "Medien"): the name of the company that owns a site. */
  company: new RegExp(`\\b${alternation([...legalForms.forms, ...metadataWords('company-words')])}\\b\\.?`, 'iu'),
  /** A widget caption opening a line. */
  'widget-caption': new RegExp(`^${alternation(metadataWords('widget-caption'))}\\b`, 'iu'),
  /** "Topics:", "Tags:" opening a line, with its colon. */
  'list-label': new RegExp(`^${alternation(metadataWords('list-label'))}\\s*[:：]`, 'iu'),
  /** A button's verb opening a line. */
  'call-to-action': new RegExp(`^${alternation(metadataWords('call-to-action'))}\\b`, 'iu'),
  /** "Image [caption]", "[x]": a bracketed media placeholder as the whole line. */
  'media-placeholder': new RegExp(`^${alternation(metadataWords('media-placeholder'))}?\\s*\\[[^\\]]*\\]$`, 'iu'),
  /** A media word opening a line: a caption or credit. */
  'media-credit': new RegExp(`^${alternation(metadataWords('media-credit'))}\\b`, 'iu'),
  /** A picture's credit closing a line (or making all of it): "… (Foto: Privat)", "Photo: Jane Doe", "… | © Getty Images". */
  'media-credit-end': new RegExp(`(?:^|[\\s(|])(?:©|${alternation(metadataWords('media-credit'))}s?\\s*[:：])\\s*[^():|©]{1,60}\\)?$`, 'iu'),
  /**
   * A caption's credit closing it after a credit label ("… Quelle: jdoe / Fotolia.com", "… (Grafik: Amt)"):
   * media-credit-end with the wider credit-label list, for a picture's own caption, where "Quelle" or
   * "source" can only name the picture's source.
   */
  'caption-credit-end': new RegExp(`(?:^|[\\s(|])${alternation(words('credit-label'))}\\s*[:：]\\s*[^():|©]{1,60}\\)?$`, 'iu'),
  /**
   * An agency's credit in the closing brackets: "… (REUTERS/Jane Doe)", "(jdoe / iStock.com)": a slash
   * between names, no digits ("(2019/20)") and after it a capital ("(km/h)" is no credit) or a picture
   * library's domain name, which stock sites write in lower case ("iStock.com", "unsplash.com"), but
   * no web address (a domain before the slash: "(see example.org/page.html)"); case-sensitive.
   */
  'agency-credit-end': /\((?![^()]*\.\p{L}+\/)[^()\d]{0,40}\p{L}\s?\/\s?(?:\p{Lu}|(?=\p{Ll}[\p{L}-]*\.\p{Ll}{2,}\)$))[^()\d]{0,40}\)$/u,
  /** A line ending with a function word (case-sensitive: "… of the"). */
  'dangling-word': new RegExp(`\\s${alternation(metadataWords('dangling-words'))}$`, 'u'),
  /** A breadcrumb item that is the home page, as the whole item. */
  'home-crumb': new RegExp(`^${alternation(metadataWords('home-crumb'))}$`, 'iu'),
  /** "Now reading: " opening a line, with its colon. */
  'reading-now-label': new RegExp(`^${alternation(metadataWords('reading-now-label'))}\\s*[:：]\\s*`, 'iu'),
  /** "Categories: " opening a line, with its colon. */
  'category-label': new RegExp(`^${alternation(metadataWords('category-label'))}\\s*[:：]\\s*`, 'iu'),
  'genre-press-release': new RegExp(`\\b${alternation(metadataWords('genre-press-release'))}\\b`, 'u'),
  'genre-commentary': new RegExp(`\\b${alternation(metadataWords('genre-commentary'))}\\b`, 'u'),
  'genre-analysis': new RegExp(`\\b${alternation(metadataWords('genre-analysis'))}\\b`, 'u'),
  'genre-report': new RegExp(`\\b${alternation(metadataWords('genre-report'))}\\b`, 'u'),
  'genre-news': new RegExp(`\\b${alternation(metadataWords('genre-news'))}\\b`, 'u'),
  /** A consent banner's sentence: "We use cookies", "This site uses essential cookies", "utilisation de cookies". */
  'cookie-consent-sentence': new RegExp(`\\b${alternation(words('consent-verbs'))}\\s+(?:\\p{L}+\\s+){0,3}?cookies\\b`, 'iu'),
  /**
   * A heading of a related, latest or most-read section as the whole line, a colon or a few words
   * after it ("More from The Times", "Most read on example.com/sport": a word may hold dots, as a
   * site's address does, where a sentence's last word ends with one). The heading may stand in the
   * lenticular or square brackets Japanese and Chinese pages print around it ("【関連記事】"), and
   * with what it ranks in brackets after it ("Most read (Sport)", "アクセスランキング（IT総合）").
   */
  'after-article-heading': new RegExp(
    `^(?:[【［\\[]\\s*)?${alternation(words('after-article-heading'))}(?:\\s*[】］\\]])?(?:\\s*[（(][^）)]{1,24}[）)])?(?:\\s+${HEADING_TAIL_WORD}(?:\\s+${HEADING_TAIL_WORD}){0,3})?\\s*[:：]?$`,
    'iu',
  ),
  /**
   * The heading of a comment thread as the whole line: "Comments (6)", "There are 13 comments",
   * "2 thoughts on “Title”", "Ein Gedanke zu „Titel“". A phrase before a title needs its count (a
   * number or the one-word form): "Thoughts on the budget" alone can be an article's own heading.
   */
  'comment-heading': new RegExp(
    `^(?:${alternation(words('comment-count-lead-in'))}\\s+\\d+\\s+${alternation(words('comment-heading'))}|(?:\\d+\\s+)?${alternation(words('comment-heading'))}\\s*(?:\\(\\d+\\))?\\s*:?|\\d+\\s+${alternation(words('comment-on-title'))}\\s+\\S.{0,200}|${alternation(words('comment-one-on-title'))}\\s+\\S.{0,200})$`,
    'iu',
  ),
  /** A thread heading that counts one comment in words: "One thought on “Title”", "Une réflexion sur « Titre »". */
  'comment-heading-one': new RegExp(`^${alternation(words('comment-one-on-title'))}\\s+\\S`, 'iu'),
  /**
   * A disclosure or disclaimer anywhere in a line: "This post contains affiliate links", "*Werbung. Dieser
   * Beitrag enthält Werbung", "… does not necessarily reflect the views of …", "Alle Angaben ohne Gewähr".
   */
  disclosure: new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(words('disclosure'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** A post's filing line anywhere in a line (the post-filing lists). */
  'post-filing': new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(words('post-filing'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** A mail sign-up prompt anywhere in a line (the post-notice lists). */
  'post-notice': new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(words('post-notice'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** A comment form's notice anywhere in a line (the comment-form-notice lists). */
  'comment-form-notice': new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(words('comment-form-notice'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** "Read also", "Lesen Sie auch" opening a line, alone or before a linked title. */
  'read-also-lead-in': new RegExp(`^${alternation(words('read-also-lead-in'))}(?=$|[\\s:：,.!?…—–-])`, 'iu'),
  /**
   * A credit line: a label with its colon opening the line or in brackets ("Foto: Jane Doe", "(Photo: AP)",
   * "Jane Doe, photo:"), the label alone ("Titelbild"), or the label before "by" ("Photograph by").
   */
  'credit-line': new RegExp(
    `^[(\\[]?${alternation(words('credit-label'))}\\s*(?:[:：/]|$|\\s+(?:by|von|de|par|por|di|door|av)\\b)|[(\\[]${alternation(words('credit-label'))}\\s*[:：][^)\\]]*[)\\]]?$|[,\\s]${alternation(words('credit-label'))}\\s*[:：]$`,
    'iu',
  ),
  /**
   * The heading of an author box: the lead-in and a first name or a full name, a count of the
   * author's posts at most after it ("About Jane", "Über Steffi 1009 Artikel"). Case-sensitive: the
   * name is capitalised, the lead-in opens the line in either case.
   */
  'author-box-heading': new RegExp(
    `^${alternation(metadataWords('author-box-lead-in').flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]))}\\s+\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?(?:\\s+\\d[\\d.,]*\\s+\\p{L}+)?$`,
    'u',
  ),
  /**
   * A line of a contact box: a phone, fax or e-mail label before its number or address, one or more
   * of them and nothing else ("Tel.: (030) 12 34 56", "Fax +33 1 23 45 67 89 | E-mail: press@example.org").
   */
  'contact-line': new RegExp(
    `^(?:${alternation(metadataWords('contact-label'))}\\.?\\s*[:：.]?\\s*(?:\\+?[\\d(][\\d\\s()./–-]{4,}\\d|[^\\s@]+@[^\\s@]+\\.\\p{L}{2,})\\s*[,;|·•/]?\\s*)+$`,
    'iu',
  ),
  /** "About X", "Welcome to X" as the whole line (case-sensitive: the phrase's first word is lower-cased first); group 1 the name X. */
  'house-phrase': new RegExp(`^${alternation(metadataWords('house-link-lead-in'))}\\s+((?:the\\s+)?[\\p{Lu}\\p{N}][^.!?:]{1,40}?)(?:[.!?:].*)?$`, 'u'),
  /**
   * The opening of a note on the author: a person's name of two to four words, a comma at most, then
   * the verb "is" of a lexicon language ("Jane Doe is …", "Max Muster ist …"); case-sensitive. The
   * name's words are capitalised with a capital inside at most after a prefix ("McCarthy", "O'Brien",
   * "DeSantis"), joined by hyphens, middle initials ("Jane M. Doe") or lower-case particles ("Anna van
   * der Berg"); none is a word of an institution or a company ("Police Scotland is appealing …",
   * "Harbour Media Group is …" open the article's own closing line, not a note on a person).
   */
  'author-note-opening': (() => {
    const notName = [...metadataWords('institution-words'), ...metadataWords('company-words')];
    const excluded = alternation(notName.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]));
    const part = `\\p{Lu}(?:['’]?\\p{Lu}\\p{Ll}+|\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)`;
    const word = `(?!${excluded}(?![\\p{L}'’-]))${part}(?:-${part})*`;
    const particles = alternation(metadataWords('name-particle'));
    const joint = `\\s+(?:\\p{Lu}\\.\\s+)?(?:${particles}\\s+){0,2}`;
    return new RegExp(`^${word}(?:${joint}${word}){1,3},?\\s+${alternation(metadataWords('author-note-verb'))}\\s`, 'u');
  })(),
  /** A link invitation anywhere in a line: "Read the full story here.", "Den ganzen Artikel lesen". */
  'link-invitation': new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(metadataWords('link-invitation'))}(?![\\p{L}\\p{N}_])`, 'iu'),
  /** A twitter:label naming a reading time ("Est. reading time"), anywhere in the label. */
  'reading-time-meta-label': new RegExp(alternation(metadataWords('reading-time-meta-label')), 'iu'),
  /** A twitter:label naming the author ("Written by"), as the whole label. */
  'author-meta-label': new RegExp(`^${alternation(metadataWords('author-meta-label'))}$`, 'iu'),
} as const;

export type PatternName = keyof typeof PATTERNS;

/** A named pattern, compiled once when the lexicon loads. Patterns with the g flag are never shared. */
export function pattern(name: PatternName): RegExp {
  return PATTERNS[name];
}

/** The chrome phrases of every language as families with their block kind, in matching order. */
export function chromeFamilies(): { kind: ChromeKind; family: ChromeFamily; phrases: string[] }[] {
  const checked = chromeLexicon.phrases as { phrase: string; kind: string }[];
  return CHROME_FAMILIES.map((family) => ({
    kind: FAMILY_KIND[family],
    family,
    phrases: [...LANGUAGES.flatMap((lexicon) => lexicon.chrome[family]), ...checked.filter((entry) => entry.kind === family).map((entry) => entry.phrase)],
  }));
}

/** Class/id tokens naming chrome, with their kind; a token listed under two kinds takes the later. */
export const CLASS_TOKENS: ReadonlyMap<string, ChromeKind> = new Map(
  Object.entries(classWords.tokens).flatMap(([kind, tokens]) => tokens.map((token) => [token, kind as ChromeKind] as const)),
);
/** Prefixes that catch run-together class names, with their kind, in the order they are tried. */
export const CLASS_PREFIXES: readonly (readonly [string, ChromeKind])[] = classWords.prefixes.map(([prefix, kind]) => [prefix!, kind as ChromeKind] as const);
/** Tokens that begin like a chrome prefix but name article content ("commentary", "socialist"). */
/** Words that make the class token after them a state, not a name ("use-lightbox", "has-sidebar"). */
export const CLASS_MODIFIERS: ReadonlySet<string> = new Set(classWords.modifiers);

/**
 * Chrome words that also name a side ("bottom"): after a style property's word (CLASS_STYLE_PROPERTIES)
 * in the same class name they state a position or a styled side ("margin-bottom", "content-position-bottom").
 */
export const CLASS_POSITION_WORDS: ReadonlySet<string> = new Set(classWords['position-words']);
/** Words of CSS properties and spacing utilities ("margin", "mg", "padding", "position", "flush"). */
export const CLASS_STYLE_PROPERTIES: ReadonlySet<string> = new Set(classWords['style-properties']);

export const CLASS_PREFIX_EXCEPTIONS: ReadonlySet<string> = new Set(classWords['prefix-exceptions']);
/**
 * Tokens naming a box laid over the page (a modal, popup, overlay): with the cookie, sign-in and
 * newsletter kinds, what the paragraph classifier never takes for the article.
 */
export const CLASS_OVERLAYS: ReadonlySet<string> = new Set(classWords.overlays);
/**
 * Chrome words that, in one class name with the article's own word, name the article's head, not
 * chrome ("article-header", "article__teaser": its title block and standfirst).
 */
export const CLASS_HEAD_PARTS: ReadonlySet<string> = new Set(classWords['head-parts']);
/** Tokens that mark the article itself. */
export const CLASS_CONTENT: ReadonlySet<string> = new Set(classWords.content);

/**
 * The comparison key of a short text: NFKC, lower case, every run of other than letters and digits
 * one space. Lines, labels and names are compared by it wherever a rule asks "is this the same text".
 */
export const keyOf = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * keyOf of a block's text, computed once per block: a text dump's lines are keyed by the cleaner
 * (repeats, tables of contents) and again by the metadata readers (headline, site name), and keyOf
 * was about 4% of a dump's CPU. The cache holds the text it keyed, so a block whose text grew since
 * (a list gathering its items) is keyed afresh; a block the cache never saw is keyed on first use.
 */
const blockKeys = new WeakMap<object, { text: string; key: string }>();
export function keyOfBlock(block: { readonly text: string }): string {
  const known = blockKeys.get(block);
  if (known !== undefined && known.text === block.text) return known.key;
  const key = keyOf(block.text);
  blockKeys.set(block, { text: block.text, key });
  return key;
}
/** Records a block's key already computed (as keyOf(text)) by whoever made the block. */
export function rememberKeyOfBlock(block: { readonly text: string }, key: string): void {
  blockKeys.set(block, { text: block.text, key });
}
