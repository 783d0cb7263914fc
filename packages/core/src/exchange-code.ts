import { applyClientAuth } from './client-auth.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { parseTokenResponse } from './parse-token-response.js';
import { sendRequest } from './send-request.js';
import type { TokenSet } from './token-set.js';
import { endpoint, invalidOptions, optionalString, requireString, resolveUrl } from './validate.js';

export interface ExchangeCodeOptions extends CommonOptions {
  clientId: string;
  /** The app secret. Omit for a PKCE public client (then `codeVerifier` is required). */
  clientSecret?: string | undefined;
  /** The single-use authorization code from the redirect or the Dropbox page. */
  code: string;
  /** The PKCE verifier whose challenge was in the authorize URL. */
  codeVerifier?: string | undefined;
  /** Exactly the redirect URI used in the authorize URL, when one was used. */
  redirectUri?: string | undefined;
}

const OP = 'exchangeCode';

/** Trades an authorization code for tokens (grant `authorization_code`). Codes are single-use. */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet> {
  const clientId = requireString(OP, 'clientId', options.clientId);
  const clientSecret = optionalString(OP, 'clientSecret', options.clientSecret);
  const code = requireString(OP, 'code', options.code);
  const codeVerifier = optionalString(OP, 'codeVerifier', options.codeVerifier);
  const redirectUri = optionalString(OP, 'redirectUri', options.redirectUri);
  if (clientSecret === undefined && codeVerifier === undefined)
    throw invalidOptions(OP, 'pass `clientSecret`, or `codeVerifier` when the authorize URL used PKCE');
  const base = resolveUrl(OP, 'apiUrl', options.apiUrl, DEFAULT_API_URL);

  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  const form = new URLSearchParams({ grant_type: 'authorization_code', code });
  if (redirectUri !== undefined) form.set('redirect_uri', redirectUri);
  if (codeVerifier !== undefined) form.set('code_verifier', codeVerifier);
  applyClientAuth(headers, form, clientId, clientSecret);

  const now = options.now ?? Date.now;
  const ctx = { operation: OP, secrets: [clientSecret, code, codeVerifier] } as const;
  return sendRequest({ url: endpoint(base, '/oauth2/token'), headers, body: form.toString() }, options, ctx, (received) =>
    parseTokenResponse(received, ctx, now()),
  );
}
