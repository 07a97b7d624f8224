// Locates the article in a text dump: the contiguous run of paragraphs with the highest total
// score, where prose counts for its length and chrome, menus and teasers count against
// (maximum-sum subarray, linear time).

/**
 * Inclusive [first, last] indices of the best run, or null when no paragraph scores above zero.
 * A run never crosses a barrier (a comment form, a related-posts heading, a copyright line).
 */
export function bestSpan(scores: readonly number[], barriers: readonly boolean[] = []): { first: number; last: number } | null {
  let best = 0;
  let bestRange: { first: number; last: number } | null = null;
  let sum = 0;
  let first = 0;
  for (let i = 0; i < scores.length; i++) {
    if (barriers[i]) {
      sum = 0;
      first = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += scores[i]!;
    if (sum > best) {
      best = sum;
      bestRange = { first, last: i };
    }
  }
  return bestRange;
}
