// Writes a static explorer into a dataset version: explore/index.html, the bundled app and its data.
// Browsers block fetch() on file:// pages, so the data is not read from the JSONL at view time but
// generated from those same files into scripts (explore/data/*.js) that register it on a global;
// the page can therefore open from the file system and can never disagree with the version's data.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { explorerBundle } from './bundle.ts';
import { writeExplorerData, type DatasetLabel } from './collect.ts';
import { renderPage } from './page.ts';

export const EXPLORER_DIR = 'explore';

/** Writes explore/** under `versionDir` from its JSONL files; returns the paths written, relative to it, sorted. */
export async function writeExplorer(versionDir: string, label: DatasetLabel = { title: null, version: null }): Promise<string[]> {
  const root = join(versionDir, EXPLORER_DIR);
  await mkdir(root, { recursive: true });
  const data = await writeExplorerData(versionDir, label);
  const { js, css } = await explorerBundle();
  const title = `${label.title ?? 'Dataset'}${label.version ? ` ${label.version}` : ''} — explorer`;
  await writeFile(join(root, 'index.html'), renderPage(title));
  await writeFile(join(root, 'app.js'), js);
  await writeFile(join(root, 'app.css'), css);
  return [...data, `${EXPLORER_DIR}/index.html`, `${EXPLORER_DIR}/app.js`, `${EXPLORER_DIR}/app.css`].sort();
}
