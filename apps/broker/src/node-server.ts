import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommonOptions } from '@dropbox-token/core';
import { type AuditLine, createBroker } from './broker.js';
import type { BrokerConfig } from './config.js';

export interface NodeBrokerOptions {
  config: BrokerConfig;
  /** Refresh tokens and app secrets come from here: the process environment when run as `serve`. */
  env: Record<string, string | undefined>;
  port?: number | undefined;
  host?: string | undefined;
  audit?: ((line: AuditLine) => void) | undefined;
  dropbox?: CommonOptions | undefined;
  keySetCooldownMs?: number | undefined;
}

const MAX_BODY_BYTES = 16 * 1024;

/** An incoming request as a web `Request` (the broker is written against the fetch API, as on Workers). */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) break;
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? null : new Uint8Array(Buffer.concat(chunks)),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The broker as a plain Node HTTP server (for self-hosting); audit lines go to `audit` (default: stdout as JSON). */
export async function startNodeBroker(
  options: NodeBrokerOptions,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const broker = createBroker({
    config: options.config,
    secrets: (name) => options.env[name],
    audit: options.audit ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`)),
    dropbox: options.dropbox,
    keySetCooldownMs: options.keySetCooldownMs,
  });
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    toRequest(req, origin)
      .then((request) => broker.handle(request))
      .then((response) => send(res, response))
      .catch(() => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":"server_error","error_description":"the broker failed"}');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
