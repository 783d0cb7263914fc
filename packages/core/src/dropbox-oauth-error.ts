/**
 * The one error type every operation in this package throws.
 *
 * `code` is stable and safe to branch on. `hint` tells a person what to do.
 * No secret (client secret, refresh token, access token, code, verifier) is ever
 * placed in `message`, `description`, `hint` or any other enumerable property;
 * the raw HTTP response is kept on a non-enumerable `response` property so that
 * `JSON.stringify(err)` and `util.inspect(err)` stay clean.
 */
export type DropboxOAuthErrorCode =
  // OAuth errors from the token endpoint (RFC 6749 §5.2) and the authorize redirect.
  | 'invalid_grant'
  | 'invalid_client'
  | 'invalid_request'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'access_denied'
  // Dropbox API AuthError tags from /2 endpoints.
  | 'expired_access_token'
  | 'invalid_access_token'
  | 'missing_scope'
  | 'user_suspended'
  | 'route_access_denied'
  // Transport and protocol problems.
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'rate_limited'
  | 'server_error'
  | 'invalid_response'
  | 'bad_request'
  | 'http_error'
  // The caller passed options that cannot work; nothing was sent.
  | 'invalid_options';

export type DropboxOperation =
  | 'buildAuthorizeUrl'
  | 'exchangeCode'
  | 'refreshAccessToken'
  | 'revokeToken'
  | 'getCurrentAccount'
  | 'tokenManager';

export interface DropboxOAuthErrorInit {
  code: DropboxOAuthErrorCode;
  operation: DropboxOperation;
  message: string;
  hint: string;
  status?: number | undefined;
  description?: string | undefined;
  retryable?: boolean | undefined;
  attempts?: number | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
  response?: Response | undefined;
}

export class DropboxOAuthError extends Error {
  override readonly name = 'DropboxOAuthError';
  /** Stable machine-readable code, e.g. `invalid_grant`, `timeout`. */
  readonly code: DropboxOAuthErrorCode;
  /** Which function failed. */
  readonly operation: DropboxOperation;
  /** What to do about it, in one sentence. */
  readonly hint: string;
  /** HTTP status of the last response, when there was one. */
  readonly status: number | undefined;
  /** The server's own description (e.g. `error_description`), with any known secret removed. */
  readonly description: string | undefined;
  /** Whether trying again later could succeed. */
  readonly retryable: boolean;
  /** How many HTTP attempts were made before giving up (0 when nothing was sent). */
  readonly attempts: number;
  /** For `rate_limited`: how long the server asked us to wait. */
  readonly retryAfterMs: number | undefined;
  /** The raw response (body already consumed). Non-enumerable so it is never serialised by accident. */
  declare readonly response: Response | undefined;

  constructor(init: DropboxOAuthErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.operation = init.operation;
    this.hint = init.hint;
    this.status = init.status;
    this.description = init.description;
    this.retryable = init.retryable ?? false;
    this.attempts = init.attempts ?? 0;
    this.retryAfterMs = init.retryAfterMs;
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false, writable: false });
  }

  /** The same error with the attempt count (and optionally the message) replaced; used by the retry loop. */
  withAttempts(attempts: number, message = this.message): DropboxOAuthError {
    return new DropboxOAuthError({ ...this, message, attempts, cause: this.cause, response: this.response });
  }
}

export function isDropboxOAuthError(value: unknown): value is DropboxOAuthError {
  return value instanceof DropboxOAuthError;
}
