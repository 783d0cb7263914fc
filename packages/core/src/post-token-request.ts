import { applyClientAuth } from './client-auth.js';
import type { DropboxOperation } from './dropbox-oauth-error.js';
import { type CommonOptions, DEFAULT_API_URL } from './options.js';
import { parseTokenResponse } from './parse-token-response.js';
import { sendRequest } from './send-request.js';
import type { TokenSet } from './token-set.js';
import { endpoint, resolveUrl } from './validate.js';

/** POSTs a grant to `/oauth2/token` (form-encoded, Dropbox's client auth) and checks the answer. */
export function postTokenRequest(
  operation: DropboxOperation,
  options: CommonOptions,
  form: URLSearchParams,
  client: { id: string; secret: string | undefined },
  secrets: (string | undefined)[],
): Promise<TokenSet> {
  const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  applyClientAuth(headers, form, client.id, client.secret);
  const now = options.now ?? Date.now;
  const ctx = { operation, secrets: [client.secret, ...secrets] };
  return sendRequest(
    { url: endpoint(base, '/oauth2/token'), headers, body: form.toString() },
    options,
    ctx,
    (received) => parseTokenResponse(received, ctx, now()),
  );
}
