import type { Transport } from './transport.js';

/** What every operation that talks to Dropbox accepts. */
export interface CommonOptions {
  /** A `fetch` implementation. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  /** Another way to send requests than `fetch` (see `Transport`); `fetch` is then not used. */
  transport?: Transport | undefined;
  /** Cancels the whole operation, retries included. */
  signal?: AbortSignal | undefined;
  /** Base URL of the Dropbox API host. Default `https://api.dropboxapi.com`. */
  apiUrl?: string | URL | undefined;
  /** Bound on each single HTTP attempt, in milliseconds. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Retry policy for network errors, 5xx and 429; `false` sends exactly once. */
  retry?: RetryOptions | false | undefined;
  /** Clock in milliseconds since the epoch, used for `expiresAt` and deadlines. Default `Date.now`. */
  now?: (() => number) | undefined;
}

export interface RetryOptions {
  /** Total attempts including the first. Default 4. */
  attempts?: number | undefined;
  /** Base of the full-jitter exponential backoff, in milliseconds. Default 500. */
  baseDelayMs?: number | undefined;
  /** Ceiling of a single backoff wait, in milliseconds. Default 10 000. */
  maxDelayMs?: number | undefined;
  /** Bound on the whole operation, waits and attempts included, in milliseconds. Default 60 000. */
  deadlineMs?: number | undefined;
  /** Called before each wait; use it to log retries. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/** Not exported from the package: the clock and dice of the retry loop, replaced by this package's tests. */
export interface RetryTestHooks extends RetryOptions {
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  random?: (() => number) | undefined;
}

export interface RetryEvent {
  /** The attempt that just failed (1-based). */
  attempt: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  /** Short reason, e.g. `HTTP 503`, `rate limited (Retry-After 2 s)`, `network error`. */
  reason: string;
  /** Stable code of the failure. */
  code: string;
}

export const DEFAULT_API_URL = 'https://api.dropboxapi.com';
export const DEFAULT_AUTHORIZE_URL = 'https://www.dropbox.com/oauth2/authorize';
export const DEFAULT_TIMEOUT_MS = 30_000;
