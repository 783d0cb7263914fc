import type { CommonOptions } from './options.js';
import { postTokenRequest } from './post-token-request.js';
import type { TokenSet } from './token-set.js';
import { invalidOptions, optionalString, requireString } from './validate.js';

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
  const id = requireString(OP, 'clientId', options.clientId);
  const secret = optionalString(OP, 'clientSecret', options.clientSecret);
  const code = requireString(OP, 'code', options.code);
  const codeVerifier = optionalString(OP, 'codeVerifier', options.codeVerifier);
  const redirectUri = optionalString(OP, 'redirectUri', options.redirectUri);
  if (secret === undefined && codeVerifier === undefined)
    throw invalidOptions(OP, 'pass `clientSecret`, or `codeVerifier` for PKCE');
  const form = new URLSearchParams({ grant_type: 'authorization_code', code });
  if (redirectUri !== undefined) form.set('redirect_uri', redirectUri);
  if (codeVerifier !== undefined) form.set('code_verifier', codeVerifier);
  return postTokenRequest(OP, options, form, { id, secret }, [code, codeVerifier]);
}
