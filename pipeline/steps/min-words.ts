// Step `min-words` (off by default): a document whose article text has fewer words than the config
// asks for is not published, e.g. stubs, paywall teasers and captions left of a page. Switched on in
// pagepress.config.json: "steps": { "min-words": { "words": 50 } }. Its report line is a warning,
// not an error: a filter the config asked for, so `build --strict` still publishes. A page with no
// text at all is left to no-article, whose line is an error.
import Type, { type Static } from 'typebox';
import type { DocumentStep } from './step.ts';

const Options = Type.Object(
  { words: Type.Integer({ minimum: 1, description: 'Fewest words of article text a published document has.' }) },
  { additionalProperties: false },
);

export const minWordsStep: DocumentStep<Static<typeof Options>> = {
  kind: 'document',
  name: 'min-words',
  code: import.meta.url,
  options: Options,
  run({ parts: { document } }, { words }) {
    if (!document) throw new Error('the min-words step needs a document: list it after the step that makes one');
    if (document.text.trim() === '' || document.word_count >= words) return {};
    const message = `${document.word_count} word${document.word_count === 1 ? '' : 's'} of article text, fewer than the ${words} that steps.min-words asks for: not published`;
    return { drop: { stage: 'clean', code: 'too_short', severity: 'warning', message } };
  },
};
