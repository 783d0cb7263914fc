import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendText } from '../http-util.js';
import { adminProfile, fullAccount, rootInfo, teamInfo } from './account-answers.js';
import type { DropboxAccountRecord, DropboxState, TeamRecord, TokenSubject } from './dropbox-state.js';

const WWW_AUTHENTICATE = { 'www-authenticate': 'Bearer realm="Dropbox-API"' };

/** Dropbox appends a random number of dots to error_summary so that nobody string-compares it. */
function summary(tag: string): string {
  return `${tag}/${'.'.repeat(1 + Math.floor(Math.random() * 3))}`;
}

function authError(res: ServerResponse, tag: string, extra: Record<string, unknown> = {}): undefined {
  sendJson(res, 401, { error_summary: summary(tag), error: { '.tag': tag, ...extra } }, WWW_AUTHENTICATE);
}

function routeName(path: string): string {
  return path.replace(/^\/2\//, '');
}

function badInput(res: ServerResponse, path: string, problem: string): void {
  // 400 answers from /2 routes are plain text, not JSON.
  sendText(res, 400, `Error in call to API function "${routeName(path)}": ${problem}`);
}

// Dropbox answers a token it cannot parse with a plain-text 400, not the 401 AuthError it gives a
// well-formed unknown, revoked or expired one (reference §10). Ours are base64url with dots.
const WELL_FORMED_TOKEN = /^[A-Za-z0-9_.-]{20,2048}$/;

/**
 * The credential: the `Authorization` header, or the `authorization` URL parameter the browser
 * form of the JS SDK sends (reference §11). UNCONFIRMED: whether a bad URL parameter is worded as
 * the header is.
 */
function credentialOf(req: IncomingMessage): string | undefined {
  if (req.headers.authorization !== undefined) return req.headers.authorization;
  return new URL(req.url ?? '/', 'http://emulator.invalid').searchParams.get('authorization') ?? undefined;
}

/** Authenticates a Bearer call; answers the error itself and returns undefined when it fails. */
function authenticate(req: IncomingMessage, res: ServerResponse, path: string, state: DropboxState, now: number) {
  const header = credentialOf(req);
  if (header === undefined) {
    badInput(res, path, 'Must provide HTTP header "Authorization" or URL parameter "authorization".');
    return undefined;
  }
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (token === undefined) {
    // The value is echoed, and two spaces stand before "Expecting" (reference §11).
    badInput(
      res,
      path,
      `Invalid authorization value in HTTP header "Authorization": ${JSON.stringify(header)}.  Expecting "Bearer <oauth2-access-token>".`,
    );
    return undefined;
  }
  if (!WELL_FORMED_TOKEN.test(token)) {
    badInput(res, path, 'The given OAuth 2 access token is malformed.');
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
  return { token, record };
}

/** The Content-Types an RPC route takes: JSON, or the CORS-free form browsers send (reference §11). */
const RPC_CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain; charset=dropbox-cors-hack',
];

/** A no-argument RPC route accepts no body, or `null` as JSON. */
function checkNoArguments(req: IncomingMessage, res: ServerResponse, path: string, rawBody: string): boolean {
  const raw = req.headers['content-type'];
  if (rawBody.trim() === '') return true;
  const type = (raw ?? '')
    .toLowerCase()
    .replace(/\s*;\s*/g, '; ')
    .trim();
  if (!RPC_CONTENT_TYPES.includes(type)) {
    // The raw value is echoed, with two spaces before "Expecting" (reference §11).
    badInput(
      res,
      path,
      `Bad HTTP "Content-Type" header: "${raw ?? ''}".  Expecting one of ${RPC_CONTENT_TYPES.map((t) => `"${t}"`).join(', ')}.`,
    );
    return false;
  }
  if (rawBody.trim() === 'null') return true;
  badInput(res, path, 'request body: could not decode input as JSON');
  return false;
}

const TEAM_TOKEN_ON_USER_ROUTE =
  'This API function operates on a single Dropbox account, but the OAuth 2 access token you provided is for an entire Dropbox Business team.  Since your API app key has team member file access permissions, you can operate on a team member\'s Dropbox by providing the "Dropbox-API-Select-User" HTTP header or "select_user" URL parameter to specify the exact user <https://www.dropbox.com/developers/documentation/http/teams>.';
// A user token on a team route (two spaces after the first full stop: dropbox-sdk-dotnet#21, #22).
const USER_TOKEN_ON_TEAM_ROUTE =
  'This is a DfB team management function.  The OAuth 2 access token you provided is for a specific Dropbox user account and does not work with this function.';

/**
 * The account a user route acts as. A team token must select a member: without a header, the
 * plain-text 400 (rianhunter/dbxfs#63, watermint/toolbox#18); an unknown or non-admin member, the
 * 401 AuthError `invalid_select_user`/`invalid_select_admin` (auth.stone).
 */
function actingAccount(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  state: DropboxState,
  subject: TokenSubject,
): DropboxAccountRecord | undefined {
  const selectUser = req.headers['dropbox-api-select-user'];
  const selectAdmin = req.headers['dropbox-api-select-admin'];
  if (!('teamId' in subject)) {
    if (selectUser !== undefined || selectAdmin !== undefined) {
      // UNCONFIRMED: Dropbox's answer to a select header with a user token; we refuse it as bad input.
      badInput(res, path, 'Dropbox-API-Select-User and Dropbox-API-Select-Admin need a team access token.');
      return undefined;
    }
    return state.accounts.get(subject.accountId);
  }
  if (selectUser === undefined && selectAdmin === undefined) {
    badInput(res, path, TEAM_TOKEN_ON_USER_ROUTE);
    return undefined;
  }
  const team = state.teams.get(subject.teamId);
  const wanted = selectUser ?? selectAdmin;
  const member = team?.members.find((m) => m.membership?.teamMemberId === wanted);
  if (selectUser !== undefined && member === undefined) return authError(res, 'invalid_select_user');
  if (selectAdmin !== undefined && member?.membership?.admin !== true) return authError(res, 'invalid_select_admin');
  return member;
}

/**
 * Checks `Dropbox-API-Path-Root` (common.stone PathRoot): `home`, `root` (must be the account's
 * current root: else `invalid_root` with the latest root info) or `namespace_id` (must be one the
 * account can see: else `no_permission`): a 422 whose `error` is the PathRootError, as the Python SDK
 * reads it (dropbox_client.py: HTTP_STATUS_INVALID_PATH_ROOT = 422, `res.json()['error']`). Malformed
 * JSON is a plain-text 400 like other bad input.
 */
function checkPathRoot(req: IncomingMessage, res: ServerResponse, path: string, account: DropboxAccountRecord) {
  const header = req.headers['dropbox-api-path-root'];
  if (header === undefined) return true;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(String(header)) as Record<string, unknown>;
  } catch {
    badInput(res, path, 'Invalid value in HTTP header "Dropbox-API-Path-Root": could not decode input as JSON');
    return false;
  }
  const info = rootInfo(account);
  const tag = value?.['.tag'];
  if (tag === 'home') return true;
  const pathRootError = (errorTag: string, extra: Record<string, unknown> = {}) =>
    sendJson(res, 422, { error_summary: summary(errorTag), error: { '.tag': errorTag, ...extra } });
  if (tag === 'root') {
    if (value['root'] === info.root_namespace_id) return true;
    pathRootError('invalid_root', { invalid_root: info });
    return false;
  }
  if (tag === 'namespace_id') {
    if (value['namespace_id'] === info.root_namespace_id || value['namespace_id'] === info.home_namespace_id)
      return true;
    pathRootError('no_permission');
    return false;
  }
  badInput(res, path, 'Invalid value in HTTP header "Dropbox-API-Path-Root": unknown tag');
  return false;
}

