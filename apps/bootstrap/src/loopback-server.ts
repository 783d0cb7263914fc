import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Socket } from 'node:net';
import { isAuthorizationCodeShaped } from '@dropbox-token/core';
import type { BootstrapError } from './bootstrap-error.js';
import { fail } from './messages.js';
import { PAGE_HEADERS, failurePage, notFoundPage } from './pages.js';

export interface LoopbackCallback {
  /** The authorization code from the redirect. */
  code: string;
  /** Answers the waiting browser with the final page, then closes the server. */
  finish(html: string, status?: number): Promise<void>;
}

export interface LoopbackOptions {
  redirectUri: URL;
  state: string;
  /** Where `/start` sends the browser: the full authorize URL, which never becomes a process argument. */
  authorizeUrl: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface LoopbackServer {
  /** A URL on this server that redirects once to Dropbox: what the browser opener receives. */
  startUrl: string;
  /** Resolves with the callback that carries this run's state; rejects on denial, a reused start link, timeout or abort. */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

/** The path of the one-time link to Dropbox, on the redirect URI's origin. */
export const START_PATH = '/dropbox-token-bootstrap/start';

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html), connection: 'close' });
  res.end(html);
}

/** Answers the start link: a redirect to Dropbox the first time, a refusal after that. */
export function oneTimeRedirect(target: string, onReuse: () => void): (res: ServerResponse) => void {
  let used = false;
  return (res) => {
    if (used) {
      onReuse();
      send(
        res,
        410,
        failurePage('This link was already used', 'The sign-in link was opened twice.', 'Return to the terminal.'),
      );
      return;
    }
    used = true;
    res.writeHead(302, {
      location: target,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'content-length': '0',
    });
    res.end();
  };
}

/**
 * The addresses to listen on. For `localhost`, both loopback families, so no other process can
 * take the one the browser tries first; `::1` may be missing on a machine without IPv6.
 */
function listenAddresses(redirectUri: URL): { host: string; optional: boolean }[] {
  if (redirectUri.hostname === 'localhost')
    return [
      { host: '127.0.0.1', optional: false },
      { host: '::1', optional: true },
    ];
  return [{ host: '127.0.0.1', optional: false }];
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Listens on loopback at exactly the redirect URI's port (Dropbox requires the URI to be
 * registered exactly). Serves the one-time start link, ignores (with a 400 page) any callback
 * without this run's state, and accepts the first callback that carries it.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  let settle: { resolve: (value: LoopbackCallback) => void; reject: (error: BootstrapError) => void } | undefined;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => {
    settle = { resolve, reject };
  });
  callback.catch(() => {});
  let answered = false;
  const abandon = (error: BootstrapError) => {
    answered = true;
    settle!.reject(error);
  };
  const start = oneTimeRedirect(options.authorizeUrl, () => {
    // Something else opened the link before (or after) the browser: this sign-in may not be the person's.
    if (!answered) abandon(fail('startLinkReused'));
  });

  const handleCallback = (params: URLSearchParams, res: ServerResponse) => {
    if (answered) {
      send(
        res,
        409,
        failurePage('Already answered', 'This sign-in already received its answer.', 'Return to the terminal.'),
      );
      return;
    }
    if (params.get('state') !== options.state) {
      // Not the answer to this sign-in: refuse it and keep waiting for the one that is.
      send(
        res,
        400,
        failurePage(
          'This sign-in did not match',
          'The request did not carry the state of this sign-in, so it was ignored.',
          'Use the URL the terminal printed.',
        ),
      );
      return;
    }
    const error = params.get('error');
    if (error !== null) {
      const declined = error === 'access_denied';
      send(
        res,
        200,
        failurePage(
          declined ? 'Access was declined' : 'Dropbox reported an error',
          declined
            ? 'You chose not to give the app access to your Dropbox, so nothing was stored.'
            : `Dropbox answered: ${error}. Nothing was stored.`,
          'Run dropbox-token-bootstrap again and click Allow.',
        ),
      );
      abandon(
        declined
          ? fail('accessDeclined')
          : fail('authorizeError', { error: error.replace(/[^\w.-]/g, '').slice(0, 60) }),
      );
      return;
    }
    const code = params.get('code');
    if (code === null || !isAuthorizationCodeShaped(code)) {
      send(
        res,
        400,
        failurePage(
          'No code arrived',
          'The answer from Dropbox had no authorization code.',
          'Run dropbox-token-bootstrap again.',
        ),
      );
      abandon(fail('callbackNoCode'));
      return;
    }
    answered = true;
    settle!.resolve({
      code,
      finish: (html, status = 200) =>
        new Promise<void>((resolve) => {
          send(res, status, html);
          res.on('finish', () => resolve());
          res.on('close', () => resolve());
        }),
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === START_PATH) return start(res);
    if (req.method === 'GET' && url.pathname === options.redirectUri.pathname)
      return handleCallback(url.searchParams, res);
    send(res, 404, notFoundPage());
  };

  const port = Number(options.redirectUri.port);
  const servers: Server[] = [];
  try {
    for (const address of listenAddresses(options.redirectUri)) {
      const server = createServer(handle);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      try {
        await listen(server, port, address.host);
        servers.push(server);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (address.optional && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT')) continue;
        throw code === 'EADDRINUSE'
          ? fail('portInUse', { port })
          : fail('cannotListen', { port, reason: code ?? (error as Error).message });
      }
    }
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }

  const timer = setTimeout(() => {
    abandon(fail('browserTimeout', { seconds: Math.round(options.timeoutMs / 1000) }));
    void close();
  }, options.timeoutMs);
  const onAbort = () => {
    abandon(fail('interrupted'));
    void close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let closing: Promise<void> | undefined;
  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    closing ??= Promise.all(
      servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    ).then(() => {});
    // Let a page that is still being written reach the browser, then drop the connections.
    for (const socket of sockets) {
      socket.end();
      setTimeout(() => socket.destroy(), 200).unref();
    }
    return closing;
  };
  callback.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return { startUrl: `http://${options.redirectUri.host}${START_PATH}`, callback, close };
}

/** For paste mode: a one-time start link on an ephemeral loopback port, so the opener never sees the authorize URL. */
export async function startRedirectServer(authorizeUrl: string): Promise<{ startUrl: string; close(): Promise<void> }> {
  const start = oneTimeRedirect(authorizeUrl, () => {});
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === START_PATH) return start(res);
    send(res, 404, notFoundPage());
  });
  await listen(server, 0, '127.0.0.1');
  const { port } = server.address() as { port: number };
  return {
    startUrl: `http://127.0.0.1:${port}${START_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
