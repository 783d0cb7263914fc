import {
  DropboxOAuthError,
  type DropboxOAuthErrorCode,
  type DropboxOAuthErrorInit,
  type DropboxOperation,
} from './dropbox-oauth-error.js';

// A library's advice: neutral, naming only this package's own options. Products keep their own tables.
const HINTS: Partial<Record<DropboxOAuthErrorCode, string>> = {
  invalid_grant: 'The refresh token is revoked or malformed: authorize again.',
  invalid_client: 'Check the app key and secret.',
  client_secret_required: 'The token was not minted with PKCE: pass clientSecret.',
  invalid_scope: 'Ask only for scopes the app was granted.',
  access_denied: 'Authorize again and allow access.',
  expired_access_token: 'Refresh the access token.',
  invalid_access_token: 'Refresh the token, or authorize again.',
  missing_scope: 'Enable the scope, then authorize again.',
  network: 'Check the network and apiUrl.',
  timeout: 'Retry later, or raise timeoutMs.',
  rate_limited: 'Wait for retryAfterMs.',
  server_error: 'Retry later.',
  invalid_response: 'Check apiUrl.',
  http_error: 'Check apiUrl.',
  invalid_options: 'Fix the options; nothing was sent.',
};

/** One neutral sentence on what to do about an error, by code (and operation, for codes). */
export function hintFor(code: DropboxOAuthErrorCode, operation: DropboxOperation): string {
  if (code === 'invalid_grant' && operation === 'exchangeCode') return 'Codes are single-use and expire in minutes.';
  return HINTS[code] ?? 'See errorDescription.';
}

/** The one place errors are made: the message is `<operation> failed: <detail>` (no final period). */
export function oauthError(
  operation: DropboxOperation,
  code: DropboxOAuthErrorCode,
  detail: string,
  extra: Partial<DropboxOAuthErrorInit> = {},
): DropboxOAuthError {
  return new DropboxOAuthError({
    code,
    operation,
    message: `${operation} failed: ${detail}`,
    hint: hintFor(code, operation),
    ...extra,
  });
}
