import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type DropboxOAuthError, refreshAccessToken } from '../src/index.js';
import { instantRetry, mintRefreshToken, useEmulator } from './helpers.js';

describe('refreshAccessToken', () => {
  const ctx = useEmulator();

  it('refreshes a PKCE-issued token with client_id alone; the answer carries no refresh token', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce');
    const tokens = await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl });
    expect(tokens.accessToken).toMatch(/^sl\./);
    expect(tokens.expiresIn).toBe(14400);
    expect(tokens.refreshToken).toBeUndefined();
    const sent = ctx.emu.requests.at(-1)!;
    expect(sent.body).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: ctx.emu.app.key });
    expect(sent.headers['authorization']).toBeUndefined();
  });

  it('refreshes a secret-issued token with HTTP Basic', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'secret');
    const tokens = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      clientSecret: ctx.emu.app.secret,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
    });
    expect(tokens.accessToken).toMatch(/^sl\./);
    const sent = ctx.emu.requests.at(-1)!;
    expect(sent.headers['authorization']).toMatch(/^Basic /);
    expect(sent.body).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken });
  });

  it('a secret-issued token refreshed without the secret is client_secret_required, set where the body is read', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'secret');
    const error = (await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl }).catch(
      (e) => e,
    )) as DropboxOAuthError;
    expect(error).toMatchObject({
      code: 'client_secret_required',
      status: 400,
      error: 'invalid_request',
      errorDescription: 'No auth function available for given request',
    });
    expect(error.hint).toMatch(/not minted with PKCE: pass clientSecret/);
  });

  it('narrows the scope to a subset, and refuses a scope outside the grant', async () => {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce');
    const narrow = await refreshAccessToken({
      clientId: ctx.emu.app.key,
      refreshToken,
      scope: ['files.content.read'],
      apiUrl: ctx.emu.apiUrl,
    });
    expect(narrow.scopes).toEqual(['files.content.read']);
    expect(ctx.emu.requests.at(-1)!.body).toMatchObject({ scope: 'files.content.read' });
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, scope: ['sharing.write'], apiUrl: ctx.emu.apiUrl }),
    ).rejects.toMatchObject({ code: 'invalid_scope' });
  });

  it('an unknown refresh token: invalid_grant, not retried, and no secret in the error', async () => {
    const refreshToken = 'R'.repeat(64);
    const error = (await refreshAccessToken({
      clientId: ctx.emu.app.key,
      clientSecret: ctx.emu.app.secret,
      refreshToken,
      apiUrl: ctx.emu.apiUrl,
      retry: instantRetry,
    }).catch((e) => e)) as DropboxOAuthError;
    expect(error.code).toBe('invalid_grant');
    expect(error.errorDescription).toBe('refresh token is invalid or revoked');
    // A library's hint: neutral, naming no product's command.
    expect(error.hint).toBe('The refresh token is revoked or malformed: authorize again.');
    expect(error.attempts).toBe(1);
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(1);
    for (const text of [error.message, JSON.stringify(error), inspect(error), String(error)]) {
      expect(text).not.toContain(refreshToken);
      expect(text).not.toContain(ctx.emu.app.secret);
    }
  });

  it('a malformed refresh token is reported as such', async () => {
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: 'not-a-token!', apiUrl: ctx.emu.apiUrl }),
    ).rejects.toMatchObject({ code: 'invalid_grant', errorDescription: 'refresh token is malformed' });
  });

  it('an unknown app key is invalid_client', async () => {
    await expect(
      refreshAccessToken({
        clientId: 'nosuchapp',
        clientSecret: 'x'.repeat(15),
        refreshToken: 'R'.repeat(64),
        apiUrl: ctx.emu.apiUrl,
      }),
    ).rejects.toMatchObject({ code: 'invalid_client' });
  });

  it('validates options before sending anything', async () => {
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: '', apiUrl: ctx.emu.apiUrl }),
    ).rejects.toMatchObject({
      code: 'invalid_options',
    });
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: 'abc\n', apiUrl: ctx.emu.apiUrl }),
    ).rejects.toMatchObject({
      code: 'invalid_options',
      message: expect.stringMatching(/refreshToken/),
    });
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: 'abc', apiUrl: 'nope' }),
    ).rejects.toMatchObject({
      code: 'invalid_options',
    });
    expect(ctx.emu.requests).toHaveLength(0);
  });

  it('keeps a path prefix on apiUrl (for proxies)', async () => {
    const error = (await refreshAccessToken({
      clientId: ctx.emu.app.key,
      refreshToken: 'R'.repeat(64),
      apiUrl: `${ctx.emu.apiUrl}/prefix/`,
      retry: false,
    }).catch((e) => e)) as DropboxOAuthError;
    expect(ctx.emu.requests.at(-1)!.path).toBe('/prefix/oauth2/token');
    expect(error.code).toBe('http_error');
    expect(error.status).toBe(404);
  });

  it('never sends a refresh token in clear text to another machine: http only to a loopback host', async () => {
    for (const apiUrl of ['http://api.dropboxapi.com', 'http://10.0.0.5:8080', 'http://[fe80::1]/']) {
      await expect(refreshAccessToken({ clientId: 'k', refreshToken: 'r'.repeat(30), apiUrl })).rejects.toMatchObject({
        code: 'invalid_options',
        attempts: 0,
      });
    }
    expect(ctx.emu.requests).toEqual([]);
  });
});
