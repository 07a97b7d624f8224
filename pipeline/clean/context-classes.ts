// jusText's classes of a paragraph (Pomikálek 2011) and its look at the neighbours, shared by the two
// classifiers that use them: html/classify.ts over a page's blocks and text/runs.ts over a dump's
// lines. Each keeps its own rules for what a short or near-good paragraph becomes; this is only the
// walk to the nearest paragraph that decides.

export type ParagraphClass = 'good' | 'neargood' | 'short' | 'bad';

/**
 * The class of the nearest paragraph from `from` in direction `step`, skipping short ones (and
 * near-good ones when asked); past the first or last paragraph the page's edge counts as bad.
 */
export function nearestClass(classes: readonly ParagraphClass[], from: number, step: 1 | -1, skipNearGood: boolean): ParagraphClass {
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    const c = classes[i]!;
    if (c === 'short' || (skipNearGood && c === 'neargood')) continue;
    return c;
  }
  return 'bad';
}
