// Explorer load benchmark: a synthetic version of 10,000 documents and 100,000 claims, its explorer
// generated, then opened from file:// in headless Chromium. Reports the time to the first rendered
// documents table against a peer measured in the same run (a minimal page that renders one table
// from an inline script), plus the time to the claims view and to one document.
// Usage: npm run bench:explorer
import './usage.ts'; // first: --help prints the comment above and exits before the bench loads
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { writeExplorer } from '../pipeline/publish/explorer/index.ts';
import { launchChromium } from '../test/explorer/browser.ts';
import { writeSyntheticVersion } from '../test/explorer/synthetic-version.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 10_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARK = 'pagepress:first-table';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The peer: the same mark, set after rendering a 50-row table from an inline script. */
const PEER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>peer</title></head><body><div id="app"></div>
<script>
const rows = Array.from({ length: 50 }, (_, i) => '<tr><td>Document ' + i + '</td><td>' + (i * 37 % 1000) + '</td></tr>').join('');
document.getElementById('app').innerHTML = '<table><tbody>' + rows + '</tbody></table>';
requestAnimationFrame(() => performance.mark('${MARK}'));
</script></body></html>
`;

async function timeToMark(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 120_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const info = statSync(join(dir, f));
    return sum + (info.isFile() ? info.size : 0);
  }, 0);
}

const root = mkdtempSync(join(tmpdir(), 'pagepress-bench-explorer-'));
try {
  const version = join(root, 'version');
  let started = performance.now();
  await writeSyntheticVersion(version, { documents: DOCUMENTS, claims: CLAIMS, sentences: 24, seed: 42 });
  const syntheticMs = performance.now() - started;
  started = performance.now();
  const files = await writeExplorer(version, { title: 'Synthetic benchmark corpus', version: '0.0.0' });
  const generateMs = performance.now() - started;
  const peerDir = join(root, 'peer');
  mkdirSync(peerDir);
  writeFileSync(join(peerDir, 'index.html'), PEER_PAGE);

  const explorerUrl = pathToFileURL(join(version, 'explore', 'index.html')).href;
  const peerUrl = pathToFileURL(join(peerDir, 'index.html')).href;
  const browser = await launchChromium();
  try {
    const explorer: number[] = [];
    const peer: number[] = [];
    const claimsView: number[] = [];
    const documentView: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh context per run, so nothing is cached between loads; explorer and peer alternate.
      for (const [url, times] of [
        [peerUrl, peer],
        [explorerUrl, explorer],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        times.push(await timeToMark(page, `${url}#/documents`));
        if (url === explorerUrl) {
          let t = performance.now();
          await page.click('header nav a[href="#/claims"]');
          await page.waitForSelector('table.claims tbody tr');
          await page.waitForSelector('.network svg');
          claimsView.push(performance.now() - t);
          t = performance.now();
          await page.click('header nav a[href="#/documents"]');
          await page.click('table.documents tbody tr:first-child td.title a');
          await page.waitForSelector('.document-view .clean-text');
          documentView.push(performance.now() - t);
        }
        if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
        await context.close();
      }
    }
    const explorerMs = median(explorer);
    const peerMs = median(peer);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.log(
      `explorer load benchmark: ${DOCUMENTS.toLocaleString('en')} documents, ${CLAIMS.toLocaleString('en')} claims, median of ${RUNS} runs (fresh browser context each)`,
    );
    console.log(
      `  synthetic JSONL written in ${(syntheticMs / 1000).toFixed(1)} s; explorer generated in ${(generateMs / 1000).toFixed(1)} s: ${files.length} files, ${mb(folderBytes(join(version, 'explore')))} (documents index ${mb(statSync(join(version, 'explore/data/index.js')).size)}, claims index ${mb(statSync(join(version, 'explore/data/claims.js')).size)})`,
    );
    console.log(
      `  first documents table: explorer ${explorerMs.toFixed(0)} ms, peer (minimal page, one table) ${peerMs.toFixed(0)} ms, ratio ${(explorerMs / peerMs).toFixed(1)}x`,
    );
    console.log(
      `  claims view with network, after navigation: ${median(claimsView).toFixed(0)} ms; one document after a click: ${median(documentView).toFixed(0)} ms`,
    );
    console.log(`  all explorer runs (ms): ${explorer.map((t) => t.toFixed(0)).join(', ')}; peer runs: ${peer.map((t) => t.toFixed(0)).join(', ')}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
