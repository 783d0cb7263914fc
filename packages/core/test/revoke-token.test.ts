import { describe, expect, it } from 'vitest';
import { getCurrentAccount, refreshAccessToken, revokeToken } from '../src/index.js';
import { mintRefreshToken, useEmulator } from './helpers.js';

describe('revokeToken', () => {
  const ctx = useEmulator();

  it('revokes the access token AND the refresh token behind it AND its sibling access tokens', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce');
    const options = { clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl };
    const first = await refreshAccessToken(options);
    const second = await refreshAccessToken(options);
    await revokeToken({ accessToken: first.accessToken, apiUrl: ctx.emu.apiUrl });
    const sent = ctx.emu.requests.at(-1)!;
    expect(sent.path).toBe('/2/auth/token/revoke');
    expect(sent.headers['authorization']).toBe(`Bearer ${first.accessToken}`);
    expect(sent.rawBody).toBe('');

    await expect(getCurrentAccount({ accessToken: second.accessToken, apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'invalid_access_token',
      status: 401,
    });
    await expect(refreshAccessToken(options)).rejects.toMatchObject({
      code: 'invalid_grant',
      errorDescription: 'refresh token is invalid or revoked',
    });
  });

  it('a token that is already revoked reports invalid_access_token', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce');
    const { accessToken } = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
    });
    await revokeToken({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl });
    const error = await revokeToken({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_access_token', operation: 'revokeToken' });
    expect(JSON.stringify(error)).not.toContain(accessToken);
  });
});
