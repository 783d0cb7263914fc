/**
 * The one error type every operation in this package throws. Callers branch on its fields
 * (`code`, `status`, `requiredScope`, `retryAfterMs`, ...), never on `message`.
 *
 * No secret (client secret, refresh token, access token, code, verifier) is ever placed in
 * `message`, `errorDescription`, `hint` or any other property, so `JSON.stringify(err)` and
 * `util.inspect(err)` stay clean.
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
  // invalid_request for a refresh token minted with the app secret, refreshed without it.
  | 'client_secret_required'
  // Dropbox API AuthError tags from /2 endpoints.
  | 'expired_access_token'
  | 'invalid_access_token'
  | 'missing_scope'
  | 'user_suspended'
  | 'route_access_denied'
  // A token for a whole Dropbox team used on a route that acts as one user, without selecting a member.
  | 'team_token_on_user_route'
  // A token for one user used on a route that needs a team token.
  | 'user_token_on_team_route'
  // Dropbox-API-Path-Root named a namespace that is not (or no longer) the account's.
  | 'invalid_path_root'
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
  | 'getAuthenticatedAdmin'
  | 'getTeamInfo'
  | 'tokenManager';

export interface DropboxOAuthErrorInit {
  code: DropboxOAuthErrorCode;
  operation: DropboxOperation;
  message: string;
  hint: string;
  status?: number | undefined;
  error?: string | undefined;
  errorDescription?: string | undefined;
  requiredScope?: string | undefined;
  retryable?: boolean | undefined;
  attempts?: number | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

// A registered symbol: two copies of this package (nested installs, bundles) recognise each other's errors.
const MARK = Symbol.for('@dropbox-token/core.DropboxOAuthError');

export class DropboxOAuthError extends Error {
  override readonly name = 'DropboxOAuthError';
  /** Stable machine-readable code, e.g. `invalid_grant`, `client_secret_required`, `timeout`. */
  readonly code: DropboxOAuthErrorCode;
  /** Which function failed. */
  readonly operation: DropboxOperation;
  /** What to do about it, in one neutral sentence; products give their own advice by `code`. */
  readonly hint: string;
  /** HTTP status of the last response, when there was one. */
  readonly status: number | undefined;
  /** The server's own error (`error`, or the AuthError `.tag`), when it sent one. */
  readonly error: string | undefined;
  /** The server's own description (`error_description` or `error_summary`), with any known secret removed. */
  readonly errorDescription: string | undefined;
  /** For `missing_scope`: the scope Dropbox says the call needs. */
  readonly requiredScope: string | undefined;
  /** Whether trying again later could succeed. */
  readonly retryable: boolean;
  /** How many HTTP attempts were made before giving up (0 when nothing was sent). */
  readonly attempts: number;
  /** For `rate_limited`: how long the server asked us to wait. */
  readonly retryAfterMs: number | undefined;

  constructor(init: DropboxOAuthErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.operation = init.operation;
    this.hint = init.hint;
    this.status = init.status;
    this.error = init.error;
    this.errorDescription = init.errorDescription;
    this.requiredScope = init.requiredScope;
    this.retryable = init.retryable ?? false;
    this.attempts = init.attempts ?? 0;
    this.retryAfterMs = init.retryAfterMs;
    Object.defineProperty(this, MARK, { value: true });
  }

  /** The same error after `attempts` attempts; `gaveUp` adds that to the message. */
  withAttempts(attempts: number, gaveUp = false): DropboxOAuthError {
    const message = gaveUp ? `${this.message}; gave up after ${attempts} attempts` : this.message;
    return new DropboxOAuthError({ ...this, message, attempts, cause: this.cause });
  }
}

/** True for a DropboxOAuthError from any copy of this package, not only this one's class. */
export function isDropboxOAuthError(value: unknown): value is DropboxOAuthError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARK] === true;
}
