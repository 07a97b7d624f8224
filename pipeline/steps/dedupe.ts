// Step `dedupe`: byte-identical captures (the same SHA-256) are one document, published under the
// path that sorts first, with the others in source.duplicate_paths. Since results are cached by
// content, this step also sets the path every published document carries.
import type { CorpusStep } from './step.ts';

interface Placed {
  path: string;
  duplicatePaths: string[];
}

export const dedupeStep: CorpusStep<undefined, Placed> = {
  kind: 'corpus',
  name: 'dedupe',
  code: import.meta.url,
  run(items) {
    const first = new Map<string, Placed>();
    const drops: { path: string; line: { stage: 'dedupe'; code: string; severity: 'info'; message: string }; into: string }[] = [];
    for (const item of items) {
      const kept = first.get(item.sha256);
      if (!kept) {
        first.set(item.sha256, { path: item.path, duplicatePaths: [] });
        continue;
      }
      kept.duplicatePaths.push(item.path);
      drops.push({
        path: item.path,
        into: kept.path,
        line: { stage: 'dedupe', code: 'duplicate', severity: 'info', message: `byte-identical to ${kept.path}: recorded as one document` },
      });
    }
    return { drops, marks: [...first.values()].map((placed) => [placed.path, placed]), counts: { duplicates: drops.length } };
  },
  amend({ document }, placed) {
    if (!document) return;
    document.source.path = placed.path;
    document.source.duplicate_paths = [...placed.duplicatePaths].sort();
  },
};
