import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeTransport } from '../src/node-transport.js';

describe('the node:http transport', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const post = (path: string, extra: { maxBodyBytes?: number; signal?: AbortSignal } = {}) => {
    const { transport, close } = createNodeTransport();
    return transport({
      url: new URL(`${ctx.emu.apiUrl}${path}`),
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: ctx.emu.dropbox.issueRefreshToken(),
        client_id: ctx.emu.app.key,
      }).toString(),
      signal: extra.signal ?? AbortSignal.timeout(5000),
      maxBodyBytes: extra.maxBodyBytes ?? 1024 * 1024,
    }).finally(close);
  };

  it('answers the status, headers (any case) and the body; sends content-length', async () => {
    const answer = await post('/oauth2/token');
    expect(answer.status).toBe(200);
    expect(answer.header('Content-Type')).toMatch(/application\/json/);
    expect(answer.header('x-not-there')).toBeNull();
    expect(JSON.parse(answer.text)).toMatchObject({ token_type: 'bearer', expires_in: 14400 });
    const sent = ctx.emu.requests.at(-1)!;
    expect(Number(sent.headers['content-length'])).toBe(Buffer.byteLength(sent.rawBody));
    expect(sent.headers['connection']).toBe('keep-alive');
  });

  it('stops reading past the bound and says so', async () => {
    ctx.emu.faults.next('/oauth2/token', ['huge']);
    const answer = await post('/oauth2/token');
    expect(answer).toMatchObject({ bodyTooLarge: true, text: '' });
  });

  it('does not follow redirects, and rejects on a reset, a stall past the signal, or a cut body', async () => {
    const { createServer } = await import('node:http');
    const redirecting = createServer((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const { transport, close } = createNodeTransport();
    const redirected = await transport({
      url: new URL(`http://127.0.0.1:${(redirecting.address() as { port: number }).port}/oauth2/token`),
      method: 'POST',
      headers: {},
      body: undefined,
      signal: AbortSignal.timeout(5000),
      maxBodyBytes: 1024,
    });
    close();
    redirecting.close();
    expect(redirected.status).toBe(302);
    expect(redirected.header('location')).toBe('http://127.0.0.1:9/elsewhere');
    ctx.emu.faults.next('/oauth2/token', ['reset']);
    await expect(post('/oauth2/token')).rejects.toThrow();
    ctx.emu.faults.next('/oauth2/token', ['stall']);
    await expect(post('/oauth2/token', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    ctx.emu.faults.next('/oauth2/token', ['truncated']);
    await expect(post('/oauth2/token')).rejects.toThrow(/closed before the body was complete|aborted|socket/i);
  });
});
