import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
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
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface LoopbackServer {
  /** Resolves with the first callback on the redirect path; rejects on denial, bad state, timeout or abort. */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html), connection: 'close' });
  res.end(html);
}

/**
 * Listens on 127.0.0.1 at exactly the redirect URI's port (Dropbox requires the URI to be registered
 * exactly), accepts one callback on its path, checks `state`, and closes.
 */
export async function startLoopbackServer(options: LoopbackOptions): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  let settle: { resolve: (value: LoopbackCallback) => void; reject: (error: BootstrapError) => void } | undefined;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => {
    settle = { resolve, reject };
  });
  callback.catch(() => {});
  let handled = false;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== options.redirectUri.pathname) {
      send(res, 404, notFoundPage());
      return;
    }
    if (handled) {
      send(
        res,
        409,
        failurePage(
          'Already answered',
          'This sign-in already received its answer from Dropbox.',
          'Return to the terminal.',
        ),
      );
      return;
    }
    handled = true;
    void server.close();
    const params = url.searchParams;
    const refuse = (status: number, heading: string, what: string, next: string, error: BootstrapError) => {
      send(res, status, failurePage(heading, what, next));
      settle!.reject(error);
    };
    if (params.get('state') !== options.state) {
      refuse(
        400,
        'This sign-in did not match',
        'The answer did not carry the state of this sign-in, so it may not come from the authorization you started.',
        'Run dropbox-token-bootstrap again and use the URL it prints.',
        fail('callbackWrongState'),
      );
      return;
    }
    const error = params.get('error');
    if (error !== null) {
      const declined = error === 'access_denied';
      refuse(
        200,
        declined ? 'Access was declined' : 'Dropbox reported an error',
        declined
          ? 'You chose not to give the app access to your Dropbox, so nothing was stored.'
          : `Dropbox answered: ${error}. Nothing was stored.`,
        'Run dropbox-token-bootstrap again and click Allow.',
        declined
          ? fail('accessDeclined')
          : fail('authorizeError', { error: error.replace(/[^\w.-]/g, '').slice(0, 60) }),
      );
      return;
    }
    const code = params.get('code');
    if (code === null || !isAuthorizationCodeShaped(code)) {
      refuse(
        400,
        'No code arrived',
        'The answer from Dropbox had no authorization code.',
        'Run dropbox-token-bootstrap again.',
        fail('callbackNoCode'),
      );
      return;
    }
    settle!.resolve({
      code,
      finish: (html, status = 200) =>
        new Promise<void>((resolve) => {
          send(res, status, html);
          res.on('finish', () => resolve());
          res.on('close', () => resolve());
        }),
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const port = Number(options.redirectUri.port);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? fail('portInUse', { port })
          : fail('cannotListen', { port, reason: error.code ?? error.message }),
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });

  const timer = setTimeout(() => {
    settle!.reject(fail('browserTimeout', { seconds: Math.round(options.timeoutMs / 1000) }));
    void close();
  }, options.timeoutMs);
  const onAbort = () => {
    settle!.reject(fail('interrupted'));
    void close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let closing: Promise<void> | undefined;
  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Let a page that is still being written reach the browser, then drop the connections.
      for (const socket of sockets) {
        socket.end();
        setTimeout(() => socket.destroy(), 200).unref();
      }
    });
    return closing;
  };
  callback.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
  return { callback, close };
}
