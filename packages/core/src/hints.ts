import type { DropboxOAuthErrorCode, DropboxOperation } from './dropbox-oauth-error.js';

const BOOTSTRAP = 'npx @dropbox-token/bootstrap';

export const OPERATION_LABELS: Record<DropboxOperation, string> = {
  buildAuthorizeUrl: 'Building the authorize URL',
  exchangeCode: 'Code exchange',
  refreshAccessToken: 'Token refresh',
  revokeToken: 'Token revoke',
  getCurrentAccount: 'Account check',
  tokenManager: 'Token manager',
};

/** One sentence telling a person what to do about an error. */
export function hintFor(code: DropboxOAuthErrorCode, description: string | undefined, operation: DropboxOperation): string {
  const text = (description ?? '').toLowerCase();
  switch (code) {
    case 'invalid_grant':
      if (text.includes('redirect_uri'))
        return 'Send the exact redirect_uri that was used to build the authorize URL, or none if none was used.';
      if (text.includes('code') || operation === 'exchangeCode')
        return 'Authorization codes are single-use and expire within minutes: start the authorization again and exchange the new code at once.';
      if (text.includes('code_verifier') || text.includes('pkce'))
        return 'Send the code_verifier that belongs to the code_challenge used at authorize.';
      return `The refresh token is invalid, revoked or malformed (the app may have been unlinked): mint a new one with \`${BOOTSTRAP}\`.`;
    case 'invalid_client':
      return 'Check the app key and app secret: copy both again from the Dropbox App Console (Settings tab).';
    case 'invalid_request':
      if (text.includes('no auth function available'))
        return 'This refresh token was not issued with PKCE, so the app secret is required: pass clientSecret (app-secret).';
      if (text.includes('unknown field "client_id"'))
        return 'Send client credentials either by HTTP Basic or in the body, not both.';
      return 'Dropbox rejected the request as malformed; check the options passed (see description).';
    case 'invalid_scope':
      return 'Ask only for scopes enabled on the app in the App Console (Permissions tab), and on refresh only a subset of those granted.';
    case 'unauthorized_client':
    case 'unsupported_grant_type':
      return 'Check the app type and its settings in the Dropbox App Console.';
    case 'access_denied':
      return 'The user declined access; run the authorization again and click Allow.';
    case 'expired_access_token':
      return 'Refresh the access token (they last 4 hours) and retry.';
    case 'invalid_access_token':
      return `The access token is invalid or revoked; refresh it, or if the app was unlinked mint a new refresh token with \`${BOOTSTRAP}\`.`;
    case 'missing_scope':
      return 'Enable the missing scope in the App Console (Permissions tab), then authorize again so the refresh token carries it.';
    case 'user_suspended':
      return 'The Dropbox account is suspended; contact Dropbox support.';
    case 'route_access_denied':
      return 'This app is not allowed to call this endpoint; check the app type and permissions.';
    case 'network':
      return 'Could not reach Dropbox: check the network, proxy settings (HTTPS_PROXY, NO_PROXY) and apiUrl.';
    case 'timeout':
      return 'Dropbox did not answer in time: retry later, raise the timeout, or check the network and proxy.';
    case 'aborted':
      return 'The operation was cancelled by its AbortSignal.';
    case 'rate_limited':
      return 'Dropbox is rate limiting this app: wait for the Retry-After period and try again, and cache access tokens instead of refreshing on every call.';
    case 'server_error':
      return 'Dropbox is having trouble (see status.dropbox.com): retry in a few minutes.';
    case 'invalid_response':
      return 'The answer was not a Dropbox response: check that apiUrl points at Dropbox (or a proxy that passes responses through unchanged).';
    case 'bad_request':
      return 'Dropbox rejected the request body (see description).';
    case 'http_error':
      return 'Unexpected HTTP status from Dropbox: check apiUrl and see the description.';
    case 'invalid_options':
      return 'Fix the options passed to this function; nothing was sent.';
  }
}
