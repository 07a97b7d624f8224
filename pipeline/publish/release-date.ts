// The release date of a dataset version, which its data card, CITATION.cff, croissant.json and
// datapackage.json state and its release archive stamps on every entry. It is the build's date:
// the UTC day of SOURCE_DATE_EPOCH when that is set (reproducible builds pin it); otherwise, when
// the version already exists, the date recorded in it (a rebuild must stay byte-identical, so it
// is neither refused nor re-dated); otherwise today, in UTC.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../errors.ts';
import { DATAPACKAGE_FILE } from './layout.ts';

/** A day as the files state it: YYYY-MM-DD. */
export type Day = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of a moment given in seconds since the epoch. */
export const dayOf = (seconds: number): Day => new Date(seconds * 1000).toISOString().slice(0, 10);

/** SOURCE_DATE_EPOCH in seconds, or null when it is not set; a value that is not whole seconds is an error. */
export function sourceDateEpochFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value)) throw new UserFacingError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${value}"`);
  const seconds = Number(value);
  // Date objects end at 8.64e15 ms; beyond that the day cannot be written.
  if (seconds > 8.64e12) throw new UserFacingError(`SOURCE_DATE_EPOCH ${value} is past the last date JavaScript can represent`);
  return seconds;
}

/** The release date recorded in a published version (its datapackage.json `created`), or null when there is no such version. */
export async function recordedReleaseDate(versionDir: string): Promise<Day | null> {
  const path = join(versionDir, DATAPACKAGE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let created: unknown;
  try {
    created = (JSON.parse(text) as { created?: unknown }).created;
  } catch (error) {
    throw new UserFacingError(`${path} is not valid JSON (${(error as Error).message}): cannot read the version's release date`);
  }
  const day = typeof created === 'string' ? created.slice(0, 10) : '';
  if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new UserFacingError(
      `${path}: "created" is ${JSON.stringify(created ?? null)}, not a date-time (YYYY-MM-DDThh:mm:ssZ): cannot read the version's release date`,
    );
  }
  return day;
}

/** The release date of the version written to `versionDir` (which may already hold it). */
export async function releaseDate(versionDir: string, now: () => Date = () => new Date()): Promise<Day> {
  const epoch = sourceDateEpochFromEnv();
  if (epoch !== null) return dayOf(epoch);
  return (await recordedReleaseDate(versionDir)) ?? now().toISOString().slice(0, 10);
}
