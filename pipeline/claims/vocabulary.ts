// The relation vocabulary as a Markdown table, for the data card.
import { RELATIONS } from '../records/claim.ts';

export function relationVocabularyMarkdown(): string {
  const rows = Object.entries(RELATIONS).map(([term, r]) => `| \`${term}\` | ${r.definition} | ${r.plover ?? '—'} | ${r.directed ? 'yes' : 'no'} |`);
  return ['| relation | definition | PLOVER | directed |', '|---|---|---|---|', ...rows].join('\n');
}
