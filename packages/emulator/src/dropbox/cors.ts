import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Cross-origin access to the API host, so code in a web page can call it.
 *
 * Source: Dropbox's HTTP documentation, section "Browser-based JavaScript and CORS pre-flight
 * requests" (https://www.dropbox.com/developers/documentation/http/documentation), which describes
 * pre-flighted calls from pages and the `text/plain; charset=dropbox-cors-hack` way to avoid the
 * pre-flight (accepted by api-routes.ts); and the official JavaScript SDK's PKCE browser example
 * (dropbox/dropbox-sdk-js, examples/javascript/pkce-browser), which posts to /oauth2/token from a page.
 * UNCONFIRMED in the reference: the exact header lists; we allow what the SDK sends.
 * The authorize page (www.dropbox.com) is a page for people, not an API: it gets no CORS headers.
 */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'dropbox-api-arg',
  'dropbox-api-select-user',
  'dropbox-api-select-admin',
  'dropbox-api-path-root',
].join(', ');

function isApiHostPath(path: string): boolean {
  return path === '/oauth2/token' || path.startsWith('/2/');
}

/** Adds the CORS headers to an API answer; answers a pre-flight itself. */
export function applyDropboxCors(req: IncomingMessage, res: ServerResponse, path: string): 'handled' | 'continue' {
  if (!isApiHostPath(path) || req.headers.origin === undefined) return 'continue';
  res.setHeader('access-control-allow-origin', '*');
  if (req.method !== 'OPTIONS') return 'continue';
  res.writeHead(200, {
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
    'content-length': '0',
  });
  res.end();
  return 'handled';
}
