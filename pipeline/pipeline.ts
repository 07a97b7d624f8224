// The pipeline: every step, in the order it runs. Document steps run on each capture (in parallel,
// each result cached under hash(step version, options, upstream key)); corpus steps then run over
// what the document steps left, in this order. The executor (run/) runs this list and knows no step
// by name. To add a step, write it in steps/ (see steps/step.ts) and add one line here.
import { claimsStep } from './steps/claims.ts';
import { dedupeStep } from './steps/dedupe.ts';
import { documentStep } from './steps/document.ts';
import { minWordsStep } from './steps/min-words.ts';
import { nearDuplicatesStep } from './steps/near-duplicates.ts';
import { noArticleStep } from './steps/no-article.ts';
import type { AnyStep } from './steps/step.ts';

export const PIPELINE: readonly AnyStep[] = [
  documentStep, //        capture → document record and blocks (ingest, clean, metadata)
  minWordsStep, //        drop documents shorter than steps.min-words.words (too_short); off by default
  claimsStep, //          document → claims
  noArticleStep, //       corpus: drop pages with no article text (no_article)
  dedupeStep, //          corpus: byte-identical captures become one document (duplicate)
  nearDuplicatesStep, //  corpus: flag the same article with different chrome (near_duplicate)
];
