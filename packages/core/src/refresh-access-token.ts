import { applyClientAuth } from './client-auth.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { parseTokenResponse } from './parse-token-response.js';
import { sendRequest } from './send-request.js';
import type { TokenSet } from './token-set.js';
import { endpoint, normalizeScopes, optionalString, requireString, resolveUrl } from './validate.js';

export interface RefreshAccessTokenOptions extends CommonOptions {
  clientId: string;
  /** Required when the refresh token was minted with the app secret; omit for PKCE-issued tokens. */
  clientSecret?: string | undefined;
  refreshToken: string;
  /** Ask for a narrower token: a subset of the scopes originally granted. */
  scope?: string[] | undefined;
}

const OP = 'refreshAccessToken';

/** Trades the long-lived refresh token for a fresh 4-hour access token (grant `refresh_token`). */
export async function refreshAccessToken(options: RefreshAccessTokenOptions): Promise<TokenSet> {
  const clientId = requireString(OP, 'clientId', options.clientId);
  const clientSecret = optionalString(OP, 'clientSecret', options.clientSecret);
  const refreshToken = requireString(OP, 'refreshToken', options.refreshToken);
  const scopes = normalizeScopes(OP, options.scope);
  const base = resolveUrl(OP, 'apiUrl', options.apiUrl, DEFAULT_API_URL);

  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
  if (scopes !== undefined && scopes.length > 0) form.set('scope', scopes.join(' '));
  applyClientAuth(headers, form, clientId, clientSecret);

  const now = options.now ?? Date.now;
  const ctx = { operation: OP, secrets: [clientSecret, refreshToken] } as const;
  return sendRequest({ url: endpoint(base, '/oauth2/token'), headers, body: form.toString() }, options, ctx, (received) => {
    const tokens = parseTokenResponse(received, ctx, now());
    // Dropbox never rotates refresh tokens; a refresh answer carries none. Drop one if a proxy adds it.
    delete tokens.refreshToken;
    return tokens;
  });
}
