import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssuerUnavailable } from '../src/errors.js';
import { ISSUER_FETCH_LIMITS, fetchIssuerDocument } from '../src/issuer-fetch.js';

/** An issuer that misbehaves by path: too big (declared or streamed), an error status, silence, a broken answer. */
describe('fetches from the issuer: bounded in time and size', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const big = 'x'.repeat(ISSUER_FETCH_LIMITS.maxBytes + 1);
      if (req.url === '/ok') res.end('{"keys":[]}');
      else if (req.url === '/declared') res.writeHead(200, { 'content-length': String(big.length) }).end(big);
      else if (req.url === '/streamed') {
        res.writeHead(200);
        for (let i = 0; i < 40; i++) res.write('x'.repeat(8 * 1024));
        res.end();
      } else if (req.url === '/status') res.writeHead(500).end('{}');
      else if (req.url === '/broken') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"keys"');
        setTimeout(() => res.destroy(), 20);
      } // '/stalled': never answers
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads a 200 answer', async () => {
    expect(await fetchIssuerDocument(fetch, `${base}/ok`)).toBe('{"keys":[]}');
  });

  it.each([
    ['/declared', /answered too much/],
    ['/streamed', /answered too much/],
    ['/status', /answered HTTP 500/],
    ['/broken', /broke off its answer/],
    ['/stalled', /did not answer in time/],
    ['/unreachable', /could not be reached/],
  ])('%s is the issuer failing: %s', async (path, reason) => {
    const url = path === '/unreachable' ? 'http://127.0.0.1:1/' : `${base}${path}`;
    const failure = fetchIssuerDocument(fetch, url, AbortSignal.timeout(300));
    await expect(failure).rejects.toThrow(IssuerUnavailable);
    await expect(failure).rejects.toThrow(reason);
  });
});