interface RouteCall {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  rawBody: string;
  state: DropboxState;
  token: string;
}

/** A user route (`auth = "user"` in the spec), answered for the account it acts as. */
interface UserRoute {
  auth: 'user';
  scope?: string | undefined;
  answer(call: RouteCall, account: DropboxAccountRecord): void;
}

/** A team route (`auth = "team"`), answered for the team and the admin who authorized the token. */
interface TeamRoute {
  auth: 'team';
  scope: string;
  answer(call: RouteCall, team: TeamRecord, admin: DropboxAccountRecord): void;
}

function noArguments(call: RouteCall): boolean {
  return checkNoArguments(call.req, call.res, call.path, call.rawBody);
}

const ROUTES: Record<string, UserRoute | TeamRoute> = {
  // users.stone: auth user, scope account_info.read.
  '/2/users/get_current_account': {
    auth: 'user',
    scope: 'account_info.read',
    answer(call, account) {
      if (noArguments(call)) sendJson(call.res, 200, fullAccount(account));
    },
  },
  // auth.stone: token/revoke revokes the token used (and, as Dropbox does, its refresh token).
  '/2/auth/token/revoke': {
    auth: 'user',
    answer(call) {
      if (!noArguments(call)) return;
      call.state.revoke(call.token);
      sendJson(call.res, 200, null);
    },
  },
  // check.stone: user echoes `query`.
  '/2/check/user': { auth: 'user', scope: 'account_info.read', answer: echoQuery },
  // team.stone: both `auth = "team"`, scope team_info.read.
  '/2/team/get_info': {
    auth: 'team',
    scope: 'team_info.read',
    answer(call, team) {
      if (noArguments(call)) sendJson(call.res, 200, teamInfo(team));
    },
  },
  '/2/team/token/get_authenticated_admin': {
    auth: 'team',
    scope: 'team_info.read',
    answer(call, _team, admin) {
      if (noArguments(call)) sendJson(call.res, 200, { admin_profile: adminProfile(admin) });
    },
  },
};

