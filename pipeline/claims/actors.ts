// Actor mentions in a sentence: gazetteer names (longest match, case rules from the data) and the
// anaphors ("it", "the two countries") that coreference.ts later resolves to named actors.
import type { Actor } from '../records/claim.ts';
import { ENTRIES_BY_FIRST_TOKEN, WORD, tokenMatches } from './gazetteer.ts';
import type { LanguagePack } from './language-packs.ts';

export interface Mention {
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The named actor, or null for an anaphor until it is resolved. */
  actor: Actor | null;
  anaphor: 'singular' | 'plural' | null;
  /** Filled in by coreference resolution for anaphors: one actor, or the two of "the two countries". */
  resolved: Actor[];
  possessive: boolean;
}

interface Token { text: string; start: number; end: number }

/** Only spaces, dots, apostrophes and hyphens may stand between the words of one name ("U.S.", "Saint-Martin"). */
const INNER_GAP = /^[\s.'’-]*$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;

/** Named actors, left to right, each the longest gazetteer name starting at its first word. */
export function findNamedMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = ENTRIES_BY_FIRST_TOKEN.get(tokens[i]!.text.toLowerCase());
    let matched = 0;
    if (candidates) {
      for (const entry of candidates) {
        const n = entry.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          ok = tokenMatches(entry.tokens[k]!, tokens[i + k]!.text);
          if (ok && k > 0) ok = INNER_GAP.test(text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start));
        }
        if (!ok) continue;
        const last = tokens[i + n - 1]!;
        let end = last.end;
        if (entry.combining && text[end] !== '-') continue;
        // Keep the full stop of an initialism ("U.S.") in the name as written.
        if (/^\p{Lu}$/u.test(last.text) && text[end] === '.') end += 1;
        const name = text.slice(tokens[i]!.start, end);
        mentions.push({
          start: tokens[i]!.start,
          end,
          text: name,
          actor: { name, id: entry.id, type: entry.type },
          anaphor: null,
          resolved: [],
          possessive: POSSESSIVE_AFTER.test(text.slice(end)),
        });
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return mentions;
}

/** Anaphors that may stand for countries, minus expletive "it" ("it is important to …"). */
export function findAnaphors(text: string, pack: LanguagePack, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const overlapsNamed = (start: number, end: number) => named.some((m) => start < m.end && m.start < end);
  const expletives: Array<[number, number]> = [];
  if (pack.expletive) for (const match of text.matchAll(pack.expletive)) expletives.push([match.index, match.index + match[0].length]);
  for (const [pattern, kind] of [[pack.pluralAnaphor, 'plural'], [pack.singularAnaphor, 'singular']] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlapsNamed(start, end) || found.some((m) => start < m.end && m.start < end)) continue;
      if (expletives.some(([s, e]) => start >= s && start < e)) continue;
      found.push({ start, end, text: match[0], actor: null, anaphor: kind, resolved: [], possessive: POSSESSIVE_AFTER.test(text.slice(end)) || /^(its|their|leurs?)$/iu.test(match[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The actors a mention stands for: itself if named, its antecedents if an anaphor. */
export function actorsOf(mention: Mention): Actor[] {
  return mention.actor ? [mention.actor] : mention.resolved;
}
