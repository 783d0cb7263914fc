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

  constructor(id: MessageId, message: string, fix: string, exitCode: 1 | 2) {
    super(message);
    this.id = id;
    this.fix = fix;
    this.exitCode = exitCode;
  }
}
