import { parseRetryAfter } from './backoff.js';
import type { DropboxOAuthError, DropboxOAuthErrorCode } from './dropbox-oauth-error.js';
import { oauthError } from './hints.js';
import { sanitizeText } from './redact.js';
import type { ReceivedResponse, SendContext } from './send-request.js';

/** OAuth error codes (RFC 6749 §5.2, §4.1.2.1) and Dropbox API AuthError tags we report as such. */
const OAUTH_CODE = /^(invalid_(grant|client|request|scope)|unauthorized_client|unsupported_grant_type|access_denied)$/;
const AUTH_ERROR_TAG = /^(expired_access_token|invalid_access_token|missing_scope|user_suspended|route_access_denied)$/;
// Dropbox's answer to a refresh without the app secret for a token minted with it (reference §3).
const CLIENT_SECRET_REQUIRED = /no auth function available/i;

export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What an error body says, read once: the code callers branch on and the server's own fields. */
interface ErrorParts {
  code: DropboxOAuthErrorCode;
  error?: string | undefined;
  description?: string | undefined;
  requiredScope?: string | undefined;
}

function oauthParts(code: DropboxOAuthErrorCode, description: string | undefined): ErrorParts {
  const specific = code === 'invalid_request' && CLIENT_SECRET_REQUIRED.test(description ?? '');
  return { code: specific ? 'client_secret_required' : code, error: code, description };
}

/**
 * Reads an error body in any of the shapes Dropbox has used: `{error, error_description}`,
 * `{"error": "invalid_client: ..."}`, a sentence in `error` (5xx), or an API error
 * `{error: {".tag": ...}, error_summary}`.
 */
export function readErrorBody(body: unknown, fallback: DropboxOAuthErrorCode): ErrorParts | undefined {
  if (!isRecord(body) || !('error' in body)) return undefined;
  const error = body['error'];
  const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
  if (typeof error === 'string') {
    const colon = /^([a-z_]+):\s*(.*)$/s.exec(error);
    if (colon && OAUTH_CODE.test(colon[1]!))
      return oauthParts(colon[1] as DropboxOAuthErrorCode, description ?? colon[2]);
    if (OAUTH_CODE.test(error)) return oauthParts(error as DropboxOAuthErrorCode, description);
    return { code: fallback, description: description ?? error };
  }
  if (isRecord(error)) {
    const tag = typeof error['.tag'] === 'string' ? error['.tag'] : undefined;
    const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
    const requiredScope = typeof error['required_scope'] === 'string' ? error['required_scope'] : undefined;
    const code = tag !== undefined && AUTH_ERROR_TAG.test(tag) ? (tag as DropboxOAuthErrorCode) : fallback;
    return { code, error: tag, description: summary ?? tag, requiredScope };
  }
  return { code: fallback, description };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body)/i.test(text);
}

/** An error about a received response; the server's text is scrubbed of every secret in `ctx`. */
export function failure(
  received: ReceivedResponse,
  ctx: SendContext,
  parts: ErrorParts,
  extra: { retryable?: boolean; retryAfterMs?: number | undefined } = {},
): DropboxOAuthError {
  const clean = (text: string | undefined) =>
    text === undefined ? undefined : sanitizeText(text, ctx.secrets) || undefined;
  const errorDescription = clean(parts.description);
  const detail = errorDescription === undefined ? parts.code : `${parts.code} (${errorDescription})`;
  return oauthError(ctx.operation, parts.code, `HTTP ${received.status} ${detail}`, {
    status: received.status,
    error: clean(parts.error),
    errorDescription,
    requiredScope: clean(parts.requiredScope),
    retryable: extra.retryable ?? false,
    retryAfterMs: extra.retryAfterMs,
  });
}

/** An answer that arrived but cannot be used. */
export function invalidResponse(received: ReceivedResponse, ctx: SendContext, reason: string): DropboxOAuthError {
  return failure(received, ctx, { code: 'invalid_response', description: reason });
}

/** 429 and 5xx, the same for every route: retryable. */
export function transientFailure(
  received: ReceivedResponse,
  ctx: SendContext,
  now: number,
): DropboxOAuthError | undefined {
  const body = tryParseJson(received.text);
  const plain = looksLikeHtml(received.text) ? undefined : received.text || undefined;
  if (received.status === 429) {
    // Retry-After, else `error.retry_after` in seconds (auth.stone RateLimitError; the Python and Go SDKs read it there).
    const seconds = isRecord(body) && isRecord(body['error']) ? body['error']['retry_after'] : undefined;
    const retryAfterMs =
      parseRetryAfter(received.header('retry-after'), now) ??
      (typeof seconds === 'number' ? seconds * 1000 : undefined);
    const parts = readErrorBody(body, 'rate_limited');
    return failure(
      received,
      ctx,
      { code: 'rate_limited', description: parts?.description ?? plain },
      { retryable: true, retryAfterMs },
    );
  }
  if (received.status >= 500) {
    const parts = readErrorBody(body, 'server_error');
    return failure(
      received,
      ctx,
      { code: 'server_error', description: parts?.description ?? plain },
      { retryable: true },
    );
  }
  return undefined;
}

/**
 * Anything else that is not a success, or a body that is neither the answer nor an error.
 * `fallback` is the code for a JSON error body without a known code; `on400` names a plain-text 400.
 */
export function otherFailure(
  received: ReceivedResponse,
  ctx: SendContext,
  fallback: DropboxOAuthErrorCode,
  on400: (text: string) => DropboxOAuthErrorCode,
): DropboxOAuthError {
  const { status, text } = received;
  const plain = looksLikeHtml(text) ? undefined : text || undefined;
  const parts = readErrorBody(tryParseJson(text), fallback);
  if (parts) return failure(received, ctx, parts);
  if (status === 400) return failure(received, ctx, { code: on400(text), description: plain });
  if (status >= 300 && status < 400)
    return failure(received, ctx, {
      code: 'http_error',
      description: `unexpected redirect to ${received.header('location') ?? 'nowhere'}`,
    });
  return failure(received, ctx, {
    code: status >= 200 && status < 300 ? 'invalid_response' : 'http_error',
    description: plain,
  });
}

/** The error for an `/oauth2/token` answer that is not a token (non-2xx, or a 2xx carrying `error`). */
export function tokenEndpointError(received: ReceivedResponse, ctx: SendContext, now: number): DropboxOAuthError {
  return (
    transientFailure(received, ctx, now) ?? otherFailure(received, ctx, 'invalid_request', () => 'invalid_request')
  );
}
