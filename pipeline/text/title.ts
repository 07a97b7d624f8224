// The article's title, in one place: the ways a page's head states it (which the HTML cleaner
// matches headings against, to drop the title heading from the text), whether a heading restates
// it, and the choice among the page's competing statements that metadata makes — the most trusted
// one, with a " | Site" / "Site – " decoration removed when the decoration is the site's name or
// when another source states the title without it. Metadata's h1 statement is the block the
// cleaner marked as the title, so the title heading too is found once.
import type { CheerioAPI } from 'cheerio';
import { elementsByTag } from '../ingest/dom-index.ts';

const SEPARATOR = /\s+[|–—:·•»/-]\s+|\s*::\s*|\s+\|\s*|\s*\|\s+/;

/** A title as a key: NFKC, lower case, white space (no-break spaces too) as one space, no punctuation at the ends. */
export const normaliseTitle = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

export interface TitleCandidate {
  value: string;
  source: string;
}

/** Removes the site's name (or a part that other sources leave out) from the ends of a title. */
export function stripSiteDecoration(title: string, siteNames: readonly string[], others: readonly string[]): string {
  const parts = title
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const sites = new Set(siteNames.map(normaliseTitle).filter(Boolean));
  const isSite = (part: string) => {
    const p = normaliseTitle(part);
    if (!p) return false;
    for (const site of sites)
      if (p === site || p.replace(/\s/g, '') === site.replace(/\s/g, '') || site.startsWith(p + ' ') || p.startsWith(site + ' ')) return true;
    return false;
  };
  // Another source states the title as one side of the separator: that side is the title.
  const otherSet = new Set(others.map(normaliseTitle).filter(Boolean));
  for (let cut = 1; cut < parts.length; cut++) {
    const head = joinParts(title, parts.slice(0, cut));
    const tail = joinParts(title, parts.slice(cut));
    if (otherSet.has(normaliseTitle(head))) return head;
    if (otherSet.has(normaliseTitle(tail))) return tail;
  }
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1])) end--;
  while (end - start > 1 && isSite(parts[start])) start++;
  if (start === 0 && end === parts.length) return title.trim();
  return joinParts(title, parts.slice(start, end));
}

/** Re-joins consecutive parts with the separators the title had between them. */
function joinParts(title: string, parts: string[]): string {
  const first = title.indexOf(parts[0]);
  const last = parts[parts.length - 1];
  const lastAt = title.indexOf(last, first);
  return first >= 0 && lastAt >= 0 ? title.slice(first, lastAt + last.length).trim() : parts.join(' ');
}

/** The first candidate in trust order, cleaned of site decoration. */
export function chooseTitle(candidates: readonly TitleCandidate[], siteNames: readonly string[]): TitleCandidate | null {
  const values = candidates.map((candidate) => candidate.value);
  for (const candidate of candidates) {
    const others = values.filter((value) => value !== candidate.value);
    const value = stripSiteDecoration(candidate.value, siteNames, others);
    if (value) return { value, source: candidate.source };
  }
  return null;
}

/** Every way the page states its title, normalised, so the title heading is not repeated as text. */
export function statedTitles($: CheerioAPI): Set<string> {
  const titles = new Set<string>();
  const add = (value: string | undefined) => {
    const normalised = value ? normaliseTitle(value) : '';
    if (normalised) titles.add(normalised);
  };
  const metas = elementsByTag($, 'meta');
  add($(metas.filter((el) => el.attribs.property === 'og:title').slice(0, 1)).attr('content'));
  add($(metas.filter((el) => el.attribs.name === 'twitter:title').slice(0, 1)).attr('content'));
  const title = $(elementsByTag($, 'title').slice(0, 1)).text();
  add(title);
  for (const part of title.split(/\s+[|–—:·•-]\s+/)) add(part);
  return titles;
}

/**
 * Whether a heading restates the page's title: (nearly) all its words are in one of the ways the
 * page states its title. An h1 that says something else ("Lorem", a section name) is article text.
 */
export function statesTitle(text: string, titles: Set<string>): boolean {
  const heading = normaliseTitle(text);
  if (!heading) return false;
  if (titles.has(heading)) return true;
  const words = heading.split(/[\s\p{P}]+/u).filter(Boolean);
  const total = words.reduce((sum, word) => sum + word.length, 0);
  for (const title of titles) {
    const known = new Set(title.split(/[\s\p{P}]+/u).filter(Boolean));
    const missing = words.filter((word) => !known.has(word)).reduce((sum, word) => sum + word.length, 0);
    if (total > 0 && 1 - missing / total >= 0.75 && known.size <= words.length * 3) return true;
  }
  return false;
}
