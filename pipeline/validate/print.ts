// How a validation result is told to a person: one `file:line: field: message` line per problem
// (the first 50), then a verdict. Shared by `pagepress validate` and the release's validate.mjs,
// so both speak alike.
import { formatProblem, type ValidationResult } from './index.ts';

const MAX_SHOWN = 50;

/** Writes the result; returns the exit code (0 valid, 1 invalid). */
export function printValidation(target: string, result: ValidationResult, write: (text: string) => void): number {
  const { problems, counts } = result;
  if (problems.length === 0) {
    write(`valid: ${target} (${counts.documents ?? 0} documents, ${counts.claims ?? 0} claims)\n`);
    return 0;
  }
  for (const problem of problems.slice(0, MAX_SHOWN)) write(`${formatProblem(problem)}\n`);
  if (problems.length > MAX_SHOWN) write(`… and ${problems.length - MAX_SHOWN} more problems\n`);
  write(`invalid: ${target}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  return 1;
}
