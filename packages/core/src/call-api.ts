import type { DropboxOAuthError, DropboxOAuthErrorCode, DropboxOperation } from './dropbox-oauth-error.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { invalidResponse, otherFailure, transientFailure, tryParseJson } from './parse-error-body.js';
import { type ReceivedResponse, type SendContext, sendRequest } from './send-request.js';
import { endpoint, optionalString, optionalText, requireString, resolveUrl } from './validate.js';

/** Reads a route's JSON result; throws `invalid(reason)` when the answer cannot be used. */
export type ReadResult<T> = (body: unknown, invalid: (reason: string) => never) => T;

export interface AccessTokenOptions extends CommonOptions {
  /** The access token to call Dropbox with. Secret. */
  accessToken: string;
  /** With a team token: act as this team member (`Dropbox-API-Select-User`, a `dbmid:` id). */
  selectUser?: string | undefined;
  /** With a team token: act as this team admin (`Dropbox-API-Select-Admin`, a `dbmid:` id). */
  selectAdmin?: string | undefined;
}

/** Extra request headers by option name, each sent only when the option is set. */
const OPTIONAL_HEADERS = [
  ['selectUser', 'dropbox-api-select-user', optionalString],
  ['selectAdmin', 'dropbox-api-select-admin', optionalString],
  // A path root is JSON, which may hold spaces.
  ['pathRoot', 'dropbox-api-path-root', optionalText],
] as const;

// The plain-text 400s of /2 routes that are about the token, not the request (reference §9, §10).
const PLAIN_TEXT_400: [RegExp, DropboxOAuthErrorCode][] = [
  [/token is malformed/, 'invalid_access_token'],
  [/is for an entire Dropbox Business team/, 'team_token_on_user_route'],
  [/DfB team management/, 'user_token_on_team_route'],
];

const classify400 = (text: string) => PLAIN_TEXT_400.find(([pattern]) => pattern.test(text))?.[1] ?? 'bad_request';

/** The error for a non-2xx answer of an RPC route; 422 is a PathRootError's status (common.stone). */
export function apiRouteError(received: ReceivedResponse, ctx: SendContext, now: number): DropboxOAuthError {
  const fallback = received.status === 422 ? 'invalid_path_root' : 'http_error';
  return transientFailure(received, ctx, now) ?? otherFailure(received, ctx, fallback, classify400);
}

/** POSTs to a Dropbox RPC route (`/2/...`) with Bearer auth and no arguments, and reads its JSON result. */
export async function callApiWithoutArguments<T>(
  operation: DropboxOperation,
  path: string,
  options: AccessTokenOptions & { pathRoot?: string | undefined },
  read: ReadResult<T>,
): Promise<T> {
  const token = requireString(operation, 'accessToken', options.accessToken);
  const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
  const now = options.now ?? Date.now;
  const ctx: SendContext = { operation, secrets: [token] };
  // Dropbox accepts a no-argument route with no body and no Content-Type (as the official JS SDK sends it).
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  for (const [option, header, check] of OPTIONAL_HEADERS) {
    const value = check(operation, option, options[option]);
    if (value !== undefined) headers[header] = value;
  }
  return sendRequest({ url: endpoint(base, path), headers }, options, ctx, (received: ReceivedResponse) => {
    if (received.status < 200 || received.status >= 300) throw apiRouteError(received, ctx, now());
    const body = tryParseJson(received.text);
    const invalid = (reason: string): never => {
      throw invalidResponse(received, ctx, reason);
    };
    if (body === undefined) invalid('the body is not JSON');
    return read(body, invalid);
  });
}
