import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from '../http-util.js';
import {
  type ConsentMode,
  CODE_LIFETIME_MS,
  type DropboxApp,
  type DropboxState,
  type TokenSubject,
  isTeamScope,
} from './dropbox-state.js';
import { ACCESS_DENIED_DESCRIPTION, INVALID_REDIRECT_URI_PAGE } from './oauth-errors.js';
import type { OAuthRoute } from './oauth-route.js';
import { codePage, consentPage, deniedPage, errorPage } from './pages.js';

const KNOWN_PARAMS = new Set([
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'require_role',
  'force_reapprove',
  'disable_signup',
  'locale',
  'force_reauthentication',
  'token_access_type',
  'scope',
  'include_granted_scopes',
  'code_challenge',
  'code_challenge_method',
  // With the openid scope: echoed in the id_token (reference §11, the developers.dropbox.com OIDC guide).
  'nonce',
]);

interface ValidAuthorization {
  app: DropboxApp;
  redirectUri: string | undefined;
  state: string | undefined;
  scopes: string[];
  tokenAccessType: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  nonce: string | undefined;
}

/** The scopes asked for (all the app's, but OpenID's, when none are named), or the problem text. */
function requestedScopes(params: URLSearchParams, appScopes: string[]): string[] | string {
  const scopeParam = params.get('scope');
  let scopes = appScopes.filter((s) => !['openid', 'email', 'profile'].includes(s));
  if (scopeParam !== null) {
    const asked = scopeParam.split(' ').filter((s) => s.length > 0);
    if (asked.length === 0) return 'Invalid scope: the scope parameter is empty.';
    const unknown = asked.find((s) => !appScopes.includes(s));
    if (unknown !== undefined) return `Invalid scope: "${unknown}" is not enabled for this app.`;
    scopes = asked;
  }
  const include = params.get('include_granted_scopes');
  if (include !== null) {
    if (include !== 'user' && include !== 'team') return 'Invalid include_granted_scopes: expected "user" or "team".';
    if (scopeParam === null) return 'include_granted_scopes requires scope.';
  }
  return scopes;
}

/** The PKCE parameters' problem text, if any. */
function pkceProblem(codeChallenge: string | undefined, method: string | undefined): string | undefined {
  if (method !== undefined && codeChallenge === undefined) return 'code_challenge_method requires code_challenge.';
  if (codeChallenge === undefined) return undefined;
  // UNCONFIRMED: whether Dropbox accepts "plain"; every official SDK sends S256, and so do we require it.
  if ((method ?? 'plain') !== 'S256') return 'Invalid code_challenge_method: expected "S256".';
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(codeChallenge)) return 'Invalid code_challenge.';
  return undefined;
}

/** Checks the authorize parameters as Dropbox does; returns the problem text for a 400 page, or the parsed request. */
function validate(params: URLSearchParams, state: DropboxState): ValidAuthorization | string {
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) return `unknown field "${name}"`;
  }
  const clientId = params.get('client_id');
  if (clientId === null || clientId === '') return 'Missing client_id.';
  const app = state.apps.get(clientId);
  if (app === undefined) return `Invalid client_id: "${clientId}"`;
  const responseType = params.get('response_type');
  if (responseType === null) return 'Missing response_type.';
  // The implicit ("token") flow is legacy and not emulated.
  if (responseType !== 'code') return `Invalid response_type: "${responseType}". This emulator supports "code".`;
  const redirectUri = params.get('redirect_uri') ?? undefined;
  if (redirectUri !== undefined && !app.redirectUris.includes(redirectUri)) return INVALID_REDIRECT_URI_PAGE;
  const tokenAccessType = params.get('token_access_type') ?? 'online';
  if (!['offline', 'online', 'legacy'].includes(tokenAccessType))
    return `Invalid token_access_type: "${tokenAccessType}". Expected "offline", "online" or "legacy".`;
  const stateParam = params.get('state') ?? undefined;
  if (stateParam !== undefined && Buffer.byteLength(stateParam) > 500) return 'state is longer than 500 bytes.';
  const scopes = requestedScopes(params, app.scopes);
  if (typeof scopes === 'string') return scopes;
  const codeChallenge = params.get('code_challenge') ?? undefined;
  const method = params.get('code_challenge_method') ?? undefined;
  const challengeProblem = pkceProblem(codeChallenge, method);
  if (challengeProblem !== undefined) return challengeProblem;
  const nonce = params.get('nonce') ?? undefined;
  // UNCONFIRMED: Dropbox's text for a nonce without openid, and its length limit; we refuse the first, cap at 500 bytes.
  if (nonce !== undefined && !scopes.includes('openid')) return 'nonce requires the openid scope.';
  if (nonce !== undefined && Buffer.byteLength(nonce) > 500) return 'nonce is longer than 500 bytes.';
  return {
    app,
    redirectUri,
    state: stateParam,
    scopes,
    tokenAccessType,
    codeChallenge,
    codeChallengeMethod: method,
    nonce,
  };
}

