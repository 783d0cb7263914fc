import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Emulator, StartEmulatorOptions } from './emulator-types.js';
import { emulatorFacade } from './facade.js';
import { FaultQueue } from './faults.js';
import { sendText } from './http-util.js';
import { GitLabIssuer } from './oidc/gitlab-issuer.js';
import { OidcIssuer } from './oidc/oidc-issuer.js';
import type { RecordedRequest } from './request-log.js';
import { type HandlerParts, createRequestHandler } from './request-handler.js';
import { seedState } from './seed.js';

export type {
  EmulatedDropbox,
  EmulatedGitHub,
  EmulatedGitLab,
  EmulatedOidc,
  Emulator,
  StartEmulatorOptions,
} from './emulator-types.js';
export { freeLoopbackPort } from './ports.js';
export { DEFAULT_REDIRECT_URIS } from './seed.js';

/** Listens on the host and port asked for (default 127.0.0.1 and a free port); returns the base URL. */
async function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  options: StartEmulatorOptions,
  sockets: Set<Socket>,
  stalled: Set<Socket>,
) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendText(res, 500, `emulator error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      stalled.delete(socket);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://${host.includes(':') ? `[${host}]` : host}:${port}` };
}

/** The emulator: its state seeded, one request handler, a server on loopback, and the facade tests use. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const state = await seedState(options);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const stalled = new Set<Socket>();
  // The issuers' URLs name the port: they are made once the server listens, before any request.
  const issuers = {} as HandlerParts['issuers'];
  const handle = createRequestHandler({ state, faults, requests, stalled, issuers });
  const { server, base } = await listen(handle, options, sockets, stalled);
  issuers.oidc = new OidcIssuer(`${base}/oidc`);
  issuers.gitlab = new GitLabIssuer(`${base}/gitlab`);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    return closed;
  };
  return emulatorFacade({ state, base, issuer: issuers.oidc, gitlab: issuers.gitlab, requests, faults, close });
}
