// Recognises the lines of a text dump that are page chrome or page metadata, whatever their
// position: widget vocabulary, copyright, breadcrumbs, datelines, bylines, labelled metadata,
// attachments, form fields. Returns the kind and a reason a person can read.
import type { ChromeKind } from '../../text/blocks.ts';
import { COPYRIGHT_PATTERN, CREATIVE_COMMONS, matchChrome } from '../../text/chrome-vocabulary.ts';
import type { Shape } from './shape.ts';
import { findDates } from '../../text/dates.ts';
import { pattern } from '../../lexicon/index.ts';
import { MAX_NOTICE } from '../../text/notices.ts';
import { REFERENCE_ENTRY } from '../markup.ts';

/** Which rule found a line to be chrome: code branches on this, never on the reason. */
export type ChromeRule =
  | 'reference-entry'
  | 'server-error'
  | 'form-field'
  | 'form-option'
  | 'form-field-label'
  | 'cookie-consent'
  | 'account-prompt'
  | 'post-notice'
  | 'time-only'
  | 'copyright'
  | 'ticker'
  | 'license'
  | 'breadcrumb'
  | 'comment-heading'
  | 'counter'
  | 'attachment'
  | 'metadata-label'
  | 'byline-start'
  | 'after-article-heading'
  | 'read-also'
  | 'credit'
  | 'caption'
  | 'contact-line'
  | 'chrome-words'
  | 'date-only'
  | 'date-label';

export interface ChromeVerdict {
  kind: ChromeKind;
  rule: ChromeRule;
  /** What a person reads in the audit view; published in blocks.jsonl, so worded as before. */
  reason: string;
}

/** "Home > Blog > Regions", "Home / News / World", "Accueil » Monde". */
export const BREADCRUMB = /^[^>»›/]{1,80}(?:\s(?:>|»|›|\/|→)\s[^>»›/]{1,120}){2,}$/u;
/** Lines that open with who wrote or summarised the page, in the lexicon's languages. */
export const BYLINE_START = pattern('byline-start');
/** Labels of bibliographic and page metadata lines. */
export const METADATA_LABEL = new RegExp(
  [
    // Labels followed by a colon: "Keywords:", "Tags:", "Reading:", "Category:".
    '^(?:key\\s?words?|mots[- ]clés|palabras clave|schlüsselwörter|schlagwörter|parole chiave|palavras-chave|ключевые слова|' +
      'الكلمات المفتاحية|tags?|étiquettes|themen|issn|isbn|cite(?: this(?: article)?)?|citation|how to cite|received|accepted|' +
      'published online|categories|category|catégories?|filed under|posted in|reading|now reading|lecture|volume|issue|pages?)\\s*[:：]',
    // Bibliographic shapes without a colon: "vol. XII(1)", "Pages 51-63", "pp. 7-9", "No. 3", "DOI 10.1234/x".
    '^(?:vol\\.|volume|issue|no\\.|pp?\\.|pages?)\\s*[\\dIVXLC]+\\b',
    '^doi\\s*:?\\s*10\\.',
  ].join('|'),
  'iu',
);
/** "1.1k Views", "3 Min Read", "12 comments". */
export const COUNTER =
  /^(?:[\d.,]+\s*[kKmM]?\s*(?:views?|reads?|min(?:ute)?s?\s*read|comments?|shares?|likes?|vues|lectures?|просмотр\w*|مشاهدة)\b[\s·|•]*)+$/u;
/** "Download PDF • 1.2 MB", "PDF (240 KB)". */
export const ATTACHMENT =
  /(?:\bdownload\b|\btélécharger\b|\bdescargar\b|\bherunterladen\b|\bскачать\b|تحميل).{0,40}|\b(?:pdf|docx?|epub|xlsx?)\b.{0,20}\b\d+(?:[.,]\d+)?\s?[KMG]i?B\b/iu;
/** Empty form fields and buttons as text renderers print them: "[          ]", "[Submit]". */
const FORM_FIELD = /^(?:\[[^\]]{0,40}\]\s*)+/u;
/**
 * A check box or radio button as a renderer prints it, opening a line: "[*] Receive our letter
 * …", "[ ] I agree to the terms …", "(*) Monthly". A sign-up or consent form's options are whole
 * sentences, dense in function words like prose, so length says nothing: the control does. Only
 * a box holding a space or one mark ("*", "x"): "[1]" opens a note, "(a)" a list item, and "[]"
 * with nothing inside is how renderers print a picture, which may stand over a teaser or the text.
 */
