// Writes a static explorer into a dataset version: explore/index.html, the bundled app and its data.
// Browsers block fetch() on file:// pages, so the data is not read from the JSONL at view time but
// generated from those same files into scripts (explore/data/*.js) that register it on a global;
// the page can therefore open from the file system and can never disagree with the version's data.
import { explorerBundle } from './bundle.ts';
import { writeExplorerData } from './collect.ts';
import { CHUNK_BYTES, writeHashed, type DatasetLabel, type WrittenFile } from './pieces.ts';
import { renderPage } from './page.ts';

export const EXPLORER_DIR = 'explore';

/** Writes the page and the bundled app (explore/index.html, app.js, app.css); returns them by path. */
export async function writeExplorerPage(versionDir: string, label: DatasetLabel): Promise<Map<string, WrittenFile>> {
  const { js, css } = await explorerBundle();
  const title = `${label.title ?? 'Dataset'}${label.version ? ` ${label.version}` : ''} — explorer`;
  const written = new Map<string, WrittenFile>();
  for (const [name, text] of [
    ['index.html', renderPage(title)],
    ['app.js', js],
    ['app.css', css],
  ]) {
    const path = `${EXPLORER_DIR}/${name}`;
    written.set(path, await writeHashed(versionDir, path, text));
  }
  return written;
}

/** Writes explore/** under `versionDir` from its JSONL files; returns the paths written, relative to it, sorted. */
export async function writeExplorer(versionDir: string, label: DatasetLabel = { title: null, version: null }, chunkBytes = CHUNK_BYTES): Promise<string[]> {
  const data = await writeExplorerData(versionDir, label, chunkBytes);
  const page = await writeExplorerPage(versionDir, label);
  return [...data.keys(), ...page.keys()].sort();
}
