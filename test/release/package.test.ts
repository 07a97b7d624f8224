// The npm package as someone who never clones the repository gets it: `npm pack` in the clone,
// `npm install` of the tarball into an empty folder, and that folder's `npx pagepress` run for real:
// --help, a build of the seed captures (the same records as the clone's), `release`, `download` of the
// archive from a local HTTP server, `validate` of the downloaded folder (and of a damaged copy), and
// every command and snippet of the downloaded release's data card, as printed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { buildSeedsInto } from '../build-fixture.ts';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { runDataCard } from './datacard-runner.ts';

const PACKAGE = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const CONFIG = JSON.parse(readFileSync(join(PROJECT_ROOT, 'pagepress.config.json'), 'utf8')) as { name: string };

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

// The environment of a user's shell: without the npm_* variables that `npm test` or `npx vitest`
// set for this process, which would point npm at the clone.
const userEnvironment = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_'))),
  CI: '1',
  npm_config_update_notifier: 'false',
});

/** Runs a command without blocking the event loop (the HTTP server below answers from this process). */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...userEnvironment(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const shown = (result: Finished) => `exit ${result.status}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

async function tarballEntries(path: string): Promise<string[]> {
  const names: string[] = [];
  const extract = tarExtract();
  extract.on('entry', (header, stream, next) => {
    names.push(header.name);
    stream.on('end', next).resume();
  });
  const done = new Promise<void>((resolve, reject) => extract.on('finish', resolve).on('error', reject));
  extract.end(gunzipSync(readFileSync(path)));
  await done;
  return names.sort();
}

/** Runs `body` with SOURCE_DATE_EPOCH set, for this process and the commands it starts, then puts it back. */
async function withSourceDateEpoch(seconds: number, body: () => Promise<void>): Promise<void> {
  const before = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(seconds);
  try {
    await body();
  } finally {
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
  }
}

/** What identifies the records of a version: document ids with their capture paths, claim ids, each document's blocks. */
function recordKeys(version: Map<string, Buffer>): Record<string, string[]> {
  const records = (file: string) =>
    gunzipSync(version.get(file)!)
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id?: string; document_id?: string; position?: number; kept?: boolean; source?: { path: string } });
  return {
    documents: records('documents.jsonl.gz').map((d) => `${d.id} ${d.source!.path}`),
    claims: records('claims.jsonl.gz').map((c) => `${c.id} ${c.document_id}`),
    blocks: records('blocks.jsonl.gz').map((b) => `${b.document_id} ${b.position} ${b.kept}`),
  };
}

let tarball: string;
let installDir: string;
let pagepress: (args: string[]) => Promise<Finished>;
let server: Server | undefined;

beforeAll(async () => {
  const packDir = mkdtempSync(join(tmpdir(), 'pagepress-pack-'));
  const packed = await run('npm', ['pack', '--pack-destination', packDir], PROJECT_ROOT);
  expect(packed.status, shown(packed)).toBe(0);
  tarball = join(packDir, `${PACKAGE.name}-${PACKAGE.version}.tgz`);
  expect(readdirSync(packDir)).toEqual([basename(tarball)]);

  // A folder with nothing but a package.json of its own, so npm installs here and nowhere above.
  installDir = mkdtempSync(join(tmpdir(), 'pagepress-install-'));
  writeFileSync(join(installDir, 'package.json'), '{ "name": "reader", "private": true }\n');
  const installed = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], installDir);
  expect(installed.status, shown(installed)).toBe(0);
  // yes=false (npx --no): should the local install be missing, fail instead of fetching whatever a registry holds under the name.
  pagepress = (args) => run('npx', ['pagepress', ...args], installDir, { npm_config_yes: 'false' });
}, 300_000);

afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('the npm package', () => {
  it('holds the compiled command, its run-time files and the explorer bundled at build time, no TypeScript, nothing of the clone', async () => {
    const entries = await tarballEntries(tarball);
    for (const needed of [
      'package/package.json',
      'package/README.md',
      'package/LICENSE',
      'package/bin/pagepress.js',
      'package/lib/cli/main.js',
      'package/lib/run/worker.js',
      'package/lib/claims/data/gazetteer.json',
      'package/lib/publish/explorer/bundle.json',
      'package/lib/BUILT',
    ]) {
      expect(entries).toContain(needed);
    }
    const typescript = entries.filter((name) => name.endsWith('.ts') || name.startsWith('package/pipeline/'));
    expect(typescript).toEqual([]);
    const fromTheClone = entries.filter((name) =>
      /^package\/(test|raw|dist|bench|examples|schemas|scripts|node_modules|\.cache)\/|package-lock\.json$|tsconfig/.test(name),
    );
    expect(fromTheClone).toEqual([]);
    // The command must run without tsx (a development dependency), so none may come along.
    expect(existsSync(join(installDir, 'node_modules', 'pagepress'))).toBe(true);
    expect(existsSync(join(installDir, 'node_modules', 'tsx'))).toBe(false);
  });

  it('runs `npx pagepress --help` and `--version` from the folder it was installed into', async () => {
    const help = await pagepress(['--help']);
    expect(help.status, shown(help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pagepress /);
    for (const command of ['build', 'validate', 'release', 'download']) expect(help.stdout).toContain(`\n  ${command} `);
    const version = await pagepress(['--version']);
    expect(version.stdout.trim()).toBe(PACKAGE.version);
  });

  it('builds the seed captures into the records the clone builds, releases them, downloads the release over HTTP and validates it', async () => {
    // Both builds below state the same release date.
    await withSourceDateEpoch(Date.parse('2026-11-23T00:00:00Z') / 1000, async () => {
      // The same version, built by the clone in this process.
      const clone = await buildSeedsInto('pagepress-package-clone-');

      // The folder the package was installed into is the user's project: captures in raw/, a config.
      const work = installDir;
      cpSync(join(PROJECT_ROOT, 'raw'), join(work, 'raw'), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(work, 'pagepress.config.json'));
      const built = await pagepress(['build', '--concurrency', '2']);
      expect(built.status, shown(built)).toBe(0);
      expect(built.stdout).toContain(`wrote dist/${PROJECT_VERSION}: 2 documents`);
      const [fromClone, fromPackage] = [await readTree(clone.versionDir), await readTree(join(work, 'dist', PROJECT_VERSION))];
      expect([...fromPackage.keys()].sort()).toEqual([...fromClone.keys()].sort());
      // The same records. Not necessarily the same bytes: npm resolves the package's dependency ranges
      // afresh, so it may install newer patch releases than the clone's lock file pins.
      expect(recordKeys(fromPackage)).toEqual(recordKeys(fromClone));
      expect(recordKeys(fromPackage).documents).toHaveLength(2);

      const released = await pagepress(['release', `dist/${PROJECT_VERSION}`, '--out', 'release']);
      expect(released.status, shown(released)).toBe(0);
      const archiveName = `${CONFIG.name}-${PROJECT_VERSION}.tar.gz`;
      const archive = readFileSync(join(work, 'release', archiveName));
      const sha256 = createHash('sha256').update(archive).digest('hex');
      expect(released.stdout).toContain(`sha256 ${sha256}`);

      const files = new Map([
        [`/releases/${archiveName}`, archive],
        [`/releases/${archiveName}.sha256`, readFileSync(join(work, 'release', `${archiveName}.sha256`))],
      ]);
      server = createServer((request, response) => {
        const body = files.get(request.url ?? '');
        if (body) response.writeHead(200, { 'content-length': body.length }).end(body);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;

      // A reader's folder, with nothing of the project in it.
      const reader = mkdtempSync(join(tmpdir(), 'pagepress-package-reader-'));
      const downloaded = await pagepress(['download', `http://127.0.0.1:${port}/releases/${archiveName}`, '--out', reader]);
      expect(downloaded.status, shown(downloaded)).toBe(0);
      const folder = join(reader, `${CONFIG.name}-${PROJECT_VERSION}`);
      expect(downloaded.stdout).toContain(`sha256 ok: ${sha256}`);
      expect(downloaded.stdout).toContain(`valid: ${folder}`);

      // An installed package is no git clone: its manifest names no commit, and the dependency versions installed with it.
      const manifest = JSON.parse(readFileSync(join(folder, 'build-manifest.json'), 'utf8')) as {
        code: { pagepress: string; git_commit: string | null };
        tools: { dependencies: Record<string, string | null> };
      };
      expect(manifest.code).toMatchObject({ pagepress: PACKAGE.version, git_commit: null });
      expect(Object.entries(manifest.tools.dependencies).filter(([, version]) => version === null)).toEqual([]);

      const validated = await pagepress(['validate', folder]);
      expect(validated.status, shown(validated)).toBe(0);
      expect(validated.stdout).toMatch(new RegExp(`^valid: ${folder.replaceAll('.', '\\.')} \\(2 documents, \\d+ claims\\)`));

      // Every command and snippet of the downloaded release's data card, run as printed in its folder
      // (test/release/datacard-commands.test.ts checks what each one loads).
      const card = await runDataCard(folder);
      const ran = card.filter((block) => !block.skipped);
      for (const block of ran) expect(block.status, `${block.block.language} block:\n${block.block.code}\n${block.stdout}\n${block.stderr}`).toBe(0);
      expect(ran.some((block) => block.block.code.includes('node validate.mjs') && block.stdout.startsWith('valid: '))).toBe(true);
      expect(ran.some((block) => block.block.code.includes('sha256sum -c SHA256SUMS') && !block.stdout.includes('INVALID'))).toBe(true);

      // And it does find problems: a copy with one record changed does not validate.
      const damaged = join(mkdtempSync(join(tmpdir(), 'pagepress-package-damaged-')), basename(folder));
      cpSync(folder, damaged, { recursive: true });
      const claims = join(damaged, 'claims.jsonl.gz');
      writeFileSync(claims, gzipSync(gunzipSync(readFileSync(claims)).toString('utf8').replace('"modality":"', '"modality":"x')));
      const refused = await pagepress(['validate', damaged]);
      expect(refused.status, shown(refused)).toBe(1);
      expect(refused.stdout + refused.stderr).toMatch(/claims\.jsonl\.gz:1: /);
    });
  }, 240_000);
});
