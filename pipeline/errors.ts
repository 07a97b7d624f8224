// Errors the user can act on (bad input, a held lock, an existing version): the CLI prints their
// message alone. Anything else is an internal error and is reported with its stack.
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
