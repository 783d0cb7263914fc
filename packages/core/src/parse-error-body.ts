import { parseRetryAfter } from './backoff.js';
import { DropboxOAuthError, type DropboxOAuthErrorCode } from './dropbox-oauth-error.js';
import { OPERATION_LABELS, hintFor } from './hints.js';
import { sanitizeText } from './redact.js';
import type { ReceivedResponse, SendContext } from './send-request.js';

const OAUTH_CODES = new Set<DropboxOAuthErrorCode>([
  'invalid_grant',
  'invalid_client',
  'invalid_request',
  'invalid_scope',
  'unauthorized_client',
  'unsupported_grant_type',
  'access_denied',
]);

const AUTH_ERROR_TAGS = new Set<DropboxOAuthErrorCode>([
  'expired_access_token',
  'invalid_access_token',
  'missing_scope',
  'user_suspended',
  'route_access_denied',
]);

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
    if (colon && OAUTH_CODES.has(colon[1] as DropboxOAuthErrorCode))
      return { code: colon[1] as DropboxOAuthErrorCode, description: description ?? colon[2] };
    if (OAUTH_CODES.has(error as DropboxOAuthErrorCode)) return { code: error as DropboxOAuthErrorCode, description };
    return { code: fallback, description: description ?? error };
  }
  if (isRecord(error)) {
    const tag = error['.tag'];
    const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
    if (typeof tag === 'string' && AUTH_ERROR_TAGS.has(tag as DropboxOAuthErrorCode))
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
  return new DropboxOAuthError({
    code,
    operation: ctx.operation,
    status: received.status,
    description,
    message: `${OPERATION_LABELS[ctx.operation]} failed: HTTP ${received.status} ${detail}.`,
    hint: hintFor(code, description, ctx.operation),
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
  if (status === 400) return failure(received, ctx, style === 'api' ? 'bad_request' : 'invalid_request', plain || undefined);
  if (status >= 300 && status < 400)
    return failure(received, ctx, 'http_error', `unexpected redirect to ${headers.get('location') ?? 'nowhere'}`);
  return failure(received, ctx, status >= 200 && status < 300 ? 'invalid_response' : 'http_error', plain || undefined);
}
