import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Socket } from 'node:net';
import type { BootstrapError } from '../errors/bootstrap-error.js';
import { fail } from '../errors/catalog.js';
import { PAGE_HEADERS, failurePage, notFoundPage } from './pages.js';
import { judgeCallback } from './callback.js';
import { START_PATH, type StartLink } from './start-link.js';

export interface LoopbackCallback {
  /** The authorization code from the redirect. */
  code: string;
  /** Answers the waiting browser with the final page, then closes the server. */
  finish(html: string, status?: number): Promise<void>;
}

export interface LoopbackOptions {
  redirectUri: URL;
  state: string;
  /** The one-time link to the authorize URL, served on the redirect URI's origin. */
  startLink: StartLink;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface LoopbackServer {
  /** The start link on this server, with its secret: what the browser opener receives. */
  startUrl: string;
  /** Resolves with the callback that carries this run's state; rejects on denial, a reused start link, timeout or abort. */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html), connection: 'close' });
  res.end(html);
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

/** Listens with `handle` on each loopback address for the redirect URI's port; tracks the sockets for closing. */
async function listenOnLoopback(
  redirectUri: URL,
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  sockets: Set<Socket>,
): Promise<Server[]> {
  const port = Number(redirectUri.port);
  const servers: Server[] = [];
  try {
    for (const address of listenAddresses(redirectUri)) {
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
    return servers;
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }
}

/** Closes the servers (once) and lets a page still being written reach the browser before its connection drops. */
function closer(servers: Server[], sockets: Set<Socket>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= Promise.all(
      servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
    ).then(() => {});
    for (const socket of sockets) {
      socket.end();
      setTimeout(() => socket.destroy(), 200).unref();
    }
    return closing;
  };
}

/**
 * The one answer this sign-in waits for: `callback` settles with the first callback that carries
 * the state, or with the first failure (`abandon`); later callbacks get a 409 page.
 */
function awaitCallback(state: string) {
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
  const handle = (params: URLSearchParams, res: ServerResponse) => {
    if (answered) {
      const html = failurePage(
        'Already answered',
        'This sign-in already received its answer.',
        'Return to the terminal.',
      );
      return send(res, 409, html);
    }
    const verdict = judgeCallback(params, state);
    if (verdict.kind !== 'code') {
      send(res, verdict.status, verdict.html);
      if (verdict.kind === 'fail') abandon(verdict.error);
      return;
    }
    answered = true;
    settle!.resolve({
      code: verdict.code,
      finish: (html, status = 200) =>
        new Promise<void>((resolve) => {
          // An interrupted run closed the server while this step worked: the browser is gone, and
          // 'close' has already been emitted. Waiting for it would leave the run hanging on nothing.
          if (res.destroyed) return resolve();
          res.on('finish', () => resolve());
          res.on('close', () => resolve());
          send(res, status, html);
        }),
    });
  };
  return { callback, abandon, handle, answered: () => answered };
}

/**
 * Listens on loopback at exactly the redirect URI's port (Dropbox requires the URI to be
 * registered exactly). Serves the one-time start link, ignores (with a 400 page) any callback
 * without this run's state, and accepts the first callback that carries it.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const answer = awaitCallback(options.state);
  // Something else opened the link before (or after) the browser: this sign-in may not be the
  // person's. Before the callback, the wait ends here; after it, the flow checks before storing.
  options.startLink.reuse.catch((error: BootstrapError) => {
    if (!answer.answered()) answer.abandon(error);
  });
  const servers = await listenOnLoopback(
    options.redirectUri,
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === START_PATH) return options.startLink.answer(url.searchParams, res);
      if (req.method === 'GET' && url.pathname === options.redirectUri.pathname)
        return answer.handle(url.searchParams, res);
      send(res, 404, notFoundPage());
    },
    sockets,
  );

  const closeServers = closer(servers, sockets);
  const timer = setTimeout(() => {
    answer.abandon(fail('browserTimeout', { seconds: Math.round(options.timeoutMs / 1000) }));
    void close();
  }, options.timeoutMs);
  const onAbort = () => {
    answer.abandon(fail('interrupted'));
    void close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    return closeServers();
  };
  answer.callback.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return { startUrl: options.startLink.url(`http://${options.redirectUri.host}`), callback: answer.callback, close };
}

/** For paste mode: the start link on an ephemeral loopback port, so the opener never sees the authorize URL. */
export async function startRedirectServer(startLink: StartLink): Promise<{ startUrl: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === START_PATH) return startLink.answer(url.searchParams, res);
    send(res, 404, notFoundPage());
  });
  await listen(server, 0, '127.0.0.1');
  const { port } = server.address() as { port: number };
  return {
    startUrl: startLink.url(`http://127.0.0.1:${port}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
