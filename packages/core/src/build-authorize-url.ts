import { DEFAULT_AUTHORIZE_URL } from './options.js';
import {
  invalidOptions,
  normalizeScopes,
  optionalString,
  optionalText,
  requireString,
  resolveUrl,
} from './validate.js';
import { isSecureOrLoopbackUrl } from './validate-values.js';

export type TokenAccessType = 'offline' | 'online' | 'legacy';

export interface BuildAuthorizeUrlOptions {
  /** The app key. */
  clientId: string;
  /** Where Dropbox sends the user back; must be registered exactly (path included). Omit to show the code on screen. */
  redirectUri?: string | undefined;
  /** CSRF value (≤ 500 bytes) returned unchanged on the redirect. Use `createState()`. */
  state?: string | undefined;
  /** Scopes to ask for; omitted (or empty) asks for all the app's scopes. */
  scope?: string[] | undefined;
  /** Default `offline`, which is what yields a refresh token. */
  tokenAccessType?: TokenAccessType | undefined;
  /** Merge scopes granted before (`user` or `team`); only valid together with `scope`. */
  includeGrantedScopes?: 'user' | 'team' | undefined;
  /** Show the consent screen even if the user approved before. */
  forceReapprove?: boolean | undefined;
  /** PKCE S256 challenge from `createPkcePair()`. */
  codeChallenge?: string | undefined;
  /** Default `https://www.dropbox.com/oauth2/authorize`. */
  authorizeUrl?: string | URL | undefined;
}

const OP = 'buildAuthorizeUrl';

const CHOICES = [
  ['tokenAccessType', 'token_access_type', ['offline', 'online', 'legacy']],
  ['includeGrantedScopes', 'include_granted_scopes', ['user', 'team']],
] as const;

/**
 * Builds the URL a person opens to link the app. Sends only parameters Dropbox knows. Rarer ones
 * (`locale`, `require_role`, `disable_signup`, `force_reauthentication`) can be added to the
 * returned URL's `searchParams`.
 */
export function buildAuthorizeUrl(options: BuildAuthorizeUrlOptions): URL {
  const clientId = requireString(OP, 'clientId', options.clientId);
  const url = resolveUrl(OP, 'authorizeUrl', options.authorizeUrl, DEFAULT_AUTHORIZE_URL);
  const params = url.searchParams;
  params.set('client_id', clientId);
  params.set('response_type', 'code');

  const redirectUri = optionalString(OP, 'redirectUri', options.redirectUri);
  if (redirectUri !== undefined) params.set('redirect_uri', checkRedirectUri(redirectUri));
  const state = optionalText(OP, 'state', options.state);
  if (state !== undefined) {
    if (new TextEncoder().encode(state).byteLength > 500) throw invalidOptions(OP, '`state` must be at most 500 bytes');
    params.set('state', state);
  }
  const scopes = normalizeScopes(OP, options.scope) ?? [];
  if (scopes.length > 0) params.set('scope', scopes.join(' '));

  const values: Record<string, unknown> = { ...options, tokenAccessType: options.tokenAccessType ?? 'offline' };
  for (const [name, param, allowed] of CHOICES) {
    const value = values[name];
    if (value === undefined) continue;
    if (!(allowed as readonly unknown[]).includes(value))
      throw invalidOptions(OP, `\`${name}\` must be ${allowed.map((a) => `"${a}"`).join(' or ')}`);
    params.set(param, value as string);
  }
  if (options.includeGrantedScopes !== undefined && scopes.length === 0)
    throw invalidOptions(OP, '`includeGrantedScopes` needs a `scope`');
  if (options.forceReapprove) params.set('force_reapprove', 'true');

  if (options.codeChallenge !== undefined) {
    if (!/^[A-Za-z0-9_-]{43}$/.test(options.codeChallenge))
      throw invalidOptions(OP, '`codeChallenge` must come from createPkcePair()');
    params.set('code_challenge', options.codeChallenge);
    params.set('code_challenge_method', 'S256');
  }
  return url;
}

function checkRedirectUri(redirectUri: string): string {
  if (!URL.canParse(redirectUri)) throw invalidOptions(OP, '`redirectUri` must be an absolute URL');
  if (!isSecureOrLoopbackUrl(redirectUri))
    throw invalidOptions(OP, '`redirectUri` must be https, or http on localhost');
  if (new URL(redirectUri).hash !== '') throw invalidOptions(OP, '`redirectUri` must not have a #fragment');
  return redirectUri;
}
