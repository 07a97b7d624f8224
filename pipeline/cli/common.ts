// What every subcommand shares: how failures reach the user (one clear line, an exit code).

import { UserFacingError } from '../errors.ts';

export class UsageError extends UserFacingError {}

/** Prints `pagepress: message` and sets the exit code; internal errors keep their stack. */
export function reportFailure(error: unknown): void {
  if (error instanceof UserFacingError) {
    process.stderr.write(`pagepress: ${error.message}\n`);
  } else {
    process.stderr.write(`pagepress: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  if (!process.exitCode) process.exitCode = 1;
}
