import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BootstrapError } from './bootstrap-error.js';
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
    const fail = (status: number, heading: string, what: string, next: string, error: BootstrapError) => {
      send(res, status, failurePage(heading, what, next));
      settle!.reject(error);
    };
    if (params.get('state') !== options.state) {
      fail(
        400,
        'This sign-in did not match',
        'The answer did not carry the state of this sign-in, so it may not come from the authorization you started.',
        'Run dropbox-token-bootstrap again and use the URL it prints.',
        new BootstrapError(
          'The browser callback carried a wrong or missing state: it is not the answer to this authorization.',
          'Run the command again and open the URL it prints (not an older one).',
        ),
      );
      return;
    }
    const error = params.get('error');
    if (error !== null) {
      const declined = error === 'access_denied';
      fail(
        200,
        declined ? 'Access was declined' : 'Dropbox reported an error',
        declined
          ? 'You chose not to give the app access to your Dropbox, so nothing was stored.'
          : `Dropbox answered: ${error}. Nothing was stored.`,
        'Run dropbox-token-bootstrap again and click Allow.',
        declined
          ? new BootstrapError(
              'You declined access on the Dropbox page; nothing was stored.',
              'Run the command again and click Allow.',
            )
          : new BootstrapError(
              `Dropbox answered the authorization with an error (${error.replace(/[^\w.-]/g, '').slice(0, 60)}); nothing was stored.`,
              'Check the app settings in the App Console and run again.',
            ),
      );
      return;
    }
    const code = params.get('code');
    if (code === null || !/^[A-Za-z0-9_\-.~]+$/.test(code)) {
      fail(
        400,
        'No code arrived',
        'The answer from Dropbox had no authorization code.',
        'Run dropbox-token-bootstrap again.',
        new BootstrapError('The browser callback had no authorization code.', 'Run the command again.'),
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
        new BootstrapError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} of the redirect URI is in use, so the answer from Dropbox cannot be received.`
            : `Could not listen on 127.0.0.1:${port} (${error.code ?? error.message}).`,
          'Stop the program using that port, or register and pass another loopback redirect URI.',
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  void (server.address() as AddressInfo);

  const timer = setTimeout(() => {
    settle!.reject(
      new BootstrapError(
        `No answer from the browser within ${Math.round(options.timeoutMs / 1000)} s.`,
        'Run the command again, open the printed URL and click Allow; raise --timeout if you need longer.',
      ),
    );
    void close();
  }, options.timeoutMs);
  const onAbort = () => {
    settle!.reject(new BootstrapError('Interrupted.', 'Run the command again when ready.'));
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