function redirectWith(res: ServerResponse, redirectUri: string, fields: Record<string, string | undefined>): void {
  const target = new URL(redirectUri);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) target.searchParams.set(name, value);
  res.writeHead(302, { location: target.href, 'cache-control': 'no-store', 'content-length': '0' });
  res.end();
}

/**
 * Whom the code will be for: the signed-in account, or, when the scopes include team scopes, the
 * whole team, which only one of its admins can link (reference §9). UNCONFIRMED: what Dropbox shows a
 * non-admin; we answer as a refusal.
 */
function subjectOf(state: DropboxState, scopes: string[]): TokenSubject | undefined {
  const account = state.signedIn;
  if (!scopes.some(isTeamScope)) return { accountId: account.accountId };
  const membership = account.membership;
  if (membership === undefined || !membership.admin) return undefined;
  return { teamId: membership.team.teamId, adminAccountId: account.accountId };
}

function decide(
  res: ServerResponse,
  auth: ValidAuthorization,
  state: DropboxState,
  approve: boolean,
  now: number,
): void {
  const subject = approve ? subjectOf(state, auth.scopes) : undefined;
  if (subject === undefined) {
    if (auth.redirectUri === undefined) {
      sendHtml(res, 200, deniedPage(auth.app));
      return;
    }
    redirectWith(res, auth.redirectUri, {
      error: 'access_denied',
      error_description: ACCESS_DENIED_DESCRIPTION,
      state: auth.state,
    });
    return;
  }
  const code = state.mintCode({
    appKey: auth.app.key,
    redirectUri: auth.redirectUri,
    codeChallenge: auth.codeChallenge,
    codeChallengeMethod: auth.codeChallengeMethod,
    scopes: auth.scopes,
    tokenAccessType: auth.tokenAccessType,
    expiresAt: now + CODE_LIFETIME_MS,
    used: false,
    subject,
    nonce: auth.nonce,
  });
  if (auth.redirectUri === undefined) {
    sendHtml(res, 200, codePage(auth.app, code));
    return;
  }
  redirectWith(res, auth.redirectUri, { code, state: auth.state });
}

function consentModeFor(req: IncomingMessage, state: DropboxState): ConsentMode {
  const header = req.headers['x-emulator-consent'];
  if (header === 'approve' || header === 'deny' || header === 'page') return header;
  return state.consent;
}

/** `GET /oauth2/authorize` (and the consent form's `POST`). */
export const handleAuthorize: OAuthRoute = (req, res, url, rawBody, state, now) => {
  let params = url.searchParams;
  let decision: string | null = null;
  if (req.method === 'POST') {
    params = new URLSearchParams(rawBody);
    decision = params.get('decision');
    params.delete('decision');
  } else if (req.method !== 'GET') {
    sendHtml(res, 405, errorPage('Method not allowed.'), { allow: 'GET' });
    return;
  }
  const auth = validate(params, state);
  if (typeof auth === 'string') {
    sendHtml(res, 400, errorPage(auth));
    return;
  }
  if (decision !== null) {
    decide(res, auth, state, decision === 'allow', now);
    return;
  }
  const mode = consentModeFor(req, state);
  if (mode === 'page') {
    sendHtml(res, 200, consentPage(auth.app, state.signedIn, auth.scopes, [...params.entries()]));
    return;
  }
  decide(res, auth, state, mode === 'approve', now);
};
