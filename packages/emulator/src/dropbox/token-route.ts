import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBasicAuth, sendJson } from '../http-util.js';
import { ACCESS_TOKEN_LIFETIME_S, type DropboxApp, type DropboxState } from './dropbox-state.js';
import { TOKEN_ERRORS } from './oauth-errors.js';
import type { OAuthRoute } from './oauth-route.js';
import { idTokenFor, tokenAnswerJson } from './token-answer.js';

/** One grant of the token route, once the client is authenticated. */
type Grant = (res: ServerResponse, fields: URLSearchParams, auth: ClientAuth, state: DropboxState, now: number) => void;

type ErrorBody = { error: string; error_description: string };

const KNOWN_FIELDS = new Set([
  'grant_type',
  'code',
  'redirect_uri',
  'code_verifier',
  'refresh_token',
  'scope',
  'client_id',
  'client_secret',
  'locale',
]);

interface ClientAuth {
  app: DropboxApp;
  /** True when the secret was presented (confidential client). */
  withSecret: boolean;
}

function fail(res: ServerResponse, body: ErrorBody): void {
  // Dropbox answers every token-endpoint OAuth error with 400, client-auth failures included.
  sendJson(res, 400, body);
}

function authenticate(req: IncomingMessage, fields: URLSearchParams, state: DropboxState): ClientAuth | ErrorBody {
  const basic = parseBasicAuth(req.headers.authorization);
  if (basic !== undefined) {
    // Basic together with a client_id field is refused (reference: oslo#90, dropbox-sdk-js#769).
    if (fields.has('client_id')) return TOKEN_ERRORS.unknownClientIdField;
    const app = state.apps.get(basic.user);
    if (app === undefined || app.secret !== basic.password) return TOKEN_ERRORS.invalidClient;
    return { app, withSecret: true };
  }
  const clientId = fields.get('client_id');
  if (clientId === null) return TOKEN_ERRORS.noAuthFunction;
  const app = state.apps.get(clientId);
  if (app === undefined) return TOKEN_ERRORS.invalidClient;
  const secret = fields.get('client_secret');
  if (secret !== null) {
    if (secret !== app.secret) return TOKEN_ERRORS.invalidClient;
    return { app, withSecret: true };
  }
  return { app, withSecret: false };
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** `POST /oauth2/token`: both grants, form fields in the body or (as the JS SDK sends them) in the query. */
export const handleToken: OAuthRoute = (req, res, url, rawBody, state, now) => {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'invalid_request', error_description: 'use POST' }, { allow: 'POST' });
    return;
  }
  const fields = new URLSearchParams(url.search);
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (rawBody.length > 0) {
    if (contentType !== 'application/x-www-form-urlencoded') {
      fail(res, {
        error: 'invalid_request',
        error_description: 'request body must be application/x-www-form-urlencoded',
      });
      return;
    }
    for (const [name, value] of new URLSearchParams(rawBody)) fields.append(name, value);
  }
  for (const name of fields.keys()) {
    if (!KNOWN_FIELDS.has(name)) return fail(res, TOKEN_ERRORS.unknownField(name));
  }
  const grantType = fields.get('grant_type');
  if (grantType === null) return fail(res, TOKEN_ERRORS.missingField('grant_type'));
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token')
    return fail(res, TOKEN_ERRORS.unsupportedGrant);

  const auth = authenticate(req, fields, state);
  if ('error' in auth) return fail(res, auth);
  if (grantType === 'authorization_code') return exchange(res, fields, auth, state, now);
  return refresh(res, fields, auth, state, now);
};

