// The relation vocabulary and the PLOVER event vocabulary as Markdown tables, for the data card.
import { PLOVER_CONTEXTS, PLOVER_EVENTS, RELATIONS } from '../records/claim.ts';

export function relationVocabularyMarkdown(): string {
  const rows = Object.entries(RELATIONS).map(([term, r]) => `| \`${term}\` | ${r.definition} | ${r.plover ?? '—'} | ${r.directed ? 'yes' : 'no'} |`);
  return ['| relation | definition | PLOVER | directed |', '|---|---|---|---|', ...rows].join('\n');
}

/** PLOVER's event types with the relations that code to each, and the contexts a claim may carry. */
export function ploverVocabularyMarkdown(): string {
  const rows = Object.entries(PLOVER_EVENTS).map(([event, definition]) => {
    const relations = Object.entries(RELATIONS)
      .filter(([, r]) => r.plover === event)
      .map(([name]) => `\`${name}\``);
    return `| \`${event}\` | ${definition} | ${relations.join(', ') || '—'} |`;
  });
  return [
    '| event | definition | relations coded to it by default |',
    '|---|---|---|',
    ...rows,
    '',
    `Contexts: ${PLOVER_CONTEXTS.map((c) => `\`${c}\``).join(', ')}.`,
  ].join('\n');
}
