// Cuts a document's text into runs so that every claim's evidence span is covered by whole runs,
// even when spans overlap (several claims often share one sentence).

export interface EvidenceSpan {
  start: number;
  end: number;
  /** Whatever identifies the claim to the caller (an index or an id). */
  claim: number;
}

export interface TextRun {
  start: number;
  end: number;
  /** Claims whose evidence covers this run, in the order the spans were given. */
  claims: number[];
}

/** Runs covering [0, length) in order; a run boundary falls on every span start and end. */
export function segmentText(length: number, spans: readonly EvidenceSpan[]): TextRun[] {
  const usable = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = new Set<number>([0, length]);
  for (const span of usable) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    runs.push({ start, end, claims: usable.filter((s) => s.start <= start && s.end >= end).map((s) => s.claim) });
  }
  return runs;
}

/** The text a claim's highlight shows: its runs joined. Equals text.slice(start, end) by construction. */
export function highlightedText(text: string, runs: readonly TextRun[], claim: number): string {
  return runs
    .filter((run) => run.claims.includes(claim))
    .map((run) => text.slice(run.start, run.end))
    .join('');
}
