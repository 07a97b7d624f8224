// Reads the site's name as a text dump prints it: the logo's caption in the header ("Site Name
// logo"), a header line a renderer printed several times over, or the copyright line ("© 2024 Site
// Name") when that name is also printed elsewhere on the page. A company's legal name ("… Inc.",
// "… Media Group Limited") owns the site but is not its name, and is left out.
import type { Block } from '../../text/blocks.ts';
import { keyOf, keyOfBlock, pattern } from '../../lexicon/index.ts';

/** How many blocks from the top count as the page's header. */
const HEADER_BLOCKS = 40;

/** Legal forms and corporate words: the name of the company that owns the site. */
const COMPANY = pattern('company');

/** A name: a few words, starting with a letter or digit, no sentence punctuation, no file name. */
export function nameShaped(text: string, maxWords = 5): boolean {
  const words = text.split(/\s+/);
  return (
    text.length >= 2 &&
    text.length <= 60 &&
    words.length <= maxWords &&
    /^[\p{L}\p{N}]/u.test(text) &&
    (text.match(/\p{L}/gu)?.length ?? 0) >= 2 &&
    !/[:;!?@/\\[\]{}<>=]|\.(?:png|jpe?g|gif|svg|webp)\b/iu.test(text)
  );
}

/** "Site NameSite Name" → "Site Name", "topicseed topicseed" → "topicseed". */
function collapseRepeat(text: string): string {
  const match = /^(.{2,}?)(?:\s*\1)+$/su.exec(text.trim());
  return match ? match[1]!.trim() : text.trim();
}

/** "Site Name logo", "Site Name Logo Discover", "The Site logo. The Site homepage". */
const LOGO = /^(.+?)\s+logo\b/iu;

function fromLogo(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    if (block.kept || block.text.length > 80 || /\.(?:png|jpe?g|gif|svg|webp)\b/iu.test(block.text)) continue;
    const match = LOGO.exec(block.text.trim());
    if (!match) continue;
    const name = collapseRepeat(match[1]!.replace(/[.,|–—-]+$/u, '').trim());
    if (nameShaped(name) && !COMPANY.test(name)) return name;
  }
  return null;
}

/** "Site NameSite NameSite Name": a header line printed several times over, near the top. */
function fromRepeatedHeader(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    if (block.kept || block.text.length > 200) continue;
    const match = /^(.{3,}?)\1+$/su.exec(block.text);
    if (!match) continue;
    const unit = match[1]!.trim();
    if (nameShaped(unit, 8) && /^[\p{Lu}\p{N}]/u.test(unit)) return unit;
  }
  return null;
}

/** "© 2024 Site Name. All rights reserved." → "Site Name"; "Copyright © 2015 - 2019 X - all rights reserved" → "X". */
const COPYRIGHT =
  /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*,?\s*)?(?:by\s+)?((?:[^.|•·,\s]|\.(?=\S)|\s(?![-–—]\s))+?)(?:\s*\d{4}(?:\s*[-–—]\s*\d{4})?)?\s*(?=\.(?:\s|$)|[|•·,]|\s[-–—]\s|\ball rights\b|\btodos os\b|\btodos los\b|\btous droits\b|\balle rechte\b|$)/iu;

/** Not a holder: the rights notice itself, or the heading of a legal page ("Copyright Notice"). */
const RIGHTS =
  /\b(?:all rights|rights reserved|todos os direitos|tous droits|alle rechte|derechos)\b|^(?:notice|policy|statement|information|infringement|complaints?|holders?)$/iu;

function fromCopyright(blocks: readonly Block[]): string | null {
  const header = blocks.slice(0, HEADER_BLOCKS).map((block) => ` ${keyOfBlock(block)} `);
  // The footer is at the bottom: read from there upwards.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.text.length > 300) continue;
    const match = COPYRIGHT.exec(block.text);
    if (!match) continue;
    const name = match[1]!.replace(/\s*®$/u, '').trim();
    const rest = block.text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (!nameShaped(name) || RIGHTS.test(name) || /\d/.test(name) || !/^[\p{Lu}\p{N}]/u.test(name)) continue;
    // "Name, Inc.", "Name Media Group Limited": the owning company, not the site.
    if (COMPANY.test(name) || pattern('legal-form-start').test(rest)) continue;
    // Printed in the page's header too (logo, masthead, menu): the site's name, not a one-off holder.
    const key = ` ${keyOf(name)} `;
    if (header.some((line) => line.includes(key))) return name;
  }
  return null;
}

/** The logo's link back to the front page: "Site Name - Back to home", "Back to Site Name home". */
const HOME_LINK = /^(?:(.+?)\s*[-–—|:]\s*back to (?:the )?home(?:\s?page)?|back to (.+?) home(?:\s?page)?)$/iu;

function fromHomeLink(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    if (block.kept || block.text.length > 80) continue;
    const match = HOME_LINK.exec(block.text.trim());
    const name = (match?.[1] ?? match?.[2])?.trim();
    if (name && nameShaped(name) && !COMPANY.test(name)) return name;
  }
  return null;
}

/**
 * The house's own links name it: "About X", "Work at X", "Inside X", "Welcome to X", "Thank you for
 * supporting X". One such phrase counts when X is also printed on a line of its own in the page's
 * chrome (the masthead or a menu), or two different phrases name the same X.
 */
const HOUSE_PHRASE = pattern('house-phrase');

function fromHouseLinks(blocks: readonly Block[]): string | null {
  const phrases = new Map<string, { name: string; phrases: Set<string> }>();
  const chrome = new Set(blocks.filter((block) => !block.kept && ['menu', 'header', 'footer'].includes(block.kind)).map(keyOfBlock));
  for (const block of blocks) {
    if (block.kept || block.text.length > 120) continue;
    const match = HOUSE_PHRASE.exec(block.text.trim().replace(/^\p{L}+/u, (word) => word.toLowerCase()));
    if (!match) continue;
    const name = match[1]!.trim();
    // "About Us", "Contact the editors": no name.
    if (!nameShaped(name) || COMPANY.test(name) || /^(?:us|me|you|them|this|these|our\b.*)$/iu.test(name) || /^the\s+\p{Ll}/u.test(name)) continue;
    const key = keyOf(name);
    const entry = phrases.get(key) ?? { name, phrases: new Set<string>() };
    entry.phrases.add(block.text.trim().split(/\s+/)[0]!.toLowerCase());
    phrases.set(key, entry);
  }
  for (const [key, { name, phrases: kinds }] of phrases) if (kinds.size >= 2 || chrome.has(key)) return name;
  return null;
}

export function findSiteName(blocks: readonly Block[]): { value: string; source: string } | null {
  const repeated = fromRepeatedHeader(blocks);
  if (repeated) return { value: repeated, source: 'text:repeated-line' };
  const logo = fromLogo(blocks);
  if (logo) return { value: logo, source: 'text:logo' };
  const home = fromHomeLink(blocks);
  if (home) return { value: home, source: 'text:home-link' };
  const copyright = fromCopyright(blocks);
  if (copyright) return { value: copyright, source: 'text:copyright' };
  const house = fromHouseLinks(blocks);
  if (house) return { value: house, source: 'text:house-links' };
  return null;
}