const FORM_OPTION = /^(?:\[[ *xX]\]|\([ *]\))\s*\p{L}/u;
/** A text input as a renderer draws it anywhere in a line: "Your name * [Anonymous      ]", "[ ]". */
const INPUT_BOX = /\[(?:[^\]\n]*\s{2,}[^\]\n]*|\s*|[_ ]+)\]/u;
/** A time of day on its own ("6:32 PM", "14:05"), as comment threads and live blogs print them. */
const TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?$/iu;
/**
 * A news ticker's entry: the time of day it was posted, then a headline ("14:44 Minister resigns",
 * "9.05 Storm closes the bridge"), printed as a list after the article. A live blog's own entries
 * open with a time too, but go on in sentences: a ticker's headline is short and has no full stop.
 */
const TICKER_ENTRY = /^(?:\d{1,2}[:.h]\d{2}|\d{1,2}:\d{2}\s*[ap]\.?m\.?)\s+\p{Lu}/u;
const MAX_TICKER_WORDS = 16;
/** Lines made of dates, times and separators only. */
const DATE_ONLY_RESIDUE = /^[\s,.;:|·•/–—()-]*(?:at|à|um|a las|в|le|on|am|pm|utc|gmt|\d{1,2}:\d{2})?[\s,.;:|·•/–—()-]*$/iu;

/** The heading of a comment thread: "Comments (6)", "There are 13 comments", "2 thoughts on “Title”", "Ein Gedanke zu „Titel“" (the lexicon's comment-heading lists). */
const COMMENT_HEADING = pattern('comment-heading');

/**
 * The sentence of a consent banner: the site telling the reader it uses cookies ("We use cookies
 * to…", "This site uses cookies…", "En poursuivant votre navigation … l'utilisation de cookies").
 * Checked on paragraphs of banner length only, so an article about cookies keeps its text.
 */
const CONSENT_SENTENCE = pattern('cookie-consent-sentence');

/**
 * A prompt to sign in or sign up, told as a sentence ("Log in with your account to…", "Sign up
 * for a free account…", "Sign in to post a reply."): it opens with the action and names what the
 * reader's account is for, which running text almost never does.
 */
const ACCOUNT_PROMPT =
  /^(?:log\s?in|sign\s?(?:in|up)|register|create\s+an?\s+(?:free\s+)?account|subscribe|se\s+connecter|connectez-vous|inscrivez-vous|abonnez-vous|regístrate|suscríbete|inicia\s+sesión|melden\s+sie\s+sich|registrieren\s+sie\s+sich|войдите|зарегистрируйтесь|подпишитесь)\b/iu;
const ACCOUNT_PURPOSE = /\b(?:account|newsletters?|inbox|comments?|reply|discussions?|e-?mail|free|trial|compte|cuenta|konto|аккаунт|рассылк\w*)\b/iu;

/**
 * What a page says about its post beside it ("This entry was posted in News. Bookmark the
 * permalink.", "Join 2,000 readers who get new posts delivered to their inbox"): the lexicon's
 * post-filing and post-notice phrases are the page's own voice, so a paragraph of a notice's length
 * holding one is chrome wherever it stands; a longer one is running text that quotes the phrase.
 */
const POST_FILING = pattern('post-filing');
const POST_NOTICE = pattern('post-notice');

/**
 * A post notice of a notice's length, or one whose first sentence is the post's filing line ("This
 * entry was posted on … and filed under …") with the theme's sentences about its feed and trackbacks
 * after it, which run it past a notice's length. Only a filing line does: a longer paragraph opened
 * by a mail prompt's words ("Readers who sign up for our newsletter this month will get …") is text.
 */
