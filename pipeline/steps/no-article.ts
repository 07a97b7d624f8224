// Step `no-article`: a page on which the cleaner found no article text is not published. The
// document is still made and cached (its extraction.reason says why nothing held); the build
// report's line is an error, so `build --strict` refuses to publish without it.
import type { CorpusStep } from './step.ts';

/** Why the page has no text (null: it has some). */
type Emptiness = string | null;

export const noArticleStep: CorpusStep<Emptiness> = {
  kind: 'corpus',
  name: 'no-article',
  code: import.meta.url,
  gather: ({ document }) => (document && document.text.trim() === '' ? (document.extraction.reason ?? 'the page is all chrome') : null),
  run(items) {
    const drops = items
      .filter((item) => item.fact !== null)
      .map((item) => ({
        path: item.path,
        line: { stage: 'clean' as const, code: 'no_article', severity: 'error' as const, message: `no article text found (${item.fact}): not published` },
      }));
    return { drops };
  },
};
