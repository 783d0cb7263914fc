import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommonOptions } from '@dropbox-token/core';
import { formatAuditLine } from './audit.js';
import { type AuditLine, type BrokerAnswer, type BrokerRequest, createBroker } from './broker.js';
import type { BrokerConfig } from './config.js';
import type { ReplayStore } from './replay-store.js';

export interface NodeBrokerOptions {
  config: BrokerConfig;
  /** Refresh tokens and app secrets come from here: the process environment when run as `serve`. */
  env: Record<string, string | undefined>;
  port?: number | undefined;
  host?: string | undefined;
  audit?: ((line: AuditLine) => void) | undefined;
  dropbox?: CommonOptions | undefined;
  keySetCooldownMs?: number | undefined;
  now?: (() => number) | undefined;
  /** Default: this process's memory. */
  replayStore?: ReplayStore | undefined;
}

/** What one client may hold: a slow client is closed, never waited for (with the check every second, within 11 s). */
export const SERVER_LIMITS = {
  maxBodyBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxRequestsPerSocket: 1_000,
  connectionsCheckingIntervalMs: 1_000,
} as const;

/** At most `maxBodyBytes` of the body, read only when the broker asks for it (after the token verified). */
async function boundedBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > SERVER_LIMITS.maxBodyBytes) break;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** An incoming request as the broker reads it: plain values, no fetch-API objects on the common path. */
function toBrokerRequest(req: IncomingMessage, origin: string): BrokerRequest {
  return {
    method: req.method ?? 'GET',
    url: `${origin}${req.url ?? '/'}`,
    headers: {
      get: (name) => {
        const value = req.headers[name.toLowerCase()];
        return typeof value === 'string' ? value : null;
      },
    },
    text: () => boundedBody(req),
  };
}

function send(res: ServerResponse, answer: BrokerAnswer): void {
  res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

/** The broker as a plain Node HTTP server (for self-hosting); audit lines go to `audit` (default: stdout as JSON). */
export async function startNodeBroker(
  options: NodeBrokerOptions,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const broker = createBroker({
    config: options.config,
    secrets: (name) => options.env[name],
    audit: options.audit ?? ((line) => process.stdout.write(`${formatAuditLine(line)}\n`)),
    dropbox: options.dropbox,
    keySetCooldownMs: options.keySetCooldownMs,
    now: options.now,
    replayStore: options.replayStore,
  });
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer(
    {
      headersTimeout: SERVER_LIMITS.headersTimeoutMs,
      requestTimeout: SERVER_LIMITS.requestTimeoutMs,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: SERVER_LIMITS.connectionsCheckingIntervalMs,
    },
    (req, res) => {
      broker
        .handle(toBrokerRequest(req, origin))
        .then((answer) => send(res, answer))
        .catch(() => {
          if (res.headersSent || res.destroyed) return;
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end('{"error":"server_error","error_description":"the broker failed"}');
        });
    },
  );
  server.maxConnections = options.config.maxConnections;
  server.maxRequestsPerSocket = SERVER_LIMITS.maxRequestsPerSocket;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
