// The release date is the build's date: SOURCE_DATE_EPOCH's UTC day when it is set, the date
// recorded in the version when it is rebuilt, today (UTC) otherwise. Every file that states it
// (data card, CITATION.cff, croissant.json, datapackage.json) and the release archive's entry
// times agree, and a rebuild of a published version stays byte-identical on any later day.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { readConfig, type DatasetConfig } from '../../pipeline/config.ts';
import { UserFacingError } from '../../pipeline/errors.ts';
import { dayOf, recordedReleaseDate, releaseDate, sourceDateEpochFromEnv } from '../../pipeline/publish/release-date.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { makeRelease } from '../../pipeline/release/archive.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { ARTICLE, textDump } from '../robustness/corpus.ts';

/** Runs `body` with SOURCE_DATE_EPOCH set to `value` (or unset), then puts it back. */
async function withEpoch<T>(value: string | undefined, body: () => Promise<T>): Promise<T> {
  const before = process.env.SOURCE_DATE_EPOCH;
  if (value === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
  }
}

/** A folder with one small capture in raw/, and where its versions go. */
function project(): { raw: string; out: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-date-'));
  mkdirSync(join(root, 'raw'));
  writeFileSync(join(root, 'raw', 'visit.txt'), textDump(ARTICLE, ['Home', 'World', 'Contact'], 'A defence framework in the making'));
  return { raw: join(root, 'raw'), out: join(root, 'dist'), root };
}

