import type { MessageId } from './catalog.js';

/**
 * A failure the CLI reports as `reason` plus `fix`, with its exit code (1 failure, 2 usage).
 * Made only by `fail()` in messages.ts, so every message is in the catalog; `id` says which.
 */
export class BootstrapError extends Error {
  override readonly name = 'BootstrapError';
  readonly id: MessageId;
  readonly fix: string;
  readonly exitCode: 1 | 2;
  /**
   * The status with which GitHub answered and refused (401, 403, 404, 422): the write certainly did
   * not happen. Set where the status is known (github/), read as data by the flow.
   */
  readonly gitHubRefusal: number | undefined;

  constructor(id: MessageId, message: string, fix: string, exitCode: 1 | 2, gitHubRefusal?: number) {
    super(message);
    this.id = id;
    this.fix = fix;
    this.exitCode = exitCode;
    this.gitHubRefusal = gitHubRefusal;
  }

  /** The same error, as GitHub's definite refusal with this status. */
  refusedByGitHub(status: number): BootstrapError {
    return new BootstrapError(this.id, this.message, this.fix, this.exitCode, status);
  }
}
