import type { DropboxOperation } from './dropbox-oauth-error.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { apiRouteError, invalidResponse, tryParseJson } from './parse-error-body.js';
import { type ReceivedResponse, type SendContext, sendRequest } from './send-request.js';
import { endpoint, requireString, resolveUrl } from './validate.js';

/** Reads a route's JSON result; throws `invalid(reason)` when the answer cannot be used. */
export type ReadResult<T> = (body: unknown, invalid: (reason: string) => never) => T;

export interface AccessTokenOptions extends CommonOptions {
  /** The access token to call Dropbox with. Secret. */
  accessToken: string;
}

/** POSTs to a Dropbox RPC route (`/2/...`) with Bearer auth and no arguments, and reads its JSON result. */
export async function callApiWithoutArguments<T>(
  operation: DropboxOperation,
  path: string,
  options: AccessTokenOptions,
  read: ReadResult<T>,
): Promise<T> {
  const token = requireString(operation, 'accessToken', options.accessToken);
  const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
  const now = options.now ?? Date.now;
  const ctx: SendContext = { operation, secrets: [token] };
  // Dropbox accepts a no-argument route with no body and no Content-Type (as the official JS SDK sends it).
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
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
