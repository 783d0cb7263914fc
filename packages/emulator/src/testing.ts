import { createHmac } from 'node:crypto';
import { spawn } from 'node:child_process';
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import { type Socket, connect } from 'node:net';
import type { Duplex } from 'node:stream';
import type { RecordedRequest } from './request-log.js';
import { type Emulator, type StartEmulatorOptions, startEmulator } from './start-emulator.js';

export { freeLoopbackPort } from './start-emulator.js';

// Helpers for tests that run against the emulator, from `@dropbox-token/emulator/testing`.
// Framework-neutral: pass your runner's hooks (vitest, jest and node:test all have these).

/** A runner's hooks: per test (`beforeEach`/`afterEach`) or per file or block (`beforeAll`/`afterAll`). */
export type TestHooks =
  | { beforeEach(fn: () => Promise<void>): unknown; afterEach(fn: () => Promise<void>): unknown }
  | { beforeAll(fn: () => Promise<void>): unknown; afterAll(fn: () => Promise<void>): unknown };

/**
 * An emulator for each test (`useEmulator({ beforeEach, afterEach })`) or one shared by a file or
 * block (`useEmulator({ beforeAll, afterAll })`), closed after it, as `ctx.emu`. Register it before
 * the hooks that start servers using it: runners run the closing hooks in reverse, so it closes last.
 */
export function useEmulator(hooks: TestHooks, options: StartEmulatorOptions = {}): { readonly emu: Emulator } {
  const holder = {} as { emu: Emulator };
  const [before, after] =
    'beforeEach' in hooks ? [hooks.beforeEach, hooks.afterEach] : [hooks.beforeAll, hooks.afterAll];
  before(async () => {
    holder.emu = await startEmulator(options);
  });
  after(async () => {
    await holder.emu?.close();
  });
  return holder;
}

/**
 * Plays the person at the consent screen: opens an authorize URL with the emulator's consent
 * header and returns where Dropbox sends the browser (the redirect URI with `code` and `state`,
 * or `error=access_denied`). Throws when the authorize endpoint does not redirect.
 */
export async function answerConsent(authorizeUrl: string | URL, consent: 'approve' | 'deny' = 'approve'): Promise<URL> {
  const answer = await fetch(authorizeUrl, { redirect: 'manual', headers: { 'x-emulator-consent': consent } });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || location === null)
    throw new Error(`authorize answered ${answer.status}: ${await answer.text()}`);
  return new URL(location);
}

/**
 * Reads the code off the page Dropbox shows when the authorize URL has no redirect URI
 * ("copy this code into your app"), as a person would.
 */
export async function codeFromPage(authorizeUrl: string | URL): Promise<string> {
  const html = await (await fetch(authorizeUrl, { headers: { 'x-emulator-consent': 'approve' } })).text();
  const match = /id="code" readonly value="([^"]+)"/.exec(html);
  if (match === null) throw new Error('the authorize page shows no code');
  return match[1]!;
}

/**
 * The seeded app's authorize URL without PKCE or a redirect URI: Dropbox then shows the code on
 * its page for the person to copy (the confidential flow, `--code` with the app secret).
 */
export function confidentialAuthorizeUrl(emu: Emulator): URL {
  const url = new URL(emu.authorizeUrl);
  url.search = new URLSearchParams({
    client_id: emu.app.key,
    response_type: 'code',
    token_access_type: 'offline',
  }).toString();
  return url;
}

/** A code for the confidential flow, copied off the emulator's page as a `--code` user does. */
export function confidentialCode(emu: Emulator): Promise<string> {
  return codeFromPage(confidentialAuthorizeUrl(emu));
}

/**
 * Resolves once `holds()` is true (checked every `everyMs`), or after `timeoutMs`: the assertion that
 * follows then fails and shows what was seen. For output another process writes when it will.
 */
export async function eventually(holds: () => boolean, timeoutMs = 10_000, everyMs = 5): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!holds() && Date.now() < giveUp) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

/**
 * Resolves with the first request the emulator has recorded that `matches`, as soon as it arrives:
 * e.g. to interrupt a program the moment its stalled write is in flight, whatever the machine's speed.
 * Rejects when none has arrived within `timeoutMs`.
 */
export async function whenRequested(
  emu: Emulator,
  matches: (request: RecordedRequest) => boolean,
  timeoutMs = 60_000,
): Promise<RecordedRequest> {
  await eventually(() => emu.requests.some(matches), timeoutMs);
  const found = emu.requests.find(matches);
  if (found === undefined) throw new Error(`the emulator received no matching request within ${timeoutMs} ms`);
  return found;
}

