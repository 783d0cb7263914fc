import { parseRetryAfter } from './backoff.js';
import type { DropboxOAuthError, DropboxOAuthErrorCode } from './dropbox-oauth-error.js';
import { oauthError } from './hints.js';
import { sanitizeText } from './redact.js';
import type { ReceivedResponse, SendContext } from './send-request.js';

/** OAuth error codes (RFC 6749 §5.2, §4.1.2.1) and Dropbox API AuthError tags we report as such. */
const OAUTH_CODE = /^(invalid_(grant|client|request|scope)|unauthorized_client|unsupported_grant_type|access_denied)$/;
const AUTH_ERROR_TAG = /^(expired_access_token|invalid_access_token|missing_scope|user_suspended|route_access_denied)$/;

export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface ErrorParts {
  code: DropboxOAuthErrorCode;
  description: string | undefined;
}

/**
 * Reads an OAuth error body in any of the shapes Dropbox has used:
 * `{error, error_description}`, `{"error": "invalid_client: ..."}`, or a sentence in `error` (5xx).
 */
export function readOAuthErrorBody(body: unknown, fallback: DropboxOAuthErrorCode): ErrorParts | undefined {
  if (!isRecord(body) || !('error' in body)) return undefined;
  const error = body['error'];
  const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
  if (typeof error === 'string') {
    const colon = /^([a-z_]+):\s*(.*)$/s.exec(error);
    if (colon && OAUTH_CODE.test(colon[1]!))
      return { code: colon[1] as DropboxOAuthErrorCode, description: description ?? colon[2] };
    if (OAUTH_CODE.test(error)) return { code: error as DropboxOAuthErrorCode, description };
    return { code: fallback, description: description ?? error };
  }
  if (isRecord(error)) {
    const tag = error['.tag'];
    const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
    if (typeof tag === 'string' && AUTH_ERROR_TAG.test(tag))
      return { code: tag as DropboxOAuthErrorCode, description: summary ?? tag };
    return { code: fallback, description: summary ?? (typeof tag === 'string' ? tag : undefined) };
  }
  return { code: fallback, description };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body)/i.test(text);
}

export function failure(
  received: ReceivedResponse,
  ctx: SendContext,
  code: DropboxOAuthErrorCode,
  rawDescription: string | undefined,
  extra: { retryable?: boolean; retryAfterMs?: number | undefined } = {},
): DropboxOAuthError {
  const description = rawDescription === undefined ? undefined : sanitizeText(rawDescription, ctx.secrets) || undefined;
  const detail = description === undefined ? code : `${code} (${description})`;
  return oauthError(ctx.operation, code, `HTTP ${received.status} ${detail}`, {
    status: received.status,
    description,
    retryable: extra.retryable ?? false,
    retryAfterMs: extra.retryAfterMs,
    response: received.response,
  });
}

/** Maps a non-2xx response (or a 2xx carrying `error`) to a DropboxOAuthError. */
export function errorFromResponse(
  received: ReceivedResponse,
  ctx: SendContext,
  now: number,
  style: 'oauth' | 'api',
): DropboxOAuthError {
  const { status, text, headers } = received;
  const body = tryParseJson(text);
  const plain = looksLikeHtml(text) ? undefined : text;

  if (status === 429) {
    let retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
    if (retryAfterMs === undefined && isRecord(body) && typeof body['retry_after'] === 'number')
      retryAfterMs = body['retry_after'] * 1000;
    const parts = readOAuthErrorBody(body, 'rate_limited');
    return failure(received, ctx, 'rate_limited', parts?.description ?? plain, { retryable: true, retryAfterMs });
  }
  if (status >= 500) {
    const parts = readOAuthErrorBody(body, 'server_error');
    return failure(received, ctx, 'server_error', parts?.description ?? (plain || undefined), { retryable: true });
  }
  const fallback: DropboxOAuthErrorCode = style === 'oauth' ? 'invalid_request' : 'http_error';
  const parts = readOAuthErrorBody(body, fallback);
  if (parts) return failure(received, ctx, parts.code, parts.description);
  if (status === 400)
    return failure(received, ctx, style === 'api' ? 'bad_request' : 'invalid_request', plain || undefined);
  if (status >= 300 && status < 400)
    return failure(received, ctx, 'http_error', `unexpected redirect to ${headers.get('location') ?? 'nowhere'}`);
  return failure(received, ctx, status >= 200 && status < 300 ? 'invalid_response' : 'http_error', plain || undefined);
}
