/** A failure the CLI reports as `reason` plus `fix`, with its exit code (1 failure, 2 usage). */
export class BootstrapError extends Error {
  override readonly name = 'BootstrapError';
  readonly fix: string;
  readonly exitCode: 1 | 2;

  constructor(message: string, fix: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.fix = fix;
    this.exitCode = exitCode;
  }
}

export function usageError(message: string, fix: string): BootstrapError {
  return new BootstrapError(message, fix, 2);
}
