import { DropboxAuth } from 'dropbox';
import { describe, expect, it } from 'vitest';
import { REDIRECT_URI, useEmulator } from './helpers.js';

/**
 * Fidelity against code no one here wrote: Dropbox's own JS SDK (10.34, the last 10.x for Node 20).
 * Its hosts are routed to the emulator through its `fetch` option; everything else is the SDK's.
 */
describe('the official dropbox SDK against the emulator', () => {
  const ctx = useEmulator();

  function routedFetch() {
    return (input: string, init?: RequestInit) => {
      const url = new URL(input);
      const target = new URL(url.pathname + url.search, ctx.emu.apiUrl);
      return fetch(target, init);
    };
  }

  it('runs a PKCE code exchange and a refresh, and the emulator accepts what the SDK sends', async () => {
    const auth = new DropboxAuth({ clientId: ctx.emu.app.key, fetch: routedFetch() as unknown as typeof fetch });
    const authUrl = String(
      await auth.getAuthenticationUrl(REDIRECT_URI, 'sdk-state', 'code', 'offline', undefined, 'none', true),
    );
    expect(authUrl).toMatch(/^https:\/\/(www\.)?dropbox\.com\/oauth2\/authorize\?/);

    const consent = await fetch(new URL(new URL(authUrl).pathname + new URL(authUrl).search, ctx.emu.dropboxUrl), {
      redirect: 'manual',
    });
    expect(consent.status).toBe(302);
    const back = new URL(consent.headers.get('location')!).searchParams;
    expect(back.get('state')).toBe('sdk-state');

    const exchanged = (await auth.getAccessTokenFromCode(REDIRECT_URI, back.get('code')!)) as unknown as {
      status: number;
      result: { access_token: string; refresh_token: string; expires_in: number };
    };
    expect(exchanged.status).toBe(200);
    expect(exchanged.result.access_token).toMatch(/^sl\./);
    expect(exchanged.result.expires_in).toBe(14400);

    auth.setRefreshToken(exchanged.result.refresh_token);
    await (auth.refreshAccessToken() as unknown as Promise<void>);
    expect(auth.getAccessToken()).toMatch(/^sl\./);
    expect(auth.getAccessToken()).not.toBe(exchanged.result.access_token);

    const [authorizeReq, exchangeReq, refreshReq] = ctx.emu.requests;
    expect(authorizeReq!.query).toMatchObject({
      client_id: ctx.emu.app.key,
      code_challenge_method: 'S256',
      token_access_type: 'offline',
    });
    // The SDK sends everything in the query string of the POST, and the emulator took it.
    expect(exchangeReq!.query).toMatchObject({ grant_type: 'authorization_code', client_id: ctx.emu.app.key });
    expect(exchangeReq!.status).toBe(200);
    expect(refreshReq!.query).toMatchObject({ grant_type: 'refresh_token', client_id: ctx.emu.app.key });
    expect(refreshReq!.status).toBe(200);
  });

  it('the SDK sees the emulator’s refusal of a revoked refresh token as Dropbox’s 400', async () => {
    const auth = new DropboxAuth({
      clientId: ctx.emu.app.key,
      refreshToken: 'R'.repeat(64),
      fetch: routedFetch() as unknown as typeof fetch,
    });
    const error = (await (auth.refreshAccessToken() as unknown as Promise<void>).catch((e: unknown) => e)) as {
      status: number;
      error: unknown;
    };
    expect(error.status).toBe(400);
    expect(error.error).toEqual({ error: 'invalid_grant', error_description: 'refresh token is invalid or revoked' });
  });
});
