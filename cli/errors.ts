// Exit codes every kubepulse command keeps: 0 success, 1 failure, 2 bad usage.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad flags or arguments: printed as one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure with a hint on what to do: printed as one line, exit 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
