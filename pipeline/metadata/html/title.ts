// The article's title from the page's competing statements of it: the most trusted one, with a
// " | Site" / "Site – " decoration removed when the decoration is the site's name or when another
// source states the title without it.
const SEPARATOR = /\s+[|–—:·•»\/-]\s+|\s*::\s*|\s+\|\s*|\s*\|\s+/;

const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

export interface TitleCandidate {
  value: string;
  source: string;
}

/** Removes the site's name (or a part that other sources leave out) from the ends of a title. */
export function stripSiteDecoration(title: string, siteNames: readonly string[], others: readonly string[]): string {
  const parts = title.split(SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const sites = new Set(siteNames.map(normalise).filter(Boolean));
  const isSite = (part: string) => {
    const p = normalise(part);
    if (!p) return false;
    for (const site of sites) if (p === site || p.replace(/\s/g, '') === site.replace(/\s/g, '') || site.startsWith(p + ' ') || p.startsWith(site + ' ')) return true;
    return false;
  };
  // Another source states the title as one side of the separator: that side is the title.
  const otherSet = new Set(others.map(normalise).filter(Boolean));
  for (let cut = 1; cut < parts.length; cut++) {
    const head = joinParts(title, parts.slice(0, cut));
    const tail = joinParts(title, parts.slice(cut));
    if (otherSet.has(normalise(head))) return head;
    if (otherSet.has(normalise(tail))) return tail;
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
