import { backoffDelay, defaultSleep } from './backoff.js';
import { DropboxOAuthError, type DropboxOperation } from './dropbox-oauth-error.js';
import { oauthError } from './hints.js';
import { sanitizeText } from './redact.js';
import { type CommonOptions, DEFAULT_TIMEOUT_MS, type RetryTestHooks } from './options.js';
import { fetchTransport } from './transport.js';

/** Bodies larger than this are refused rather than buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface OutgoingRequest {
  url: URL;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** What a response checker sees: the status, a way to read headers, and the whole body as text. */
export interface ReceivedResponse {
  status: number;
  header(name: string): string | null;
  text: string;
}

export interface SendContext {
  operation: DropboxOperation;
  /** Values that must never appear in an error: they are scrubbed from server text. */
  secrets: readonly (string | undefined)[];
}

const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 10_000;
const DEFAULT_DEADLINE_MS = 60_000;
const MIN_ATTEMPT_MS = 250;

function transportError(
  code: 'network' | 'timeout' | 'aborted',
  ctx: SendContext,
  detail: string,
  cause?: unknown,
): DropboxOAuthError {
  return oauthError(ctx.operation, code, detail, { retryable: code !== 'aborted', cause });
}

async function attemptOnce<T>(
  request: OutgoingRequest,
  options: CommonOptions,
  ctx: SendContext,
  timeoutMs: number,
  check: (received: ReceivedResponse) => T,
): Promise<T> {
  const outer = options.signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  const transport = options.transport ?? fetchTransport(options.fetch);
  try {
    const received = await transport({
      url: request.url,
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: outer ? AbortSignal.any([outer, timeout]) : timeout,
      maxBodyBytes: MAX_BODY_BYTES,
    });
    if (received.bodyTooLarge)
      throw oauthError(ctx.operation, 'invalid_response', `the response body is larger than ${MAX_BODY_BYTES} bytes`, {
        status: received.status,
      });
    return check({ status: received.status, header: received.header, text: received.text });
  } catch (error) {
    if (error instanceof DropboxOAuthError) throw error;
    if (outer?.aborted) throw transportError('aborted', ctx, 'the operation was aborted', outer.reason);
    if (timeout.aborted) throw transportError('timeout', ctx, `no response within ${timeoutMs} ms`);
    const reason = String(
      ((error as Error | undefined)?.cause as Error | undefined)?.message ??
        (error as Error | undefined)?.message ??
        error,
    );
    // A runtime's error text may quote a header; keep neither it nor the original error if it holds a secret.
    const leaks = ctx.secrets.some((secret) => secret && reason.includes(secret));
    throw transportError(
      'network',
      ctx,
      `could not reach ${request.url.host} (${sanitizeText(reason, ctx.secrets)})`,
      leaks ? undefined : error,
    );
  }
}

function describeForRetry(error: DropboxOAuthError): string {
  if (error.code === 'rate_limited')
    return error.retryAfterMs === undefined
      ? 'rate limited'
      : `rate limited (Retry-After ${error.retryAfterMs / 1000} s)`;
  if (error.status !== undefined) return `HTTP ${error.status} ${error.code}`;
  return error.code === 'timeout' ? 'timeout' : 'network error';
}

/**
 * Sends one logical request: retries network errors, timeouts, 5xx and 429 with full-jitter
 * exponential backoff (honouring Retry-After), never retries other errors, and never waits past
 * the deadline. `check` turns a received response into a value or throws a DropboxOAuthError.
 */
export async function sendRequest<T>(
  request: OutgoingRequest,
  options: CommonOptions,
  ctx: SendContext,
  check: (received: ReceivedResponse) => T,
): Promise<T> {
  const retry: RetryTestHooks = options.retry === false ? { attempts: 1 } : (options.retry ?? {});
  const maxAttempts = Math.max(1, Math.floor(retry.attempts ?? DEFAULT_ATTEMPTS));
  const baseDelayMs = retry.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = retry.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const deadlineMs = retry.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const sleep = retry.sleep ?? defaultSleep;
  const random = retry.random ?? Math.random;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = now() + deadlineMs;

  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted)
      throw transportError('aborted', ctx, 'the operation was aborted', options.signal.reason).withAttempts(
        attempt - 1,
      );
    const remaining = Math.max(1, Math.min(timeoutMs, deadline - now()));
    try {
      return await attemptOnce(request, options, ctx, remaining, check);
    } catch (caught) {
      const error = caught as DropboxOAuthError;
      if (!error.retryable || attempt >= maxAttempts)
        throw finalError(error, attempt, attempt >= maxAttempts && error.retryable);
      const delayMs = error.retryAfterMs ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      // Stop when the wait would leave no useful time for another attempt: report the real failure.
      if (now() + delayMs + MIN_ATTEMPT_MS > deadline) throw finalError(error, attempt, true);
      retry.onRetry?.({ attempt, delayMs, reason: describeForRetry(error), code: error.code });
      try {
        await sleep(delayMs, options.signal);
      } catch (sleepError) {
        throw transportError('aborted', ctx, 'the operation was aborted', sleepError).withAttempts(attempt);
      }
    }
  }
}

function finalError(error: DropboxOAuthError, attempts: number, exhausted: boolean): DropboxOAuthError {
  return error.withAttempts(attempts, exhausted && attempts > 1);
}