function echoQuery(call: RouteCall): void {
  let query: unknown;
  try {
    query = call.rawBody.trim() === '' ? {} : JSON.parse(call.rawBody);
  } catch {
    badInput(call.res, call.path, 'request body: could not decode input as JSON');
    return;
  }
  const value = (query as Record<string, unknown> | null)?.['query'] ?? '';
  if (typeof value !== 'string' || value.length > 500) {
    badInput(call.res, call.path, 'request body: query: expected a string of at most 500 characters');
    return;
  }
  sendJson(call.res, 200, { result: value });
}

/** `/2/...` RPC routes: the user routes above for a user (or a selected team member), and the team routes. */
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
  const route = ROUTES[path];
  if (route === undefined) {
    // Reference §11; UNCONFIRMED: the status (the other "Error in call to API function" answers are 400).
    badInput(res, path, `Unknown API function: ${path}`);
    return;
  }
  const auth = authenticate(req, res, path, state, now);
  if (auth === undefined) return;
  const call: RouteCall = { req, res, path, rawBody, state, token: auth.token };
  const subject = auth.record.subject;
  // The kind of token is checked before its scopes: a team token on a user route gets the
  // team-token answer whatever its scopes (UNCONFIRMED order; the quoted answers do not say).
  const scopeMissing = () => {
    if (route.scope === undefined || auth.record.scopes.includes(route.scope)) return false;
    authError(res, 'missing_scope', { required_scope: route.scope });
    return true;
  };
  if (route.auth === 'user') {
    const account = actingAccount(req, res, path, state, subject);
    if (account === undefined || scopeMissing() || !checkPathRoot(req, res, path, account)) return;
    route.answer(call, account);
    return;
  }
  if (!('teamId' in subject)) {
    badInput(res, path, USER_TOKEN_ON_TEAM_ROUTE);
    return;
  }
  if (!scopeMissing())
    route.answer(call, state.teams.get(subject.teamId)!, state.accounts.get(subject.adminAccountId)!);
}
