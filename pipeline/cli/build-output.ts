// What `build` and `merge` print: the counts and the problems worth a look when a version was
// written, one line when it was up to date, and the captures that failed a --strict build.
import { join } from 'node:path';
import { StrictFailure, type BuildResult } from '../run/build.ts';
import { SEVERITIES, type BuildReport, type Problem } from '../records/report.ts';
import { reportFailure } from './common.ts';

const problemLine = (p: Problem) => `  ${p.severity}: ${p.path}: ${p.stage}: ${p.code}: ${p.message.split('\n')[0]}\n`;

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What a build or merge prints: the whole report when it wrote the version, one line when it was up to date. */
export function printOutcome(result: BuildResult): void {
  if (result.outcome === 'written') printReport(result.report, `wrote ${result.versionDir}`);
  else printUpToDate(result.report, result.versionDir);
}

/**
 * An up-to-date version was built from these same captures, and that build printed their problems: they are
 * counted here, not printed again, so each problem (a near-duplicate pair, a rejected file) is reported once.
 */
export function printUpToDate(report: BuildReport, versionDir: string): void {
  const { counts, problems } = report;
  const severities = SEVERITIES.map((severity) => [severity, problems.filter((p) => p.severity === severity).length] as const).filter(([, n]) => n > 0);
  const held =
    problems.length === 0
      ? 'no problems'
      : `${plural(problems.length, 'problem')} (${severities.map(([severity, n]) => (severity === 'info' ? `${n} info` : plural(n, severity))).join(', ')}) in ${join(versionDir, 'build-report.json')}`;
  process.stdout.write(`up to date: ${versionDir} (${plural(counts.documents, 'document')}, ${plural(counts.claims, 'claim')}; ${held})\n`);
}

/** Reports a failure; a --strict one first lists every capture that failed it, since no build-report.json was written. */
export function reportBuildFailure(error: unknown): void {
  if (error instanceof StrictFailure) for (const p of error.failures) process.stderr.write(problemLine(p));
  reportFailure(error);
}

/** Prints the counts and the problems worth a look. */
export function printReport(report: BuildReport, headline: string): void {
  const { counts, problems } = report;
  process.stdout.write(
    `${headline}: ${counts.documents} documents, ${counts.claims} claims from ${counts.files} files ` +
      `(${counts.rejected} rejected, ${counts.duplicates} duplicates, ${plural(counts.near_duplicates, 'near-duplicate pair')}, ${counts.skipped} skipped)\n`,
  );
  const shown = problems.filter((p) => p.severity !== 'info');
  for (const p of shown.slice(0, 20)) process.stderr.write(problemLine(p));
  if (shown.length > 20) process.stderr.write(`  … and ${shown.length - 20} more in build-report.json\n`);
  const internal = problems.filter((p) => p.code === 'internal_error').length;
  if (internal > 0)
    process.stderr.write(`  ${internal} internal error${internal === 1 ? '' : 's'}: a bug in pagepress, please report it with the message above\n`);
}
