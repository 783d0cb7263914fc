import type { Agent, IncomingMessage } from 'node:http';
import type { Transport, TransportRequest, TransportResponse } from '@dropbox-token/core';

type HttpModule = typeof import('node:http');

/**
 * The action's transport: node:https / node:http with keep-alive, so `verify: true` reuses the
 * connection. It never touches `fetch`, `Response` or `Headers`: in Node their first use loads
 * undici, which costs more than the whole step otherwise needs. The module for a protocol is
 * fetched only when a request uses it (`process.getBuiltinModule`, without module-loader work).
 */
export function createNodeTransport(): { transport: Transport; close(): void } {
  const agents = new Map<string, Agent>();
  const moduleFor = (protocol: string): HttpModule =>
    process.getBuiltinModule(protocol === 'https:' ? 'node:https' : 'node:http') as HttpModule;
  const agentFor = (protocol: string, http: HttpModule): Agent => {
    let agent = agents.get(protocol);
    if (agent === undefined) {
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.set(protocol, agent);
    }
    return agent;
  };
  const transport: Transport = (request) =>
    send(request, moduleFor(request.url.protocol), (http) => agentFor(request.url.protocol, http));
  return {
    transport,
    close: () => {
      for (const agent of agents.values()) agent.destroy();
      agents.clear();
    },
  };
}

function headerReader(message: IncomingMessage): (name: string) => string | null {
  return (name) => {
    const value = message.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

function send(
  request: TransportRequest,
  http: HttpModule,
  agentFor: (http: HttpModule) => Agent,
): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const outgoing = http.request(request.url, {
      method: request.method,
      headers: { ...request.headers, 'content-length': String(body?.byteLength ?? 0) },
      agent: agentFor(http),
      signal: request.signal,
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      const header = headerReader(response);
      const chunks: Buffer[] = [];
      let total = 0;
      let settled = false;
      response.on('data', (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > request.maxBodyBytes) {
          settled = true;
          response.destroy();
          resolve({ status: response.statusCode ?? 0, header, text: '', bodyTooLarge: true });
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => {
        settled = true;
        resolve({ status: response.statusCode ?? 0, header, text: Buffer.concat(chunks).toString('utf8') });
      });
      response.on('error', reject);
      // A connection dropped in the middle of the body: no 'end', and no error on some versions.
      response.on('close', () => {
        if (!settled && !response.complete) reject(new Error('the connection closed before the body was complete'));
      });
    });
    outgoing.end(body);
  });
}
