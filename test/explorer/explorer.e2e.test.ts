// The explorer of a fresh build from raw/, opened from file:// in headless Chromium: the documents
// table, one document with its highlighted claims and its audit view, the claims filtered by
// relation, the counts; a screenshot of each view goes to test-artifacts/; no console errors.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import type { ClaimRecord } from '../../pipeline/records/claim.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { buildSeedsInto } from '../build-fixture.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { launchChromium } from './browser.ts';
import { readJsonl } from './read-data.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

let root: string;
let versionDir: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let documents: DocumentRecord[];
let claims: ClaimRecord[];
let blocks: BlockRecord[];

const explorerUrl = (hash: string) => `${pathToFileURL(join(versionDir, 'explore', 'index.html')).href}${hash}`;

async function open(hash: string): Promise<void> {
  await page.goto(explorerUrl(hash));
  await page.waitForSelector('main .view');
}

const screenshot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `explorer-${name}.png`), fullPage: true });

beforeAll(async () => {
  const built = await buildSeedsInto('pagepress-explorer-e2e-');
  root = built.root;
  versionDir = built.versionDir;
  documents = readJsonl<DocumentRecord>(join(versionDir, 'documents.jsonl.gz'));
  claims = readJsonl<ClaimRecord>(join(versionDir, 'claims.jsonl.gz'));
  blocks = readJsonl<BlockRecord>(join(versionDir, 'blocks.jsonl.gz'));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the explorer of a fresh build', () => {
  it('is part of the version and covered by SHA256SUMS', () => {
    const sums = readFileSync(join(versionDir, 'SHA256SUMS'), 'utf8');
    for (const file of ['explore/index.html', 'explore/app.js', 'explore/app.css', 'explore/data/index.js', 'explore/data/claims.js'])
      expect(sums).toContain(`  ${file}\n`);
  });

  it('lists the seed documents', async () => {
    await open('#/documents');
    const rows = page.locator('table.documents tbody tr');
    await expect.poll(() => rows.count()).toBe(documents.length);
    expect(documents.length).toBeGreaterThan(0);
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect([...ids].sort()).toEqual(documents.map((d) => d.id).sort());
    for (const doc of documents) {
      const row = page.locator(`table.documents tbody tr[data-id="${doc.id}"]`);
      await expect.poll(() => row.locator('td.title').innerText()).toBe(doc.title ?? `untitled (${doc.source.path})`);
      expect(await row.locator('td').nth(5).innerText()).toBe(doc.word_count.toLocaleString('en'));
      expect(await row.locator('td').nth(6).innerText()).toBe(String(claims.filter((c) => c.document_id === doc.id).length));
    }
    await screenshot('documents');

    // Search in the text: a word from one document's text that is in no title.
    const target = documents[0];
    const word = target.text.split(/\s+/).find((w) => /^[a-z]{7,}$/.test(w) && !documents.some((d) => d.title?.toLowerCase().includes(w)))!;
    await page.fill('input[name="q"]', word);
    const expected = documents.filter((d) => d.text.toLowerCase().includes(word) || d.title?.toLowerCase().includes(word)).map((d) => d.id);
    await expect.poll(async () => (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).sort()).toEqual(expected.sort());
  });

  it('shows one document with every claim highlighted on exactly its evidence, and an audit view of what was removed', async () => {
    // The document with the most claims (ties: the first).
    const doc = [...documents].sort((a, b) => claims.filter((c) => c.document_id === b.id).length - claims.filter((c) => c.document_id === a.id).length)[0];
    await open('#/documents');
    await page.click(`table.documents tbody tr[data-id="${doc.id}"] td.title a`);
    await page.waitForSelector(`.document-view[data-id="${doc.id}"] .clean-text`);
    expect(await page.locator('.clean-text').innerText()).toBe(doc.text);

    const own = claims.filter((c) => c.document_id === doc.id);
    for (const claim of own) {
      const highlighted = await page.locator(`mark[data-claims~="${claim.id}"]`).evaluateAll((marks) => marks.map((m) => m.textContent).join(''));
      expect(highlighted, claim.id).toBe(claim.text);
      const title = await page.locator(`mark[data-claims~="${claim.id}"]`).first().getAttribute('title');
      expect(title).toContain(`→ ${claim.relation} →`);
      expect(title).toContain(claim.subject.id);
      expect(title).toContain(claim.object.id);
    }
    expect(await page.locator('.claim-list li').count()).toBe(own.length);
    if (own.length === 0) expect(await page.locator('mark.claim').count()).toBe(0);
    // Metadata with the source of each field.
    for (const [field, source] of Object.entries(doc.provenance))
      expect(await page.locator(`.metadata tr[data-field="${field}"] td.provenance`).innerText()).toBe(source);
    await screenshot('document');

    await page.click('.audit-toggle');
    await page.waitForSelector('.audit .blocks');
    const own_blocks = blocks.filter((b) => b.document_id === doc.id);
    const removed = own_blocks.filter((b) => !b.kept);
    expect(removed.length).toBeGreaterThan(0);
    expect(await page.locator('.audit .block').count()).toBe(own_blocks.length);
    for (const block of removed) {
      const item = page.locator(`.audit .block[data-position="${block.position}"]`);
      expect(await item.getAttribute('class')).toContain('removed');
      expect(await item.locator('.block-label').innerText()).toBe(`removed: ${block.reason}`);
      expect(await item.locator('del').innerText()).toBe(block.text);
    }
    for (const block of own_blocks.filter((b) => b.kept)) expect(await page.locator(`.audit .block[data-position="${block.position}"] del`).count()).toBe(0);
    await screenshot('audit');
  });

  it('filters claims by relation and links each to its evidence', async () => {
    await open('#/claims');
    await page.waitForSelector('table.claims');
    expect(await page.locator('table.claims tbody tr').count()).toBe(Math.min(50, claims.length));
    await screenshot('claims');
    if (claims.length === 0) return;
    // The relation with most claims between two countries or organisations, so the network has edges.
    const types = new Set(['country', 'organization']);
    const isEdge = (c: ClaimRecord) => c.subject.id !== c.object.id && types.has(c.subject.type) && types.has(c.object.type);
    const byRelation = new Map<string, [number, number]>();
    for (const c of claims) {
      const [edges, all] = byRelation.get(c.relation) ?? [0, 0];
      byRelation.set(c.relation, [edges + Number(isEdge(c)), all + 1]);
    }
    const [relation, [, count]] = [...byRelation.entries()].sort(([a, x], [b, y]) => y[0] - x[0] || y[1] - x[1] || a.localeCompare(b))[0];
    await page.selectOption('select[name="relation"]', relation);
    const rows = page.locator('table.claims tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(50, count));
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-id'), tr.getAttribute('data-relation')]));
    expect(shown.every(([, r]) => r === relation)).toBe(true);
    expect(shown.map(([id]) => id).sort()).toEqual(
      claims
        .filter((c) => c.relation === relation)
        .map((c) => c.id)
        .sort()
        .slice(0, 50),
    );
    expect(page.url()).toContain(`relation=${relation}`);
    // The network draws the same claims: its edge weights add up to the claims between two countries or organisations.
    const between = claims.filter((c) => c.relation === relation && isEdge(c)).length;
    const weights = await page.locator('.network line').evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('data-count'))));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(between);
    // Each row's evidence column shows the evidence sentence and links to it in its document.
    const first = claims.find((c) => c.id === shown[0][0])!;
    const link = page.locator(`table.claims tbody tr[data-id="${first.id}"] a.evidence-link`);
    await expect.poll(() => link.innerText()).toBe(first.text);
    await screenshot('claims-by-relation');
    await link.click();
    await page.waitForSelector(`mark.focus[data-claims~="${first.id}"]`);
  });

  it('counts documents and claims', async () => {
    await open('#/counts');
    const count = (name: string, label: string) => page.locator(`[data-count="${name}"] tr[data-label="${label}"] td.n`).innerText();
    const relations = new Map<string, number>();
    for (const c of claims) relations.set(c.relation, (relations.get(c.relation) ?? 0) + 1);
    for (const [relation, n] of relations) expect(await count('claims-by-relation', relation)).toBe(String(n));
    const sites = new Map<string, number>();
    for (const d of documents) sites.set(d.site_name ?? '(none)', (sites.get(d.site_name ?? '(none)') ?? 0) + 1);
    for (const [site, n] of sites) expect(await count('documents-by-site', site)).toBe(String(n));
    await screenshot('counts');
  });

  it('logged no console errors and made no network requests', () => {
    expect(problems).toEqual([]);
  });
});
