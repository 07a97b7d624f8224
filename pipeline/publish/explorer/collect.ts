// Reads a version's JSONL tables line by line and turns them into the explorer's data files (one
// index of document and claim columns, vocabularies and actors, and chunks of full documents and
// of blocks, so that opening one document never loads the whole corpus), through the same builder
// the publishing writer feeds from its fragments (pieces.ts): for a version already on disk.
import type { ClaimRecord } from '../../records/claim.ts';
import type { BlockRecord } from '../../records/block.ts';
import type { DocumentRecord } from '../../records/document.ts';
import { pathExists } from '../files.ts';
import { jsonlPathIn, readLines } from '../lines.ts';
import {
  BlockRuns,
  CHUNK_BYTES,
  documentItem,
  entryOf,
  explorerClaim,
  ExplorerBuilder,
  groupItem,
  type BlockRun,
  type DatasetLabel,
  type ExplorerClaim,
  type WrittenFile,
} from './pieces.ts';

/** Yields the parsed records of a JSONL file, one at a time; nothing when the file does not exist. */
async function* readJsonl<T>(path: string): AsyncGenerator<T> {
  if (!(await pathExists(path))) return;
  let number = 0;
  for await (const line of readLines(path)) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as T;
    } catch (error) {
      throw new Error(`${path}:${number}: not JSON (${(error as Error).message})`);
    }
  }
}

/** Writes explore/data/** for the version in `versionDir` from its JSONL files; returns the files written, by path relative to it. */
export async function writeExplorerData(versionDir: string, label: DatasetLabel, chunkBytes = CHUNK_BYTES): Promise<Map<string, WrittenFile>> {
  const builder = new ExplorerBuilder(versionDir, chunkBytes);
  // Claims come sorted by id, not by document: kept with their evidence until the document pass
  // has checked each evidence span against its document's text.
  const claims: { id: string; claim: ExplorerClaim; text: string }[] = [];
  const claimsOfDocument = new Map<string, number[]>();
  for await (const claim of readJsonl<ClaimRecord>(jsonlPathIn(versionDir, 'claims'))) {
    const own = claimsOfDocument.get(claim.document_id);
    if (own) own.push(claims.length);
    else claimsOfDocument.set(claim.document_id, [claims.length]);
    claims.push({ id: claim.id, claim: explorerClaim(claim, null), text: claim.text });
  }
  const documentIds = new Set<string>();
  for await (const record of readJsonl<DocumentRecord>(jsonlPathIn(versionDir, 'documents'))) {
    documentIds.add(record.id);
    for (const i of claimsOfDocument.get(record.id) ?? []) {
      const { claim, text } = claims[i];
      claim.mismatch = record.text.slice(claim.start, claim.end) === text ? 0 : 1;
    }
    const item = documentItem(record);
    await builder.addDocument(record.id, entryOf(record, item.length), { identity: null, text: () => item });
  }

  // Blocks are grouped per document as blocks.jsonl lists them; a document whose blocks are split
  // across chunks simply lists several chunks. Blocks of a document not in the version are not shown.
  const blocksPath = jsonlPathIn(versionDir, 'blocks');
  if (await pathExists(blocksPath)) builder.noteBlocks();
  const addGroup = async (run: BlockRun | null) => {
    if (!run || !documentIds.has(run.documentId)) return;
    const item = groupItem(run.documentId, run.items);
    await builder.addGroup(run.documentId, run.kept, run.dropped, { identity: null, bytes: item.length, text: () => item });
  };
  const runs = new BlockRuns();
  for await (const block of readJsonl<BlockRecord>(blocksPath)) await addGroup(runs.add(block));
  await addGroup(runs.end());
  for (const { id, claim } of claims) builder.addClaim(id, claim);
  return builder.finish(label);
}
