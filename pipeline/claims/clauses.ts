// Clauses: a sentence cut at punctuation and subordinating words. A relation cue takes its actors,
// its modality and its required context words from its own clause, so that "which could …" in one
// clause does not hedge a plain statement in the next.
import type { LanguagePack } from './language-packs.ts';
import { execAll } from '../text/regex.ts';

export interface Clause {
  start: number;
  end: number;
}

export function splitClauses(text: string, pack: LanguagePack): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const match of execAll(pack.clauseBreak, text)) {
    // A break word starts the next clause; punctuation belongs to neither.
    const isWord = /^[\p{L}]/u.test(match[0]);
    const end = match.index;
    if (end > start) clauses.push({ start, end });
    start = isWord ? match.index : match.index + match[0].length;
  }
  if (text.length > start) clauses.push({ start, end: text.length });
  return clauses;
}

export function clauseAt(clauses: readonly Clause[], offset: number): Clause {
  for (const clause of clauses) if (offset >= clause.start && offset < clause.end) return clause;
  return clauses[clauses.length - 1] ?? { start: 0, end: 0 };
}