export interface RunCliOptions {
  /** The program's entry file, run with this Node (`node` defaults to the current one). */
  script: string;
  args?: string[] | undefined;
  node?: string | undefined;
  /** The whole environment (PATH is added); nothing else leaks in from the test process. */
  env?: Record<string, string> | undefined;
  cwd?: string | undefined;
  /** Written to standard input, which is then closed. */
  stdin?: string | undefined;
  /**
   * Called once with the first authorize URL the program prints on stderr; a string it returns
   * is typed at the program's prompt (standard input), as a person pastes a code.
   */
  onAuthorizeUrl?: ((url: string) => unknown) | undefined;
  /** Called once when stderr first matches, e.g. to send a signal. */
  onStderr?: { match: RegExp; run: (child: ReturnType<typeof spawn>) => void } | undefined;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const AUTHORIZE_URL = /(https?:\/\/\S+\/oauth2\/authorize\?\S+)/;

/** Runs a command-line program that authorizes against the emulator, as a person at a terminal would. */
export function runCli(options: RunCliOptions): Promise<CliRun> {
  const started = Date.now();
  const child = spawn(options.node ?? process.execPath, [options.script, ...(options.args ?? [])], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  let stdout = '';
  let stderr = '';
  let urlSeen = false;
  let stderrSeen = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    const match = AUTHORIZE_URL.exec(stderr);
    if (match && !urlSeen && options.onAuthorizeUrl) {
      urlSeen = true;
      void Promise.resolve(options.onAuthorizeUrl(match[1]!)).then(
        (typed) => {
          if (typeof typed === 'string') child.stdin.end(`${typed}\n`);
        },
        (error: unknown) => {
          stderr += `\n[test browser failed: ${String(error)}]`;
        },
      );
    }
    if (options.onStderr && !stderrSeen && options.onStderr.match.test(stderr)) {
      stderrSeen = true;
      options.onStderr.run(child);
    }
  });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  else if (!options.onAuthorizeUrl) child.stdin.end();
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started })),
  );
}

export interface ForwardProxy {
  /** `http://127.0.0.1:PORT`, for HTTP_PROXY / HTTPS_PROXY. */
  url: string;
  /** What went through it, in order: `CONNECT host:port` tunnels and absolute-URI requests. */
  seen: { method: string; url: string }[];
  close(): Promise<void>;
}

/**
 * A minimal HTTP forward proxy on loopback, for testing that a program honours HTTPS_PROXY /
 * HTTP_PROXY / NO_PROXY: it forwards absolute-URI requests and CONNECT tunnels, and records each.
 */
export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: ForwardProxy['seen'] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => forwardRequest(req, res, seen));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket, head) => tunnel(req, socket, head, seen));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The forward proxy's plain-HTTP side: an absolute-URI request, sent on and answered back. */
function forwardRequest(req: IncomingMessage, res: ServerResponse, seen: ForwardProxy['seen']): void {
  seen.push({ method: req.method ?? 'GET', url: req.url ?? '' });
  const target = new URL(req.url ?? '');
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      method: req.method,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

/** The forward proxy's CONNECT side: a tunnel to host:port. */
function tunnel(req: IncomingMessage, socket: Duplex, head: Buffer, seen: ForwardProxy['seen']): void {
  seen.push({ method: 'CONNECT', url: req.url ?? '' });
  const [host, port] = (req.url ?? '').split(':');
  let established = false;
  const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
    established = true;
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  // A host it cannot reach is answered as proxies do (502), not with a dropped connection.
  upstream.on('error', () => (established ? socket.destroy() : socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
  socket.on('error', () => upstream.destroy());
}

/**
 * Forged or misused GitHub Actions OIDC tokens, by what is wrong with each, for testing a service
 * that accepts them (as the keyless broker does). All but the last two fail verification; those
 * two verify, and a deny-by-default policy must still refuse them.
 */
/** Events whose runs carry an outsider's input although they run on the default branch. */
export const OUTSIDER_EVENTS = [
  'pull_request_target',
  'workflow_run',
  'issue_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'discussion',
  'discussion_comment',
  'issues',
] as const;

export function oidcAttackTokens(emu: Emulator, audience: string): Record<string, string> {
  const now = Math.floor(emu.clock.now() / 1000);
  const current = emu.oidc.keys()[0]!;
  const forged = (change: Record<string, unknown>) =>
    emu.oidc.sign({ typ: 'JWT', alg: 'RS256', kid: current.kid }, { ...emu.oidc.claimsFor(audience), ...change });
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const hs256 = () => {
    // The "algorithm confusion" attack: HMAC keyed with the issuer's public key, which anyone can read.
    const input = `${b64({ alg: 'HS256', kid: current.kid })}.${b64(emu.oidc.claimsFor(audience))}`;
    return `${input}.${createHmac('sha256', JSON.stringify(current.publicJwk)).update(input).digest('base64url')}`;
  };
  return {
    'wrong audience': emu.oidc.issue('https://another-service.example'),
    expired: forged({ iat: now - 4000, nbf: now - 4000, exp: now - 3600 }),
    'not yet valid': forged({ nbf: now + 3600 }),
    'wrong issuer': forged({ iss: 'https://token.actions.githubusercontent.com' }),
    'key not in the JWKS': emu.oidc.sign({ alg: 'RS256', kid: 'not-published' }, emu.oidc.claimsFor(audience)),
    'alg none': emu.oidc.sign({ alg: 'none' }, emu.oidc.claimsFor(audience), null),
    'HS256 signed with the public key': hs256(),
    'another branch': forged({ ref: 'refs/heads/attacker' }),
    // Events that run on the default branch with an outsider's input (reference: "GitHub Actions OIDC tokens").
    ...Object.fromEntries(OUTSIDER_EVENTS.map((event) => [`a ${event} run`, forged({ event_name: event })])),
    // The same names, registered again by someone else after a delete or rename: new IDs.
    'a re-registered repository name': forged({ repository_id: '987654321', repository_owner_id: '31337' }),
    'an owner whose name starts like the pinned one': forged({
      repository: 'octo-org-attacker/demo-repo',
      repository_owner: 'octo-org-attacker',
      repository_id: '987654321',
      repository_owner_id: '31337',
      sub: 'repo:octo-org-attacker/demo-repo:ref:refs/heads/main',
    }),
  };
}
