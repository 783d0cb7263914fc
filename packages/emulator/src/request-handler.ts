import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleApi } from './dropbox/api-routes.js';
import { handleAuthorize } from './dropbox/authorize-route.js';
import { applyDropboxCors } from './dropbox/cors.js';
import { handleToken } from './dropbox/token-route.js';
import { type FaultQueue, applyFault, parseFault } from './faults.js';
import { handleGitHub, targetOfPath } from './github/github-routes.js';
import { readRequestBody, sendText } from './http-util.js';
import type { GitLabIssuer } from './oidc/gitlab-issuer.js';
import type { OidcIssuer } from './oidc/oidc-issuer.js';
import { type RecordedRequest, parseRecordedBody } from './request-log.js';
import type { SeededState } from './seed.js';

/** What the handler routes to, and what it records. */
export interface HandlerParts {
  state: SeededState;
  faults: FaultQueue;
  requests: RecordedRequest[];
  stalled: Set<Socket>;
  /** Made once the port is known (their URLs name it); requests arrive only after that. */
  issuers: { oidc: OidcIssuer; gitlab: GitLabIssuer };
}

/** Every request: recorded, CORS for the Dropbox side, a scripted fault if one is queued, then its route. */
export function createRequestHandler({ state, faults, requests, stalled, issuers }: HandlerParts) {
  const { clock, dropbox, github } = state;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    let rawBody = '';
    try {
      rawBody = await readRequestBody(req);
    } catch {
      sendText(res, 413, 'Request Entity Too Large');
      return;
    }
    const record = recordOf(req, url, rawBody, clock.now());
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    const side = path.startsWith('/oauth2/') || path.startsWith('/2/') ? 'dropbox' : 'github';
    if (side === 'dropbox' && applyDropboxCors(req, res, path) === 'handled') return;

    const spec = faults.take(path);
    if (spec !== undefined) {
      record.fault = spec;
      if ((await scriptedFault(spec, side, req, res, path, state, stalled)) === 'handled') return;
    }

    const now = clock.now();
    if (path === '/oauth2/authorize') return handleAuthorize(req, res, url, rawBody, dropbox, now);
    if (path === '/oauth2/token') return handleToken(req, res, url, rawBody, dropbox, now);
    if (path.startsWith('/2/')) return handleApi(req, res, path, rawBody, dropbox, now);
    if (path.startsWith('/oidc/') && issuers.oidc.handle(req, res, url, now)) return;
    if (path.startsWith('/gitlab/') && issuers.gitlab.handle(req, res, url)) return;
    if (path === '/' && req.method === 'GET') {
      sendText(res, 200, 'dropbox-token emulator: Dropbox OAuth and GitHub Actions secrets on loopback.\n');
      return;
    }
    return handleGitHub(req, res, path, rawBody, github, now);
  };
}

/** What the request log keeps of a request: its single-valued headers and its body, parsed where it can be. */
function recordOf(req: IncomingMessage, url: URL, rawBody: string, at: number): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body: parseRecordedBody(req.headers['content-type'], rawBody),
    rawBody,
    at,
  };
}

/** A queued fault: waits for a delay, rotates a key, or answers in normal service's place. */
async function scriptedFault(
  spec: string,
  side: 'dropbox' | 'github',
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  { clock, github }: SeededState,
  stalled: Set<Socket>,
): Promise<'handled' | 'continue'> {
  const fault = parseFault(spec);
  if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (fault.kind === 'rotate-key') {
    const addressed = targetOfPath(path);
    if (addressed !== undefined && github.store(addressed.target, addressed.kind) !== undefined)
      github.rotateKey(addressed.target, addressed.kind);
  }
  return applyFault(fault, side, res, req.socket, clock.now(), stalled);
}
