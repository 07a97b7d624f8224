// Tells page chrome from an article's closing line in a text dump: the short line right under the
// last paragraph that would join the article ("Bis bald, eure Lena", "Jo Lee: Gladly. Bye.") has the
// shape of many chrome lines printed there too (a link invitation, a label's list, a credit, a name
// linked to the author's page, a note on the author, a contact line). Their words come from the lexicon.
import { metadataWords, pattern, words } from '../../lexicon/index.ts';

/** Labels a page prints before a list, a credit or a contact ("Kategorien:", "Photo Source:", "Quelle:", "E-Mail:"), any language. */
const LABEL_PHRASES: ReadonlySet<string> = new Set(
  [
    ...words('credit-label'),
    ...words('byline-labels'),
    ...words('after-article-heading'),
    ...(
      [
        'keywords-label',
        'tags-label',
        'list-label',
        'category-label',
        'contact-label',
        'publisher-label',
        'license-label',
        'media-credit',
        'reading-time-label',
      ] as const
    ).flatMap((list) => metadataWords(list)),
  ].map((label) => label.toLowerCase()),
);
/** Each single word of those labels: a label may join two of them ("Photo Source", "Foto/Quelle"). */
const LABEL_WORDS: ReadonlySet<string> = new Set([...LABEL_PHRASES].flatMap((label) => label.split(/\s+/u)));

/** A label and its colon opening a line: group 1 the label, up to four words. */
const LABEL_COLON = /^([^\s:：][^:：]{0,40}?)\s*[:：]/u;

/** An e-mail or web address: a contact line or a link printed out, never how an article ends. */
const ADDRESS = /[^\s@]+@[^\s@]+\.\p{L}{2,}|\bhttps?:\/\/|\bwww\.\S/iu;

/** The label opening the line is one of the lexicon's labels, or made of their words only. */
function opensWithChromeLabel(text: string): boolean {
  const label = LABEL_COLON.exec(text)?.[1]?.toLowerCase().trim();
  if (!label || label.split(/\s+/u).length > 4) return false;
  if (LABEL_PHRASES.has(label)) return true;
  return label.split(/[\s/&,+-]+/u).every((word) => word === '' || LABEL_WORDS.has(word));
}

/**
 * Names and nothing else: every word capitalised and no comma ("More Jane Q. Doe.", "Example
 * Foundation"): a name linked to its page, not a sentence. A comma keeps a reporter's sign-off
 * ("Jo Lee, Example Radio News."), which closes a broadcast's transcript.
 */
function onlyNames(text: string): boolean {
  if (text.includes(',')) return false;
  const lettered = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  return lettered.length > 0 && lettered.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
}

/** A short line under an article that is chrome by its words or its shape, not the article's last line. */
export function isClosingChrome(text: string): boolean {
  return (
    pattern('link-invitation').test(text) ||
    pattern('read-also-lead-in').test(text) ||
    pattern('widget-caption').test(text) ||
    pattern('author-note-opening').test(text) ||
    pattern('contact-line').test(text) ||
    ADDRESS.test(text) ||
    opensWithChromeLabel(text) ||
    onlyNames(text)
  );
}
