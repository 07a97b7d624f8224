// Releases: a reproducible archive, downloaded from a local server, checked, unpacked safely and
// validated; every kind of bad archive or broken download refused with nothing written.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRelease } from '../../pipeline/release/archive.ts';
import { download } from '../../pipeline/release/download.ts';
import { buildSeedsInto } from '../build-fixture.ts';

let versionDir: string;
let archive: string;
let archiveBytes: Buffer;
let server: Server;
let base: string;
const files = new Map<string, Buffer>();

async function tarGz(entries: { name: string; type?: 'file' | 'symlink' | 'directory'; data?: string; linkname?: string }[]): Promise<Buffer> {
  const tar = tarPack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const e of entries) {
    if (e.type === 'symlink') tar.entry({ name: e.name, type: 'symlink', linkname: e.linkname });
    else if (e.type === 'directory') tar.entry({ name: e.name, type: 'directory' });
    else tar.entry({ name: e.name }, e.data ?? 'x');
  }
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const outDir = () => mkdtempSync(join(tmpdir(), 'pagepress-dl-'));
const visible = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

beforeAll(async () => {
  versionDir = (await buildSeedsInto('pagepress-release-')).versionDir;
  const released = await makeRelease(versionDir, mkdtempSync(join(tmpdir(), 'pagepress-rel-')), { name: 'test-data', version: '0.1.0' });
  archive = released.archive;
  archiveBytes = readFileSync(archive);
  files.set('/good.tar.gz', archiveBytes);
  files.set('/good.tar.gz.sha256', Buffer.from(`${released.sha256}  good.tar.gz\n`));
  files.set('/dotdot.tar.gz', await tarGz([{ name: 'data/ok.txt' }, { name: 'data/../../evil.txt' }]));
  files.set('/absolute.tar.gz', await tarGz([{ name: '/tmp/pagepress-evil.txt' }]));
  files.set(
    '/symlink.tar.gz',
    await tarGz([
      { name: 'data/', type: 'directory' },
      { name: 'data/link', type: 'symlink', linkname: '/etc/passwd' },
    ]),
  );
  files.set('/big.tar.gz', await tarGz([{ name: 'data/big.txt', data: 'a'.repeat(3 * 1024 * 1024) }]));
  server = createServer((request, response) => {
    if (request.url === '/drops.tar.gz') {
      // Promise the whole archive, send a third of it, then drop the connection.
      response.writeHead(200, { 'content-length': archiveBytes.length });
      response.write(archiveBytes.subarray(0, Math.floor(archiveBytes.length / 3)));
      setTimeout(() => request.socket.destroy(), 50);
      return;
    }
    const body = files.get(request.url ?? '');
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('release archive', () => {
  it('is reproducible: same bytes twice, sorted entries, owner 0, mtime from the release date', async () => {
    const released = (JSON.parse(readFileSync(join(versionDir, 'datapackage.json'), 'utf8')) as { created: string }).created;
    const again = await makeRelease(versionDir, mkdtempSync(join(tmpdir(), 'pagepress-rel-')), { name: 'test-data', version: '0.1.0' });
    expect(readFileSync(again.archive).equals(archiveBytes)).toBe(true);
    expect(readFileSync(`${archive}.sha256`, 'utf8')).toBe(`${sha(archiveBytes)}  test-data-0.1.0.tar.gz\n`);
    // gzip header: no timestamp.
    expect(archiveBytes.readUInt32LE(4)).toBe(0);
    const { extract } = await import('tar-stream');
    const { createGunzip } = await import('node:zlib');
    const { Readable } = await import('node:stream');
    const names: string[] = [];
    const reader = extract();
    Readable.from(archiveBytes).pipe(createGunzip()).pipe(reader);
    for await (const entry of reader) {
      names.push(entry.header.name);
      expect(entry.header.uid).toBe(0);
      expect(entry.header.gid).toBe(0);
      expect(entry.header.uname).toBe('');
      // SOURCE_DATE_EPOCH when the run sets it, otherwise the version's recorded release date.
      expect(entry.header.mtime?.toISOString()).toBe(
        new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : released).toISOString(),
      );
      expect(entry.header.type === 'file' || entry.header.type === 'directory').toBe(true);
      entry.resume();
    }
    expect(names).toEqual([...names].sort());
    expect(names).toContain('test-data-0.1.0/build-manifest.json');
  });
});

describe('pagepress download', () => {
  it('downloads a good archive, checks it and gives a validated copy', async () => {
    const out = outDir();
    const result = await download(`${base}/good.tar.gz`, { out });
    expect(result.dir).toBe(join(out, 'test-data-0.1.0'));
    expect(visible(out)).toEqual(['test-data-0.1.0']);
    const manifest = JSON.parse(readFileSync(join(result.dir, 'build-manifest.json'), 'utf8'));
    expect(manifest.inputs.captures).toBe(2);
  });

  it('refuses a wrong checksum and writes nothing', async () => {
    const out = outDir();
    await expect(download(`${base}/good.tar.gz`, { out, sha256: '0'.repeat(64) })).rejects.toThrow('SHA-256 mismatch');
    expect(visible(out)).toEqual([]);
  });

  for (const [file, message] of [
    ['dotdot', 'points outside the target'],
    ['absolute', 'is an absolute path'],
    ['symlink', 'links and special files are refused'],
  ] as const) {
    it(`refuses an archive with a ${file} entry`, async () => {
      const out = outDir();
      await expect(download(`${base}/${file}.tar.gz`, { out, sha256: sha(files.get(`/${file}.tar.gz`)!) })).rejects.toThrow(message);
      expect(visible(out)).toEqual([]);
      expect(existsSync('/tmp/pagepress-evil.txt')).toBe(false);
    });
  }

  it('refuses an archive that unpacks past the size limit', async () => {
    const out = outDir();
    await expect(download(`${base}/big.tar.gz`, { out, sha256: sha(files.get('/big.tar.gz')!), maxBytes: 1024 * 1024 })).rejects.toThrow('more than the limit');
    expect(visible(out)).toEqual([]);
  });

  it('says clearly when the server drops the connection, and writes nothing', async () => {
    const out = outDir();
    await expect(download(`${base}/drops.tar.gz`, { out, sha256: sha(archiveBytes) })).rejects.toThrow(/broke off after \d+ of \d+ bytes/);
    expect(visible(out)).toEqual([]);
  });

  it('takes a local file with its .sha256 next to it', async () => {
    const out = outDir();
    const result = await download(archive, { out });
    expect(visible(out)).toEqual(['test-data-0.1.0']);
    expect(result.sha256).toBe(sha(archiveBytes));
  });
});
