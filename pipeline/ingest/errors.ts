// Errors that reject one capture (the build goes on without it) carry a stable code, so the build
// report can be filtered and counted; their messages say what a user can do about it.

import { UserFacingError } from '../errors.ts';

export type IngestErrorCode = 'empty' | 'binary' | 'too_large' | 'gzip_too_large' | 'gzip_corrupt' | 'unreadable' | 'unsupported_format';

export class IngestError extends UserFacingError {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