function isPostNotice(text: string): boolean {
  if (text.length <= MAX_NOTICE) return POST_FILING.test(text) || POST_NOTICE.test(text);
  if (text.length > MAX_NOTICE * FILING_LINE_NOTICES) return false;
  const firstSentence = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  return firstSentence.length < text.length && POST_FILING.test(firstSentence);
}
/** How many notices' length a paragraph opened by a filing line may run to. */
const FILING_LINE_NOTICES = 2;
/** A paragraph's first sentence: up to its first full stop before a space and a capital, not one after a digit ("am 27. November"). */
const FIRST_SENTENCE = /^.*?\D[.!?](?=\s+\p{Lu})/u;

/** "Related articles", "Meistgelesen", "Dans la même rubrique": a section that follows the article. */
const AFTER_ARTICLE_HEADING = pattern('after-article-heading');
/** "Read also: …", "Lesen Sie auch", "Veja também": a link to another article. */
const READ_ALSO = pattern('read-also-lead-in');
const READ_ALSO_LABEL = new RegExp(`${READ_ALSO.source}\\s*[:：]`, 'iu');

/** "Foto: Jane Doe", "(Photo: AP)", "Quelle: dpa", "Titelbild": who made a picture or where a text came from. */
const CREDIT_LINE = pattern('credit-line');

/** "licensed under", "sous licence": words that say a named licence applies (pipeline/lexicon license-context). */
const LICENSE_CONTEXT = pattern('license-context');
const MAX_LICENSE_WORDS = 40;

/**
 * A picture's caption closed by its credit ("The harbour at dawn. Photograph: Jane Doe", "… (Foto:
 * Privat)", "… (REUTERS/Jane Doe)"), as the HTML cleaner reads a paragraph (html/judge.ts): a dump
 * prints the caption as a paragraph of its own, inside the article or over it. Longer than
 * MAX_CAPTION, a line ending in a credit is a paragraph that names one.
 */
const MEDIA_CREDIT_END = pattern('media-credit-end');
const AGENCY_CREDIT_END = pattern('agency-credit-end');
const MAX_CAPTION = 300;

/**
 * "Tel.: (030) 12 34 56", "E-Mail: press@example.org": a line of a contact box (a press office, an
 * author's or a shop's), which closes press releases and posts with the organisation's blurb after
 * it. As chrome, a box of such lines weighs as a run and ends the span before the blurb; a number
 * quoted inside a sentence is prose and stays.
 */
const CONTACT_LINE = pattern('contact-line');

/**
 * A script's error message that a server printed into the page ("Warning: Use of undefined
 * constant … in /var/www/site/plugin.php on line 928"): its shape, a file's path and the line the
 * error was raised on, is the interpreter's own and does not change with the page's language.
 * Left as text, a column of them outweighs a short post under them.
 */
const SERVER_ERROR = /(?:^|\s)in (?:[A-Za-z]:)?[\\/]\S[^\n]*?\.(?:php\d?|inc)\s+on line \d+/u;

