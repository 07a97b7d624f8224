// Step `near-duplicates`: the same article captured twice with different chrome. Each document's
// MinHash signature is gathered beside the document steps (minhash.ts has the method); pairs above the threshold stay published, both flagged with the near_duplicate warning,
// and the report names each pair once, on the path that sorts first.
import { findNearDuplicates, minhashSignature } from './minhash.ts';
import type { CorpusStep } from './step.ts';

export const nearDuplicatesStep: CorpusStep<{ id: string; signature: number[] } | null, true> = {
  kind: 'corpus',
  name: 'near-duplicates',
  code: import.meta.url,
  gather: ({ document }) => {
    const signature = document && minhashSignature(document.text);
    return document && signature ? { id: document.id, signature } : null;
  },
  run(items) {
    const pathOf = new Map<string, string>();
    const signatures = new Map<string, number[]>();
    for (const item of items) {
      if (!item.fact) continue;
      pathOf.set(item.fact.id, item.path);
      signatures.set(item.fact.id, item.fact.signature);
    }
    const pairs = findNearDuplicates(signatures);
    const marks: [string, true][] = [];
    const lines = pairs.map((pair) => {
      const [a, b] = [pathOf.get(pair.a)!, pathOf.get(pair.b)!];
      marks.push([a, true], [b, true]);
      const [first, other, otherId] = a <= b ? [a, b, pair.b] : [b, a, pair.a];
      const message = `near-duplicate of ${other} (${otherId}): estimated Jaccard similarity ${pair.similarity.toFixed(2)} of word 5-shingles`;
      return { path: first, line: { stage: 'dedupe' as const, code: 'near_duplicate', severity: 'warning' as const, message } };
    });
    return { lines, marks, counts: { near_duplicates: pairs.length } };
  },
  amend({ document }) {
    if (document && !document.warnings.includes('near_duplicate')) document.warnings = [...document.warnings, 'near_duplicate' as const].sort();
  },
};
