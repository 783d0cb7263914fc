import { createHash } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '@dropbox-token/emulator';
import type { ContractInput } from './contract.js';

/**
 * The Node side of the contract: an HTTP server on loopback that hands the contract its input,
 * approves authorize URLs as the person in the browser would, and serves the browser's page.
 * It answers every origin (CORS), because a web page and a Worker call it too.
 */
export interface ContractHarness {
  url: string;
  close(): Promise<void>;
}

const PKCE_VERIFIER = 'contract-verifier-0123456789-abcdefghijklmnopqrstuvwxyz_ABC~';
const PAGE =
  '<!doctype html><meta charset="utf-8"><title>core contract</title><script type="module" src="/contract.js"></script>';

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  res.end(body);
}

/** GETs the authorize URL with the emulator's consent header and returns the redirect's query. */
async function approve(authorizeUrl: string): Promise<Record<string, string>> {
  const answer = await fetch(authorizeUrl, { redirect: 'manual', headers: { 'x-emulator-consent': 'approve' } });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || location === null) throw new Error(`authorize answered ${answer.status}`);
  return Object.fromEntries(new URL(location).searchParams);
}

export async function startContractHarness(emu: Emulator, browserBundle: string): Promise<ContractHarness> {
  const input: ContractInput = {
    apiUrl: emu.apiUrl,
    authorizeUrl: emu.authorizeUrl,
    appKey: emu.app.key,
    appSecret: emu.app.secret,
    redirectUri: 'http://127.0.0.1:53682/callback',
    accountId: emu.dropbox.account.accountId,
    scopes: emu.app.scopes,
    pkceVector: { verifier: PKCE_VERIFIER, challenge: createHash('sha256').update(PKCE_VERIFIER).digest('base64url') },
  };
  const routes: Record<string, (url: URL) => Promise<[string, string]>> = {
    '/input': async () => ['application/json', JSON.stringify(input)],
    '/approve': async (url) => ['application/json', JSON.stringify(await approve(url.searchParams.get('url') ?? ''))],
    '/': async () => ['text/html; charset=utf-8', PAGE],
    '/contract.js': async () => ['text/javascript', browserBundle],
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://harness.invalid');
    const route = routes[url.pathname];
    if (route === undefined) return send(res, 404, 'text/plain', 'not found');
    route(url).then(
      ([type, body]) => send(res, 200, type, body),
      (error: unknown) => send(res, 502, 'text/plain', String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