const exchange: Grant = (res, fields, auth, state, now) => {
  const code = fields.get('code');
  if (code === null) return fail(res, TOKEN_ERRORS.missingField('code'));
  const record = state.codes.get(code);
  if (record === undefined || record.used || record.expiresAt <= now || record.appKey !== auth.app.key)
    return fail(res, TOKEN_ERRORS.codeNotFound);
  // Codes are single-use: any further attempt sees "doesn't exist", whatever this one's outcome.
  // UNCONFIRMED whether Dropbox also burns a code on a failed attempt; we do, as RFC 6749 §10.5 advises.
  record.used = true;

  const redirectUri = fields.get('redirect_uri') ?? undefined;
  // UNCONFIRMED whether redirect_uri may be left out after being used at authorize; RFC 6749 §4.1.3 requires it.
  if (redirectUri !== record.redirectUri) return fail(res, TOKEN_ERRORS.redirectMismatch);

  const verifier = fields.get('code_verifier');
  if (record.codeChallenge !== undefined) {
    if (verifier === null) return fail(res, auth.withSecret ? TOKEN_ERRORS.badVerifier : TOKEN_ERRORS.noAuthFunction);
    if (s256(verifier) !== record.codeChallenge) return fail(res, TOKEN_ERRORS.badVerifier);
  } else if (!auth.withSecret) {
    // A public client without PKCE has nothing to authenticate with.
    return fail(res, TOKEN_ERRORS.noAuthFunction);
  }

  const publicClient = !auth.withSecret;
  const refreshToken =
    record.tokenAccessType === 'offline'
      ? state.mintRefreshToken({
          appKey: auth.app.key,
          scopes: record.scopes,
          publicClient,
          revoked: false,
          subject: record.subject,
        })
      : undefined;
  const legacy = record.tokenAccessType === 'legacy';
  const accessToken = state.mintAccessToken({
    appKey: auth.app.key,
    scopes: record.scopes,
    expiresAt: legacy ? Number.POSITIVE_INFINITY : now + ACCESS_TOKEN_LIFETIME_S * 1000,
    refreshToken,
    revoked: false,
    subject: record.subject,
  });
  const answer = {
    accessToken,
    expiresIn: legacy ? undefined : ACCESS_TOKEN_LIFETIME_S,
    refreshToken,
    scope: record.scopes.join(' '),
    subject: record.subject,
    idToken: idTokenFor(state, record, now),
  };
  sendJson(res, 200, tokenAnswerJson(answer));
};

const refresh: Grant = (res, fields, auth, state, now) => {
  const token = fields.get('refresh_token');
  if (token === null) return fail(res, TOKEN_ERRORS.missingField('refresh_token'));
  // Our refresh tokens are 64 base64url characters; anything that cannot be one is "malformed".
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return fail(res, TOKEN_ERRORS.refreshMalformed);
  const record = state.refreshTokens.get(token);
  if (record === undefined || record.revoked || record.appKey !== auth.app.key)
    return fail(res, TOKEN_ERRORS.refreshInvalid);
  if (!record.publicClient && !auth.withSecret) return fail(res, TOKEN_ERRORS.noAuthFunction);

  let scopes = record.scopes;
  const scopeField = fields.get('scope');
  if (scopeField !== null) {
    const asked = scopeField.split(' ').filter((s) => s.length > 0);
    if (asked.length === 0 || asked.some((s) => !record.scopes.includes(s)))
      return fail(res, TOKEN_ERRORS.scopeNotSubset);
    scopes = asked;
  }
  const accessToken = state.mintAccessToken({
    appKey: auth.app.key,
    scopes,
    expiresAt: now + ACCESS_TOKEN_LIFETIME_S * 1000,
    refreshToken: token,
    revoked: false,
    subject: record.subject,
  });
  // A refresh answer never carries a refresh_token: Dropbox refresh tokens do not rotate.
  // UNCONFIRMED when Dropbox includes `scope` in a refresh answer (the Java SDK reads it as optional);
  // we include it only when the request narrowed the scope.
  const answer = {
    accessToken,
    expiresIn: ACCESS_TOKEN_LIFETIME_S,
    scope: scopeField === null ? undefined : scopes.join(' '),
  };
  sendJson(res, 200, tokenAnswerJson(answer));
};
