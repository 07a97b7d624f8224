// Token-level scoring of a clean text against a reference (issue 4's measure): the bench and the
// regression tests share it so the floors the tests pin are the figures the bench prints.

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased tokens: the text split on whitespace and punctuation. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

/** Multiset token precision, recall and F1 of a candidate text against the reference. */
export function score(candidate: string, reference: string): Score {
  const want = new Map<string, number>();
  for (const token of tokens(reference)) want.set(token, (want.get(token) ?? 0) + 1);
  const got = tokens(candidate);
  let refTotal = 0;
  for (const count of want.values()) refTotal += count;
  let overlap = 0;
  for (const token of got) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  if (got.length === 0 && refTotal === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = got.length ? overlap / got.length : 0;
  const recall = refTotal ? overlap / refTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function meanScore(scores: Score[]): Score {
  const n = scores.length || 1;
  return {
    precision: scores.reduce((a, s) => a + s.precision, 0) / n,
    recall: scores.reduce((a, s) => a + s.recall, 0) / n,
    f1: scores.reduce((a, s) => a + s.f1, 0) / n,
  };
}