/** What kind of chrome a paragraph is, or null when nothing marks it as chrome. */
export function chromeVerdict(text: string, shape: Shape, language: string | null): ChromeVerdict | null {
  // Notes are the sources of the article, not its text (issue 14: whole reference lists were kept).
  if (REFERENCE_ENTRY.test(text)) return { kind: 'boilerplate', rule: 'reference-entry', reason: 'reference list entry: a note the footnote markers point to' };
  if (SERVER_ERROR.test(text)) return { kind: 'boilerplate', rule: 'server-error', reason: "a server's error message printed into the page" };
  if (FORM_FIELD.test(text) && text.replace(FORM_FIELD, '').trim().split(/\s+/).length <= 8)
    return { kind: 'boilerplate', rule: 'form-field', reason: 'form field or button as the text renderer prints it' };
  if (FORM_OPTION.test(text)) return { kind: 'boilerplate', rule: 'form-option', reason: 'form option: a check box or radio button and its label' };
  if (shape.words <= 10 && INPUT_BOX.test(text) && !shape.prose) return { kind: 'boilerplate', rule: 'form-field-label', reason: 'form field with its label' };
  if (shape.words <= 120 && CONSENT_SENTENCE.test(text)) return { kind: 'cookie', rule: 'cookie-consent', reason: 'cookie consent banner' };
  if (shape.words <= 30 && ACCOUNT_PROMPT.test(text) && ACCOUNT_PURPOSE.test(text))
    return { kind: 'signin', rule: 'account-prompt', reason: 'prompt to sign in, sign up or subscribe' };
  if (isPostNotice(text)) return { kind: 'boilerplate', rule: 'post-notice', reason: "post notice: the post's filing line or a prompt to get posts by mail" };
  if (TIME_ONLY.test(text)) return { kind: 'dateline', rule: 'time-only', reason: 'a time of day on its own' };
  if (shape.words <= MAX_TICKER_WORDS && !shape.endsSentence && TICKER_ENTRY.test(text))
    return { kind: 'related', rule: 'ticker', reason: 'news ticker entry: a time of day and a headline' };
  if (shape.words <= 30 && COPYRIGHT_PATTERN.test(text)) return { kind: 'footer', rule: 'copyright', reason: 'copyright line' };
  // An article may name a licence in a sentence of its own prose; a notice is a few dozen words.
  if (shape.words <= MAX_LICENSE_WORDS && CREATIVE_COMMONS.test(text) && LICENSE_CONTEXT.test(text))
    return { kind: 'footer', rule: 'license', reason: 'licence notice: the terms the page may be reused under' };
  if (BREADCRUMB.test(text) && !shape.endsSentence) return { kind: 'breadcrumb', rule: 'breadcrumb', reason: 'breadcrumb: items joined by ">"' };
  if (shape.words <= 40 && COMMENT_HEADING.test(text)) return { kind: 'comment', rule: 'comment-heading', reason: 'heading of a comment thread' };
  if (COUNTER.test(text)) return { kind: 'page-metadata', rule: 'counter', reason: 'view, comment or reading-time counter' };
  if (shape.words <= 14 && !shape.prose && ATTACHMENT.test(text))
    return { kind: 'attachment', rule: 'attachment', reason: 'download link with file type or size' };
  if (shape.words <= 40 && METADATA_LABEL.test(text))
    return { kind: 'page-metadata', rule: 'metadata-label', reason: 'labelled metadata line (keywords, volume, pages …)' };
  if (shape.words <= 20 && BYLINE_START.test(text) && !shape.prose) return { kind: 'byline', rule: 'byline-start', reason: 'byline: "By …" line' };
  if (shape.words <= 8 && !shape.prose && AFTER_ARTICLE_HEADING.test(text))
    return { kind: 'related', rule: 'after-article-heading', reason: 'heading of a related, latest or most-read section' };
  if (shape.words <= 12 && !shape.prose && CREDIT_LINE.test(text)) return { kind: 'boilerplate', rule: 'credit', reason: 'picture credit or source line' };
  if (text.length <= MAX_CAPTION && (MEDIA_CREDIT_END.test(text) || AGENCY_CREDIT_END.test(text)))
    return { kind: 'boilerplate', rule: 'caption', reason: 'picture caption closed by its credit' };
  if (shape.words <= 20 && !shape.prose && CONTACT_LINE.test(text))
    return { kind: 'boilerplate', rule: 'contact-line', reason: 'contact line: phone, fax or e-mail' };
  if (shape.words <= 30 && READ_ALSO.test(text) && (!shape.prose || READ_ALSO_LABEL.test(text)))
    return { kind: 'related', rule: 'read-also', reason: 'link to another article ("Read also: …")' };
  if (shape.words <= 16) {
    const match = matchChrome(text);
    if (match && match.coverage >= 0.6 && !(shape.prose && match.coverage < 0.9))
      return { kind: match.kind, rule: 'chrome-words', reason: `${match.kind} widget words: ${match.phrases.slice(0, 4).join(', ')}` };
  }
  if (shape.words <= 14 && !shape.prose && /\d/.test(text)) {
    const dates = findDates(text, { language });
    if (dates.length > 0) {
      let residue = text;
      for (const date of dates) residue = residue.replace(date.text, ' ');
      if (DATE_ONLY_RESIDUE.test(residue)) return { kind: 'dateline', rule: 'date-only', reason: 'a date on its own' };
      if (shape.words <= 12 && pattern('date-label').test(text)) return { kind: 'dateline', rule: 'date-label', reason: 'publication or update date line' };
    }
  }
  return null;
}
