import type { DropboxOperation } from './dropbox-oauth-error.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { errorFromResponse, failure, tryParseJson } from './parse-error-body.js';
import { sendRequest } from './send-request.js';
import { endpoint, requireString, resolveUrl } from './validate.js';

/** POSTs to a Dropbox RPC route (`/2/...`) with Bearer auth and no arguments; `read` maps the JSON result or names what is wrong with it. */
export async function callApiWithoutArguments<T>(
  operation: DropboxOperation,
  path: string,
  accessToken: string,
  options: CommonOptions,
  read: (body: unknown) => T | string,
): Promise<T> {
  const token = requireString(operation, 'accessToken', accessToken);
  const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
  const now = options.now ?? Date.now;
  const ctx = { operation, secrets: [token] };
  // Dropbox accepts a no-argument route with no body and no Content-Type (as the official JS SDK sends it).
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  return sendRequest({ url: endpoint(base, path), headers }, options, ctx, (received) => {
    if (received.status < 200 || received.status >= 300) throw errorFromResponse(received, ctx, now(), 'api');
    const body = tryParseJson(received.text);
    if (body === undefined) throw failure(received, ctx, 'invalid_response', 'the body is not JSON');
    const result = read(body);
    // A string from `read` names what is wrong with the answer.
    if (typeof result === 'string') throw failure(received, ctx, 'invalid_response', result);
    return result;
  });
}
