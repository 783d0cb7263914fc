import {
  DropboxOAuthError,
  type DropboxOAuthErrorCode,
  type DropboxOAuthErrorInit,
  type DropboxOperation,
} from './dropbox-oauth-error.js';

const MINT = 'mint a new one with `npx @dropbox-token/bootstrap`.';
const CONSOLE = ' in the Dropbox App Console.';

const HINTS: Partial<Record<DropboxOAuthErrorCode, string>> = {
  invalid_client: `Check the app key and secret${CONSOLE}`,
  invalid_scope: 'Ask only for scopes the app has been granted.',
  access_denied: 'Authorize again and click Allow.',
  expired_access_token: 'Refresh the access token and retry.',
  invalid_access_token: `Refresh the token; if the app was unlinked, ${MINT}`,
  missing_scope: `Enable the scope, then authorize again:${CONSOLE}`,
  network: 'Check the network, HTTPS_PROXY/NO_PROXY and apiUrl.',
  timeout: 'Retry later, or raise the timeout.',
  rate_limited: 'Wait for Retry-After; cache access tokens.',
  server_error: 'Retry in a few minutes (status.dropbox.com).',
  invalid_response: 'Check that apiUrl points at Dropbox.',
  http_error: 'Check that apiUrl points at Dropbox.',
  invalid_options: 'Fix the options; nothing was sent.',
};

/** One sentence telling a person what to do about an error. */
export function hintFor(
  code: DropboxOAuthErrorCode,
  description: string | undefined,
  operation: DropboxOperation,
): string {
  const text = (description ?? '').toLowerCase();
  if (code === 'invalid_grant') {
    if (text.includes('redirect_uri')) return 'Send the redirect_uri used at authorize.';
    if (text.includes('code') || operation === 'exchangeCode')
      return 'Codes are single-use and expire in minutes: authorize again.';
    return `The refresh token is revoked or malformed: ${MINT}`;
  }
  if (text.includes('no auth function')) return 'The token was not issued with PKCE: pass clientSecret.';
  return HINTS[code] ?? `See the description; check the app${CONSOLE}`;
}

/** The one place errors are made: `<operation> failed: <detail>.` plus the hint for the code. */
export function oauthError(
  operation: DropboxOperation,
  code: DropboxOAuthErrorCode,
  detail: string,
  extra: Partial<DropboxOAuthErrorInit> = {},
): DropboxOAuthError {
  return new DropboxOAuthError({
    code,
    operation,
    message: `${operation} failed: ${detail}.`,
    hint: hintFor(code, extra.description, operation),
    ...extra,
  });
}
