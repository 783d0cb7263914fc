import { describe, expect, it } from 'vitest';
import { type Transport, type TransportRequest, fetchTransport, refreshAccessToken } from '../src/index.js';
import { useEmulator } from './helpers.js';

describe('the transport', () => {
  const ctx = useEmulator();

  it('a caller-supplied transport carries every request; fetch is never called', async () => {
    const seen: TransportRequest[] = [];
    const recording: Transport = (request) => {
      seen.push(request);
      return fetchTransport()(request);
    };
    const tokens = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      refreshToken: ctx.emu.dropbox.issueRefreshToken(),
      apiUrl: ctx.emu.apiUrl,
      transport: recording,
      fetch: () => {
        throw new Error('fetch must not be used when a transport is given');
      },
    });
    expect(tokens.accessToken).toMatch(/^sl\./);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', maxBodyBytes: 1024 * 1024 });
    expect(seen[0]!.url.pathname).toBe('/oauth2/token');
    expect(seen[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  it('a body past the bound is an invalid_response, whatever the transport', async () => {
    const tooLarge: Transport = async () => ({ status: 200, header: () => null, text: '', bodyTooLarge: true });
    await expect(
      refreshAccessToken({
        clientId: 'k',
        refreshToken: 'r'.repeat(30),
        apiUrl: ctx.emu.apiUrl,
        transport: tooLarge,
        retry: false,
      }),
    ).rejects.toMatchObject({ code: 'invalid_response', status: 200 });
  });

  it('a transport that rejects is a network error; one that honours the deadline is a timeout', async () => {
    const refusing: Transport = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    await expect(
      refreshAccessToken({
        clientId: 'k',
        refreshToken: 'r'.repeat(30),
        apiUrl: ctx.emu.apiUrl,
        transport: refusing,
        retry: false,
      }),
    ).rejects.toMatchObject({ code: 'network' });
    const waiting: Transport = ({ signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    await expect(
      refreshAccessToken({
        clientId: 'k',
        refreshToken: 'r'.repeat(30),
        apiUrl: ctx.emu.apiUrl,
        transport: waiting,
        timeoutMs: 50,
        retry: false,
      }),
    ).rejects.toMatchObject({ code: 'timeout' });
  });
});