async function configFor(version: string): Promise<DatasetConfig> {
  return { ...(await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'))), version };
}

const buildInto = (dirs: { raw: string; out: string }, config: DatasetConfig) => build({ raw: dirs.raw, out: dirs.out, config, cacheDir: null, threads: 0 });

/** The release date as each of the four files states it. */
function statedDates(versionDir: string) {
  const card = readFileSync(join(versionDir, 'README.md'), 'utf8');
  const croissant = JSON.parse(readFileSync(join(versionDir, 'croissant.json'), 'utf8')) as { datePublished: string; citeAs: string };
  return {
    card: /released (\S+)\./.exec(card)?.[1],
    cardCitation: /^Cite as: .* \((\d{4})\)\./m.exec(card)?.[1],
    citation: /^date-released: "(.*)"$/m.exec(readFileSync(join(versionDir, 'CITATION.cff'), 'utf8'))?.[1],
    croissant: croissant.datePublished,
    croissantCitation: /\((\d{4})\)/.exec(croissant.citeAs)?.[1],
    datapackage: (JSON.parse(readFileSync(join(versionDir, 'datapackage.json'), 'utf8')) as { created: string }).created,
  };
}

const allOn = (day: string) => ({
  card: day,
  cardCitation: day.slice(0, 4),
  citation: day,
  croissant: day,
  croissantCitation: day.slice(0, 4),
  datapackage: `${day}T00:00:00Z`,
});

async function entryTimes(archive: string): Promise<Set<string>> {
  const times = new Set<string>();
  const reader = extract();
  Readable.from(readFileSync(archive)).pipe(createGunzip()).pipe(reader);
  for await (const entry of reader) {
    times.add(entry.header.mtime!.toISOString());
    entry.resume();
  }
  return times;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

describe('the release date', () => {
  it("is SOURCE_DATE_EPOCH's UTC day in all four files, and its exact time in the archive", async () => {
    const dirs = project();
    // 23:59:59 UTC: a local-time reading would land on the next day east of Greenwich.
    const epoch = Date.UTC(2021, 2, 4, 23, 59, 59) / 1000;
    const { versionDir } = await withEpoch(String(epoch), async () => {
      const result = await buildInto(dirs, await configFor('1.0.0'));
      const { archive } = await makeRelease(result.versionDir, join(dirs.root, 'release'), { name: 'dated', version: '1.0.0' });
      expect(await entryTimes(archive)).toEqual(new Set(['2021-03-04T23:59:59.000Z']));
      return result;
    });
    expect(statedDates(versionDir)).toEqual(allOn('2021-03-04'));
  }, 120_000);

  it('is today (UTC) for a new version, and two builds into the same out/ are identical', async () => {
    const dirs = project();
    const config = await configFor('1.0.0');
    const [dayBefore, first] = [todayUtc(), await withEpoch(undefined, () => buildInto(dirs, config))];
    const firstFiles = await readTree(first.versionDir);
    const second = await withEpoch(undefined, () => buildInto(dirs, config));
    const dayAfter = todayUtc();
    expect(first.outcome).toBe('written');
    expect(second.outcome).toBe('unchanged');
    const secondFiles = await readTree(second.versionDir);
    expect([...secondFiles.keys()]).toEqual([...firstFiles.keys()]);
    for (const [path, content] of firstFiles) expect(secondFiles.get(path)!.equals(content), path).toBe(true);
    // Around midnight the build may have started the day before the test looked at the clock again.
    expect([allOn(dayBefore), allOn(dayAfter)]).toContainEqual(statedDates(first.versionDir));
  }, 120_000);

  it('of a published version is kept when it is rebuilt on a later day, and dates its archive', async () => {
    const dirs = project();
    const config = await configFor('1.0.0');
    const published = await withEpoch(String(Date.UTC(2019, 5, 1, 12) / 1000), () => buildInto(dirs, config));
    const before = await readTree(published.versionDir);
    // Without SOURCE_DATE_EPOCH a rebuild would be dated today; it must find 2019-06-01 in the version instead.
    const rebuilt = await withEpoch(undefined, () => buildInto(dirs, config));
    expect(rebuilt.outcome).toBe('unchanged');
    expect(statedDates(rebuilt.versionDir)).toEqual(allOn('2019-06-01'));
    const after = await readTree(rebuilt.versionDir);
    for (const [path, content] of before) expect(after.get(path)!.equals(content), path).toBe(true);
    const { archive } = await withEpoch(undefined, () => makeRelease(rebuilt.versionDir, join(dirs.root, 'release'), { name: 'dated', version: '1.0.0' }));
    expect(await entryTimes(archive)).toEqual(new Set(['2019-06-01T00:00:00.000Z']));
    // The next version is a new release: it gets its own date, not its predecessor's.
    const dayBefore = todayUtc();
    const next = await withEpoch(undefined, () => buildInto(dirs, { ...config, version: '1.0.1' }));
    expect([allOn(dayBefore), allOn(todayUtc())]).toContainEqual(statedDates(next.versionDir));
  }, 120_000);

  it("ignores the config's deprecated created field", async () => {
    const dirs = project();
    const config = { ...(await configFor('1.0.0')), created: '2000-01-01' };
    const { versionDir } = await withEpoch(String(Date.UTC(2022, 0, 15) / 1000), () => buildInto(dirs, config));
    expect(statedDates(versionDir)).toEqual(allOn('2022-01-15'));
    // Configs that still carry it load; ones without it too.
    const withCreated = join(dirs.root, 'with-created.json');
    writeFileSync(withCreated, JSON.stringify(config));
    expect((await readConfig(withCreated)).created).toBe('2000-01-01');
    const { created: _ignored, ...without } = config;
    const withoutCreated = join(dirs.root, 'without-created.json');
    writeFileSync(withoutCreated, JSON.stringify(without));
    expect((await readConfig(withoutCreated)).version).toBe('1.0.0');
  }, 120_000);

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, and nothing is published', async () => {
    const dirs = project();
    for (const bad of ['yesterday', '-1']) {
      const failure = await withEpoch(bad, async () => buildInto(dirs, await configFor('1.0.0'))).catch((error: unknown) => error);
      expect(failure, bad).toBeInstanceOf(UserFacingError);
      expect((failure as Error).message).toContain(`SOURCE_DATE_EPOCH must be a whole number of seconds`);
    }
    expect(await recordedReleaseDate(join(dirs.out, '1.0.0'))).toBeNull();
  }, 120_000);
});

describe('releaseDate', () => {
  it('takes the UTC day of SOURCE_DATE_EPOCH before a recorded date, a recorded date before today', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagepress-recorded-'));
    const noon = () => new Date(Date.UTC(2030, 6, 9, 12));
    expect(await withEpoch(undefined, () => releaseDate(join(dir, 'absent'), noon))).toBe('2030-07-09');
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ created: '2024-02-29T00:00:00Z' }));
    expect(await withEpoch(undefined, () => releaseDate(dir, noon))).toBe('2024-02-29');
    expect(await withEpoch('0', () => releaseDate(dir, noon))).toBe('1970-01-01');
    expect(await withEpoch('86399', () => releaseDate(dir, noon))).toBe('1970-01-01');
    expect(await withEpoch('86400', () => releaseDate(dir, noon))).toBe('1970-01-02');
    // An empty value is unset, as reproducible-builds tools treat it.
    expect(await withEpoch('', () => releaseDate(dir, noon))).toBe('2024-02-29');
    expect(dayOf(1_700_000_000)).toBe('2023-11-14');
    expect(sourceDateEpochFromEnv({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1_700_000_000);
    expect(sourceDateEpochFromEnv({})).toBeNull();
    for (const bad of ['1.5', '1e9', ' 17', '0x10']) expect(() => sourceDateEpochFromEnv({ SOURCE_DATE_EPOCH: bad }), bad).toThrow(UserFacingError);
  });

  it('says which file holds a release date it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagepress-recorded-'));
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ created: 'last Tuesday' }));
    await expect(recordedReleaseDate(dir)).rejects.toThrow(`${join(dir, 'datapackage.json')}: "created" is "last Tuesday", not a date-time`);
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ name: 'no-date' }));
    await expect(recordedReleaseDate(dir)).rejects.toThrow('"created" is null');
    writeFileSync(join(dir, 'datapackage.json'), '{ not json');
    await expect(recordedReleaseDate(dir)).rejects.toBeInstanceOf(UserFacingError);
  });
});
