import { describe, expect, it } from 'vitest';
import { DropboxTokenManager, refreshAccessToken } from '../src/index.js';
import { mintRefreshToken, useEmulator } from './helpers.js';

describe('DropboxTokenManager', () => {
  const ctx = useEmulator();
  const tokenCalls = () =>
    ctx.emu.requests.filter(
      (r) =>
        r.path === '/oauth2/token' && r.body && (r.body as Record<string, string>)['grant_type'] === 'refresh_token',
    ).length;

  async function manager(extra: Partial<ConstructorParameters<typeof DropboxTokenManager>[0]> = {}) {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce');
    let offset = 0;
    const m = new DropboxTokenManager({
      clientId: ctx.emu.app.key,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
      now: () => Date.now() + offset,
      ...extra,
    });
    return { m, advance: (ms: number) => (offset += ms), refreshToken };
  }

  it('caches the token until 300 s before expiry, then refreshes', async () => {
    const { m, advance } = await manager();
    const first = await m.getAccessToken();
    expect(await m.getAccessToken()).toBe(first);
    advance(4 * 3600_000 - 301_000);
    expect(await m.getAccessToken()).toBe(first);
    advance(2000);
    const second = await m.getAccessToken();
    expect(second).not.toBe(first);
    expect(tokenCalls()).toBe(2);
  });

  it('keeps a token whose answer had no expires_in (legacy) for at most four hours, never forever', async () => {
    const { m, advance } = await manager();
    ctx.emu.faults.next('/oauth2/token', ['no-expiry']);
    const legacy = await m.getTokenSet();
    expect(legacy.expiresAt).toBeUndefined();
    advance(4 * 3600_000 - 301_000);
    expect(await m.getAccessToken()).toBe(legacy.accessToken);
    advance(2000);
    expect(await m.getAccessToken()).not.toBe(legacy.accessToken);
    expect(tokenCalls()).toBe(2);
  });

  it('honours a custom margin', async () => {
    const { m, advance } = await manager({ refreshMarginSeconds: 3600 });
    const first = await m.getAccessToken();
    advance(3 * 3600_000 + 1000);
    expect(await m.getAccessToken()).not.toBe(first);
  });

  it('1,000 concurrent callers share exactly one token request', async () => {
    const { m } = await manager();
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => m.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(tokenCalls()).toBe(1);
  });

  it('a failed refresh is reported to every waiter and the next call tries again', async () => {
    const { m } = await manager({ retry: false });
    ctx.emu.faults.next('/oauth2/token', ['503']);
    const results = await Promise.allSettled([m.getAccessToken(), m.getAccessToken()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'server_error' });
    expect(await m.getAccessToken()).toMatch(/^sl\./);
  });

  it('fetch adds the bearer header and, on 401 expired_access_token, refreshes once and retries', async () => {
    const { m } = await manager();
    const url = `${ctx.emu.apiUrl}/2/users/get_current_account`;
    const ok = await m.fetch(url, { method: 'POST' });
    expect(ok.status).toBe(200);
    const firstToken = await m.getAccessToken();
    // The server's clock moves past expiry while the manager still trusts its cached token.
    ctx.emu.clock.advance(4 * 3600_000 + 1000);
    const retried = await m.fetch(url, { method: 'POST' });
    expect(retried.status).toBe(200);
    expect(((await retried.json()) as { account_id: string }).account_id).toBe(ctx.emu.dropbox.account.accountId);
    const calls = ctx.emu.requests.filter((r) => r.path === '/2/users/get_current_account');
    expect(calls.map((c) => c.status)).toEqual([200, 401, 200]);
    expect(calls[1]!.headers['authorization']).toBe(`Bearer ${firstToken}`);
    expect(calls[2]!.headers['authorization']).not.toBe(`Bearer ${firstToken}`);
    expect(tokenCalls()).toBe(2);
  });

  it('fetch returns other 401s untouched, without refreshing', async () => {
    const { m, refreshToken } = await manager();
    await m.getAccessToken();
    // Revoking kills the refresh token and every access token minted from it.
    const token = await m.getAccessToken();
    const revoke = await fetch(`${ctx.emu.apiUrl}/2/auth/token/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoke.status).toBe(200);
    const response = await m.fetch(`${ctx.emu.apiUrl}/2/users/get_current_account`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { '.tag': string } }).error['.tag']).toBe('invalid_access_token');
    expect(tokenCalls()).toBe(1);
    // Revoking the access token disabled the refresh token behind it, so no refresh could help.
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl, retry: false }),
    ).rejects.toMatchObject({ code: 'invalid_grant' });
  });

  it('validates its options up front', () => {
    expect(() => new DropboxTokenManager({ clientId: '', refreshToken: 'x' })).toThrow(/clientId/);
    expect(() => new DropboxTokenManager({ clientId: 'k', refreshToken: '' })).toThrow(/refreshToken/);
    expect(() => new DropboxTokenManager({ clientId: 'k', refreshToken: 'r', refreshMarginSeconds: -1 })).toThrow(
      /refreshMarginSeconds/,
    );
  });

  it('invalidate() forces the next call to refresh', async () => {
    const { m } = await manager();
    const first = await m.getAccessToken();
    m.invalidate();
    expect(await m.getAccessToken()).not.toBe(first);
  });
});
