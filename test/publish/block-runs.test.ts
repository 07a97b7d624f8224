// BlockRuns groups blocks into the explorer's per-document runs, for both the writer (from a
// fragment) and the standalone generator (from blocks.jsonl): a run ends where the document
// changes, so a document whose blocks are listed in two places gives two runs, in that order.
import { describe, expect, it } from 'vitest';
import { blockItem, BlockRuns, type BlockRun } from '../../pipeline/publish/explorer/pieces.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';

const block = (documentId: string, position: number, kept: boolean, text: string): BlockRecord => ({
  document_id: documentId,
  position,
  kind: kept ? 'paragraph' : 'menu',
  kept,
  reason: kept ? null : 'navigation links',
  text,
  start: null,
  end: null,
});

const FIRST = 'doc_00000000000000a1';
const SECOND = 'doc_00000000000000b2';

function runsOf(blocks: BlockRecord[]): BlockRun[] {
  const runs = new BlockRuns();
  const found: BlockRun[] = [];
  for (const b of blocks) {
    const ended = runs.add(b);
    if (ended) found.push(ended);
  }
  const last = runs.end();
  if (last) found.push(last);
  return found;
}

describe('BlockRuns', () => {
  it('ends a run where the document changes, counting kept and dropped blocks per run', () => {
    const blocks = [
      block(FIRST, 0, false, 'Home | Sections | Contact'),
      block(FIRST, 1, true, 'The ferry left the harbour an hour late.'),
      block(FIRST, 2, true, 'Passengers waited on the quay in the rain.'),
      block(SECOND, 0, true, 'A second page begins here.'),
      block(FIRST, 3, false, 'Share this story'),
    ];
    const runs = runsOf(blocks);
    expect(runs.map((r) => [r.documentId, r.kept, r.dropped, r.items.length])).toEqual([
      [FIRST, 2, 1, 3],
      [SECOND, 1, 0, 1],
      [FIRST, 0, 1, 1],
    ]);
    expect(runs[0]!.items).toEqual(blocks.slice(0, 3).map(blockItem));
  });

  it('gives no run for no blocks, and ends a run once', () => {
    const runs = new BlockRuns();
    expect(runs.end()).toBeNull();
    expect(runs.add(block(SECOND, 0, true, 'Only block.'))).toBeNull();
    expect(runs.end()?.items).toHaveLength(1);
    expect(runs.end()).toBeNull();
  });
});
