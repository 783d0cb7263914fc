import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { sendHtml, sendJson, sendText } from './http-util.js';

/**
 * Scripted faults, consumed in order per route, then normal service resumes.
 *
 * | spec | what the client sees |
 * |---|---|
 * | `429`, `429:Retry-After=N` | 429 with `Retry-After: N` seconds (default 1) |
 * | `429:Retry-After-Date=N` | 429 with `Retry-After` as an HTTP date N seconds ahead |
 * | any status, e.g. `500`, `503`, `401`, `404` | that status with the body the real service would send |
 * | `reset` | the connection is destroyed without an answer |
 * | `stall` | the request is never answered (until the emulator closes) |
 * | `html` | a 502 HTML error page, as a load balancer sends |
 * | `badjson` | 200 with malformed JSON |
 * | `truncated` | 200 whose body stops short of its Content-Length |
 * | `error200` | 200 carrying an OAuth `error` field |
 * | `no-access-token` | 200 token answer without `access_token` |
 * | `wrong-types` | 200 token answer whose fields have the wrong types |
 * | `no-expiry` | 200 token answer without `expires_in`, as a `legacy` exchange answers (reference §10) |
 * | `huge` | 200 with a 1.5 MB body |
 * | `delay=MS` | normal answer after MS milliseconds |
 * | `rotate-key` | (GitHub) the target's public key is rotated, then normal service: the client's key is now stale |
 */
export type FaultSpec = string;

export interface FaultControls {
  /** Queue faults for a path (exact, or a prefix ending in `*`). */
  next(path: string, specs: FaultSpec[]): void;
  /** Drop every queued fault. */
  clear(): void;
  /** Faults still queued for a path. */
  pending(path: string): FaultSpec[];
}

export class FaultQueue implements FaultControls {
  readonly #queues = new Map<string, FaultSpec[]>();

  next(path: string, specs: FaultSpec[]): void {
    for (const spec of specs) parseFault(spec);
    const queue = this.#queues.get(path) ?? [];
    queue.push(...specs);
    this.#queues.set(path, queue);
  }

  clear(): void {
    this.#queues.clear();
  }

  pending(path: string): FaultSpec[] {
    return [...(this.#queues.get(path) ?? [])];
  }

  /** Takes the next fault for this request path, if any. */
  take(path: string): FaultSpec | undefined {
    for (const [key, queue] of this.#queues) {
      const matches = key.endsWith('*') ? path.startsWith(key.slice(0, -1)) : key === path;
      if (matches && queue.length > 0) {
        const spec = queue.shift()!;
        if (queue.length === 0) this.#queues.delete(key);
        return spec;
      }
    }
    return undefined;
  }
}

export type ParsedFault =
  | { kind: 'status'; status: number; retryAfter?: string | undefined; retryAfterDateSeconds?: number | undefined }
  | {
      kind:
        | 'reset'
        | 'stall'
        | 'html'
        | 'badjson'
        | 'truncated'
        | 'error200'
        | 'no-access-token'
        | 'wrong-types'
        | 'no-expiry'
        | 'huge'
        | 'rotate-key';
    }
  | { kind: 'delay'; ms: number };

const SIMPLE = new Set([
  'reset',
  'stall',
  'html',
  'badjson',
  'truncated',
  'error200',
  'no-access-token',
  'wrong-types',
  'no-expiry',
  'huge',
  'rotate-key',
]);

export function parseFault(spec: FaultSpec): ParsedFault {
  if (SIMPLE.has(spec)) return { kind: spec } as ParsedFault;
  const delay = /^delay=(\d+)$/.exec(spec);
  if (delay) return { kind: 'delay', ms: Number(delay[1]) };
  const status = /^(\d{3})(?::Retry-After(-Date)?=(\d+))?$/.exec(spec);
  if (status) {
    const code = Number(status[1]);
    if (code < 400 || code > 599) throw new Error(`fault "${spec}": status must be 4xx or 5xx`);
    if (status[2] === '-Date') return { kind: 'status', status: code, retryAfterDateSeconds: Number(status[3]) };
    return { kind: 'status', status: code, retryAfter: status[3] ?? (code === 429 ? '1' : undefined) };
  }
  throw new Error(`unknown fault "${spec}": see FaultSpec in @dropbox-token/emulator`);
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by personal access token',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * Writes a fault's answer. Returns 'handled' when the response was produced (or deliberately withheld),
 * 'continue' when normal service should follow (delay, rotate-key).
 */
export function applyFault(
  fault: ParsedFault,
  side: 'dropbox' | 'github',
  res: ServerResponse,
  socket: Socket,
  now: number,
  stalled: Set<Socket>,
): 'handled' | 'continue' {
  switch (fault.kind) {
    case 'delay':
    case 'rotate-key':
      return 'continue';
    case 'reset':
      socket.destroy();
      return 'handled';
    case 'stall':
      stalled.add(socket);
      return 'handled';
    case 'html':
      sendHtml(
        res,
        502,
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
      );
      return 'handled';
    case 'badjson':
      sendText(res, 200, '{"access_token": "sl.', { 'content-type': 'application/json' });
      return 'handled';
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
      res.write('{"access_token": "sl.trunc');
      setTimeout(() => socket.destroy(), 20);
      return 'handled';
    case 'error200':
      sendJson(res, 200, { error: 'invalid_grant', error_description: 'refresh token is invalid or revoked' });
      return 'handled';
    case 'no-access-token':
      sendJson(res, 200, { token_type: 'bearer', expires_in: 14400 });
      return 'handled';
    case 'wrong-types':
      sendJson(res, 200, { access_token: 12345, token_type: 'bearer', expires_in: true });
      return 'handled';
    case 'no-expiry':
      sendJson(res, 200, { access_token: `sl.u.${'L'.repeat(60)}`, token_type: 'bearer' });
      return 'handled';
    case 'huge':
      sendJson(res, 200, { access_token: 'sl.huge', padding: 'x'.repeat(1_500_000) });
      return 'handled';
    case 'status':
      sendStatusFault(fault, side, res, now);
      return 'handled';
  }
}

/** A 4xx or 5xx as each service words it: GitHub's JSON message, Dropbox's 429 body, its 5xx JSON, or its plain text. */
function sendStatusFault(
  fault: Extract<ParsedFault, { kind: 'status' }>,
  side: 'dropbox' | 'github',
  res: ServerResponse,
  now: number,
): void {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
  if (fault.retryAfterDateSeconds !== undefined)
    headers['retry-after'] = new Date(now + fault.retryAfterDateSeconds * 1000).toUTCString();
  if (side === 'github') {
    sendJson(
      res,
      fault.status,
      {
        message: STATUS_TEXT[fault.status] ?? 'Error',
        documentation_url: 'https://docs.github.com/rest',
        status: String(fault.status),
      },
      headers,
    );
  } else if (fault.status === 429) {
    // auth.stone RateLimitError: the body's retry_after is the header's number of seconds (reference §11).
    const retryAfter = Number(fault.retryAfter ?? fault.retryAfterDateSeconds ?? 1);
    sendJson(
      res,
      429,
      {
        error_summary: 'too_many_requests/..',
        error: { reason: { '.tag': 'too_many_requests' }, retry_after: retryAfter },
      },
      headers,
    );
  } else if (fault.status >= 500) {
    sendJson(
      res,
      fault.status,
      { error: 'The server has either erred or is incapable of performing the requested operation.' },
      headers,
    );
  } else {
    sendText(res, fault.status, `Error ${fault.status}`, headers);
  }
}
