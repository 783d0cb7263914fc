import type { CommonOptions } from './options.js';
import { postTokenRequest } from './post-token-request.js';
import type { TokenSet } from './token-set.js';
import { normalizeScopes, optionalString, requireString } from './validate.js';

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
  const id = requireString(OP, 'clientId', options.clientId);
  const secret = optionalString(OP, 'clientSecret', options.clientSecret);
  const refreshToken = requireString(OP, 'refreshToken', options.refreshToken);
  const scopes = normalizeScopes(OP, options.scope) ?? [];
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
  if (scopes.length > 0) form.set('scope', scopes.join(' '));
  const tokens = await postTokenRequest(OP, options, form, { id, secret }, [refreshToken]);
  // Dropbox never rotates refresh tokens; a refresh answer carries none. Drop one if a proxy adds it.
  delete tokens.refreshToken;
  return tokens;
}
