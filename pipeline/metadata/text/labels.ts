// Reads labelled metadata printed in a text dump: "Published …", "Last updated: …", "1.1k Views",
// "3 Min Read", "vol. XII(1)", "Pages 51-63", "Keywords: …", "Download PDF • 1.2 MB". Each reader
// takes one line of text and returns the value it states, or null.
import type { Attachment } from '../../records/document.ts';
import { parseDate, type DateOptions } from '../../text/dates.ts';
import { FRAGMENT, pattern } from '../../lexicon/index.ts';

/**
 * A label as a whole word in any script, with its little word and colon. \b is ASCII-only: it never
 * falls before "опубликовано", "Última" or "نشر", so those labels were never read; and without an
 * edge after it, "date" matched the start of "dateline" and "datum" of "Datumsformat".
 */
const labelThenDate = (label: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${label}(?![\\p{L}\\p{N}_])(?:\\s+${FRAGMENT.preposition}(?![\\p{L}\\p{N}_]))?\\s*[:：]?\\s*`, 'giu');
/** "Published on:", "Publié le", "Опубликовано:", "Date:": a publication date's label. */
const PUBLISHED_LABEL = labelThenDate(`(?:${FRAGMENT.published}|${FRAGMENT.generic})`);
/** "Last updated:", "Mis à jour le", "آخر تحديث". */
const UPDATED_LABEL = labelThenDate(FRAGMENT.updated);
/** The update labels and a revision stamp's ("Stand:", "Letzte Änderung", "última actualización"). */
const UPDATED_OR_REVISED_LABEL = labelThenDate(FRAGMENT.updatedOrRevised);

function dateAfter(label: RegExp, text: string, options: DateOptions): string | null {
  label.lastIndex = 0;
  for (let match = label.exec(text); match; match = label.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const parsed = parseDate(after, options);
    // The date must start right after the label, not somewhere further along the line.
    if (parsed && after.indexOf(parsed.text) <= 3) return parsed.value;
  }
  return null;
}

export const readPublished = (text: string, options: DateOptions) => dateAfter(PUBLISHED_LABEL, text, options);
export const readUpdated = (text: string, options: DateOptions) => dateAfter(UPDATED_LABEL, text, options);
/** The day after an update label or a revision stamp's label: a site's "Stand"/"Letzte Änderung" footer, read only where the page states nothing surer. */
export const readUpdatedOrRevised = (text: string, options: DateOptions) => dateAfter(UPDATED_OR_REVISED_LABEL, text, options);

const MULTIPLIER: Record<string, number> = { k: 1_000, m: 1_000_000 };

/** "1.1k Views" → 1100; "2,345 views" → 2345. */
export function readViews(text: string): number | null {
  const match = pattern('views-count').exec(text);
  if (!match) return null;
  const suffix = match[2]?.toLowerCase();
  const digits = match[1]!;
  const value = suffix ? Number(digits.replace(',', '.')) * MULTIPLIER[suffix]! : Number(digits.replace(/[.,](?=\d{3}\b)/g, ''));
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** "3 Min Read", "5 minute read", "Lecture : 4 min". */
export function readReadingTime(text: string): number | null {
  const match = pattern('reading-time-after').exec(text) ?? pattern('reading-time-label').exec(text);
  return match ? Number(match[1]) : null;
}

/** "vol. XII(1)", "Volume 12, Issue 3", "Vol. 4, No. 2". */
export function readVolumeIssue(text: string): { volume: string; issue: string | null } | null {
  const match = /\bvol(?:ume|\.)?\s*([IVXLCDM]+|\d+)\b\s*(?:\(\s*([\w-]+)\s*\)|[,;]?\s*(?:no\.?|issue|number|num\.?|n°)\s*([\w-]+))?/iu.exec(text);
  if (!match) return null;
  return { volume: match[1]!, issue: match[2] ?? match[3] ?? null };
}

/** "Pages 51-63", "pp. 51–63", "p. 7". */
export function readPages(text: string): { first: number; last: number | null } | null {
  const match = /\b(?:pages?|pp?\.|стр\.|с\.)\s*:?\s*(\d{1,5})(?:\s*[-–—]\s*(\d{1,5}))?\b/iu.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] ? Number(match[2]) : null;
  return last !== null && last < first ? null : { first, last };
}

const KEYWORDS_LABEL = pattern('keywords-label');

/** "Keywords: a, b, c." → ["a", "b", "c"]. */
export function readKeywords(text: string): string[] | null {
  const match = KEYWORDS_LABEL.exec(text);
  if (!match) return null;
  const list = text
    .slice(match[0].length)
    .replace(/[.。]\s*$/u, '')
    .split(/\s*[,;،]\s*/u)
    .map((keyword) => keyword.trim())
    .filter(Boolean);
  return list.length ? list : null;
}

const FILE_TYPE = /\b(pdf|epub|docx?|xlsx?|pptx?|csv|zip|mobi)\b/iu;
const SIZE = /\b(\d+(?:[.,]\d+)?\s?[KMG]i?B)\b/iu;

/** "Download PDF • 1.2 MB" → {label: "PDF", size_text: "1.2 MB", url: null}. */
export function readAttachment(text: string): Attachment | null {
  const type = FILE_TYPE.exec(text);
  if (!type) return null;
  return { label: type[1]!.toUpperCase(), size_text: SIZE.exec(text)?.[1] ?? null, url: null };
}

export const ABSTRACT_LABEL = pattern('abstract-label');
export const SUMMARY_BY = new RegExp(`^(?:summary|summarised|summarized|résumé|resumen)\\s+${FRAGMENT.leadIn}\\s+\\S`, 'iu');

const TAGS_LABEL = pattern('tags-label');

/** "Tags: energy, Algeria" → ["energy", "Algeria"]. */
export function readTags(text: string): string[] | null {
  const match = TAGS_LABEL.exec(text);
  if (!match) return null;
  const list = text
    .slice(match[0].length)
    .split(/\s*[,;|•·]\s*/u)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0 && tag.length <= 60);
  return list.length ? list : null;
}

/** "DOI: 10.1234/x.5", "https://doi.org/10.1234/x.5" → "10.1234/x.5". */
export function readDoi(text: string): string | null {
  const match = /(?:\bdoi\s*[:：]?\s*|doi\.org\/)(10\.\d{4,9}\/[^\s"<>]*[^\s"<>.,;)\]])/iu.exec(text);
  return match ? match[1]! : null;
}

const PUBLISHER_LABEL = pattern('publisher-label');

/** "Publisher: Example University Press" → "Example University Press". */
export function readPublisher(text: string): string | null {
  const match = PUBLISHER_LABEL.exec(text.trim());
  return match ? match[1]!.trim().replace(/[.,;]$/, '') : null;
}

/**
 * A licence the page states: a Creative Commons licence by name or URL ("Licensed under CC BY 4.0",
 * "creativecommons.org/licenses/by-nc/4.0/"), returned as printed; other licences need a label
 * ("License: …"). "All rights reserved" is a copyright notice, not a licence.
 */
export function readLicense(text: string): string | null {
  const url = /\bhttps?:\/\/creativecommons\.org\/(?:licenses|publicdomain)\/[\w./-]+/iu.exec(text);
  if (url) return url[0];
  const cc =
    /\b(?:CC[\s-]?(?:BY(?:[\s-](?:NC|ND|SA)){0,3}|0)(?:\s+\d\.\d)?(?:\s+(?:International|Unported))?|Creative Commons(?:\s+(?:Attribution|Zero|Non-?Commercial|No-?Derivatives|Share-?Alike|[-–]))*(?:\s+\d\.\d)?(?:\s+(?:International|Unported))?(?:\s+(?:License|Licence))?)/u.exec(
      text,
    );
  if (cc && pattern('license-context').test(text)) return cc[0].trim();
  const labelled = pattern('license-label').exec(text.trim());
  return labelled ? labelled[1]!.trim() : null;
}
