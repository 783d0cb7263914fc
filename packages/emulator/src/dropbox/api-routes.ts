import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBearer, sendJson, sendText } from '../http-util.js';
import type { AccessTokenRecord, DropboxState } from './dropbox-state.js';

const WWW_AUTHENTICATE = { 'www-authenticate': 'Bearer realm="Dropbox-API"' };

/** Dropbox appends a random number of dots to error_summary so that nobody string-compares it. */
function summary(tag: string): string {
  return `${tag}/${'.'.repeat(1 + Math.floor(Math.random() * 3))}`;
}

function authError(res: ServerResponse, tag: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, 401, { error_summary: summary(tag), error: { '.tag': tag, ...extra } }, WWW_AUTHENTICATE);
}

function routeName(path: string): string {
  return path.replace(/^\/2\//, '');
}

function badInput(res: ServerResponse, path: string, problem: string): void {
  // 400 answers from /2 routes are plain text, not JSON.
  sendText(res, 400, `Error in call to API function "${routeName(path)}": ${problem}`);
}

/** Authenticates a Bearer call; answers the error itself and returns undefined when it fails. */
function authenticate(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  state: DropboxState,
  now: number,
  scope?: string,
) {
  const header = req.headers.authorization;
  if (header === undefined) {
    badInput(res, path, 'Must provide HTTP header "Authorization" or URL parameter "authorization".');
    return undefined;
  }
  const token = parseBearer(header);
  if (token === undefined) {
    badInput(
      res,
      path,
      'Invalid authorization value in HTTP header "Authorization": expected "Bearer <oauth2-access-token>".',
    );
    return undefined;
  }
  const record = state.accessTokens.get(token);
  if (record === undefined || record.revoked) {
    authError(res, 'invalid_access_token');
    return undefined;
  }
  if (record.expiresAt <= now) {
    authError(res, 'expired_access_token');
    return undefined;
  }
  if (scope !== undefined && !record.scopes.includes(scope)) {
    authError(res, 'missing_scope', { required_scope: scope });
    return undefined;
  }
  return { token, record };
}

/** A no-argument RPC route accepts no body, or `null` as JSON. */
function checkNoArguments(req: IncomingMessage, res: ServerResponse, path: string, rawBody: string): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (rawBody.trim() === '' || (type === 'application/json' && rawBody.trim() === 'null')) return true;
  if (type !== 'application/json') {
    badInput(
      res,
      path,
      `Bad HTTP "Content-Type" header: "${type}". Expecting one of "application/json", "application/json; charset=utf-8", "text/plain; charset=dropbox-cors-hack".`,
    );
    return false;
  }
  badInput(res, path, 'request body: could not decode input as JSON');
  return false;
}

function fullAccount(state: DropboxState, record: AccessTokenRecord) {
  const a = state.account;
  void record;
  return {
    account_id: a.accountId,
    name: {
      given_name: a.givenName,
      surname: a.surname,
      familiar_name: a.givenName,
      display_name: a.displayName,
      abbreviated_name: `${a.givenName[0]}${a.surname[0]}`,
    },
    email: a.email,
    email_verified: true,
    disabled: false,
    country: a.country,
    locale: 'en',
    referral_link: 'https://www.dropbox.com/referrals/AAemulator',
    is_paired: false,
    account_type: { '.tag': 'basic' },
    root_info: { '.tag': 'user', root_namespace_id: '3235641', home_namespace_id: '3235641' },
  };
}

/** `/2/...` RPC routes: `users/get_current_account`, `check/user`, `auth/token/revoke`. */
export function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  rawBody: string,
  state: DropboxState,
  now: number,
): void {
  if (req.method !== 'POST') {
    badInput(res, path, 'Expected POST.');
    return;
  }
  switch (path) {
    case '/2/users/get_current_account': {
      const auth = authenticate(req, res, path, state, now, 'account_info.read');
      if (auth === undefined || !checkNoArguments(req, res, path, rawBody)) return;
      sendJson(res, 200, fullAccount(state, auth.record));
      return;
    }
    case '/2/auth/token/revoke': {
      const auth = authenticate(req, res, path, state, now);
      if (auth === undefined || !checkNoArguments(req, res, path, rawBody)) return;
      state.revoke(auth.token);
      sendJson(res, 200, null);
      return;
    }
    case '/2/check/user': {
      const auth = authenticate(req, res, path, state, now, 'account_info.read');
      if (auth === undefined) return;
      let query: unknown;
      try {
        query = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
      } catch {
        badInput(res, path, 'request body: could not decode input as JSON');
        return;
      }
      const value = (query as Record<string, unknown> | null)?.['query'] ?? '';
      if (typeof value !== 'string' || value.length > 500) {
        badInput(res, path, 'request body: query: expected a string of at most 500 characters');
        return;
      }
      sendJson(res, 200, { result: value });
      return;
    }
    default:
      sendText(res, 404, `Unknown API function: "${routeName(path)}"`);
  }
}
