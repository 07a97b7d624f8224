// Loads the explorer's data files. Browsers refuse fetch() on file:// pages, so every data file is
// a script that registers its value on a global; loading one means adding a <script> tag. The value
// registered is the JSON gzip-compressed (PackedData), inflated here.
import {
  CLAIMS_KEY,
  DATA_GLOBAL,
  INDEX_KEY,
  blockChunkKey,
  documentChunkKey,
  type BlockChunk,
  type ClaimsIndex,
  type DocumentChunk,
  type DocumentsIndex,
  type ExplorerBlock,
  type ExplorerDocument,
  type ExplorerIndex,
  type PackedData,
} from '../shape.ts';

type Registry = Record<string, unknown>;

const registry = (): Registry => {
  const scope = globalThis as unknown as Record<string, Registry | undefined>;
  scope[DATA_GLOBAL] ??= {};
  return scope[DATA_GLOBAL];
};

const loading = new Map<string, Promise<unknown>>();

/** The JSON value of a data file's registration. */
async function inflate(packed: PackedData): Promise<unknown> {
  const bytes = Uint8Array.from(atob(packed.gzipBase64), (ch) => ch.charCodeAt(0));
  const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text);
}

/** Registers data/<key>.js by adding its script, unless it is registered already (index.html loads the index). */
function register(key: string): Promise<PackedData> {
  const known = registry()[key];
  if (known !== undefined) return Promise.resolve(known as PackedData);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `data/${key}.js`;
    script.onload = () => {
      const value = registry()[key];
      if (value === undefined) reject(new Error(`data/${key}.js did not register its data`));
      else resolve(value as PackedData);
    };
    script.onerror = () => reject(new Error(`cannot load data/${key}.js`));
    document.head.append(script);
  });
}

export function loadData<T>(key: string): Promise<T> {
  let promise = loading.get(key);
  if (!promise) {
    promise = register(key).then(inflate);
    loading.set(key, promise);
  }
  return promise as Promise<T>;
}

export const loadIndex = () => loadData<DocumentsIndex>(INDEX_KEY);

/** The whole index: the documents part and the claims part, which loads after the first table. */
export async function loadFullIndex(documents: DocumentsIndex): Promise<ExplorerIndex> {
  return { ...documents, ...(await loadData<ClaimsIndex>(CLAIMS_KEY)) };
}

export async function loadDocumentChunk(chunk: number): Promise<ExplorerDocument[]> {
  return (await loadData<DocumentChunk>(documentChunkKey(chunk))).documents;
}

export async function loadDocument(index: DocumentsIndex, position: number): Promise<ExplorerDocument> {
  const id = index.documents.id[position];
  const found = (await loadDocumentChunk(index.documents.chunk[position])).find((d) => d.id === id);
  if (!found) throw new Error(`document ${id} is missing from its data chunk`);
  return found;
}

/** A document's blocks in page order, from every chunk that holds some of them. */
export async function loadBlocks(index: DocumentsIndex, position: number): Promise<ExplorerBlock[]> {
  const id = index.documents.id[position];
  const parts = await Promise.all(index.documents.blockChunks[position].map((chunk) => loadData<BlockChunk>(blockChunkKey(chunk))));
  return parts.flatMap((part) => part.blocks[id] ?? []).sort((a, b) => a.position - b.position);
}
