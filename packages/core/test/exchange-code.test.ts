import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, createPkcePair, exchangeCode } from '../src/index.js';
import { REDIRECT_URI, authorize, useEmulator } from './helpers.js';

describe('exchangeCode', () => {
  const ctx = useEmulator();

  /** Approves `url` at the emulator and exchanges its code as a confidential client. */
  const exchangeWithSecret = async (url: URL) =>
    exchangeCode({
      clientId: ctx.emu.app.key,
      clientSecret: ctx.emu.app.secret,
      code: (await authorize(url)).get('code')!,
      redirectUri: REDIRECT_URI,
      apiUrl: ctx.emu.apiUrl,
    });

  async function pkceCode(redirectUri: string | undefined = REDIRECT_URI) {
    const pkce = await createPkcePair();
    const url = buildAuthorizeUrl({
      clientId: ctx.emu.app.key,
      redirectUri,
      codeChallenge: pkce.challenge,
      authorizeUrl: ctx.emu.authorizeUrl,
    });
    const code = (await authorize(url)).get('code')!;
    return { code, verifier: pkce.verifier };
  }

  it('exchanges a PKCE code with client_id in the body and no secret', async () => {
    const { code, verifier } = await pkceCode();
    const before = Date.now();
    const tokens = await exchangeCode({
      clientId: ctx.emu.app.key,
      code,
      codeVerifier: verifier,
      redirectUri: REDIRECT_URI,
      apiUrl: ctx.emu.apiUrl,
    });
    expect(tokens.accessToken).toMatch(/^sl\./);
    expect(tokens.refreshToken).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(tokens.tokenType).toBe('bearer');
    expect(tokens.expiresIn).toBe(14400);
    expect(tokens.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + 14400_000);
    expect(tokens.scopes).toEqual(ctx.emu.app.scopes);
    expect(tokens.accountId).toBe(ctx.emu.dropbox.account.accountId);
    expect(tokens.uid).toMatch(/^\d+$/);

    const sent = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    expect(sent.headers['authorization']).toBeUndefined();
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.body).toEqual({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      client_id: ctx.emu.app.key,
    });
  });

  it('a team-linked app (team scopes) authorized by a team admin: teamId and no accountId', async () => {
    ctx.emu.app.scopes.push('team_info.read', 'team_data.member');
    const team = ctx.emu.dropbox.addTeam();
    ctx.emu.dropbox.signedIn = team.members[0]!;
    const pkce = await createPkcePair();
    const url = buildAuthorizeUrl({
      clientId: ctx.emu.app.key,
      redirectUri: REDIRECT_URI,
      codeChallenge: pkce.challenge,
      scope: ['team_info.read', 'team_data.member'],
      authorizeUrl: ctx.emu.authorizeUrl,
    });
    const code = (await authorize(url)).get('code')!;
    const tokens = await exchangeCode({
      clientId: ctx.emu.app.key,
      code,
      codeVerifier: pkce.verifier,
      redirectUri: REDIRECT_URI,
      apiUrl: ctx.emu.apiUrl,
    });
    expect(tokens.teamId).toBe(team.teamId);
    expect(tokens.accountId).toBeUndefined();
    expect(tokens.refreshToken).toBeDefined();
  });

  it('a legacy exchange: no refresh token and no expiry, after the single-use code is spent', async () => {
    const url = buildAuthorizeUrl({
      clientId: ctx.emu.app.key,
      redirectUri: REDIRECT_URI,
      tokenAccessType: 'legacy',
      authorizeUrl: ctx.emu.authorizeUrl,
    });
    const tokens = await exchangeWithSecret(url);
    expect(tokens.accessToken).toMatch(/^sl\./);
    expect(tokens.expiresIn).toBeUndefined();
    expect(tokens.expiresAt).toBeUndefined();
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('exchanges a code with the app secret by HTTP Basic only, never a client_id field as well', async () => {
    const url = buildAuthorizeUrl({
      clientId: ctx.emu.app.key,
      authorizeUrl: ctx.emu.authorizeUrl,
      redirectUri: REDIRECT_URI,
    });
    const tokens = await exchangeWithSecret(url);
    expect(tokens.refreshToken).toBeDefined();
    const sent = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    expect(sent.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${ctx.emu.app.key}:${ctx.emu.app.secret}`).toString('base64')}`,
    );
    expect(sent.body).not.toHaveProperty('client_id');
    expect(sent.body).not.toHaveProperty('client_secret');
  });

  it('exchanges a code shown on screen (no redirect URI) and sends no redirect_uri', async () => {
    const pkce = await createPkcePair();
    const url = buildAuthorizeUrl({
      clientId: ctx.emu.app.key,
      codeChallenge: pkce.challenge,
      authorizeUrl: ctx.emu.authorizeUrl,
    });
    const page = await (await fetch(url)).text();
    const code = /id="code" readonly value="([^"]+)"/.exec(page)![1]!;
    const tokens = await exchangeCode({
      clientId: ctx.emu.app.key,
      code,
      codeVerifier: pkce.verifier,
      apiUrl: ctx.emu.apiUrl,
    });
    expect(tokens.accessToken).toMatch(/^sl\./);
    expect(ctx.emu.requests.at(-1)!.body).not.toHaveProperty('redirect_uri');
  });

  it('a reused code fails with invalid_grant and a hint to start again', async () => {
    const { code, verifier } = await pkceCode();
    const options = {
      clientId: ctx.emu.app.key,
      code,
      codeVerifier: verifier,
      redirectUri: REDIRECT_URI,
      apiUrl: ctx.emu.apiUrl,
    };
    await exchangeCode(options);
    const error = await exchangeCode(options).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_grant',
      status: 400,
      error: 'invalid_grant',
      errorDescription: "code doesn't exist or has expired",
      retryable: false,
      attempts: 1,
    });
    expect((error as Error).message).not.toContain(code);
    expect(JSON.stringify(error)).not.toContain(code);
    expect(inspect(error)).not.toContain(code);
    expect((error as { hint: string }).hint).toMatch(/single-use/);
  });

  it('an expired code fails (emulator clock moved 11 minutes)', async () => {
    const { code, verifier } = await pkceCode();
    ctx.emu.clock.advance(11 * 60_000);
    await expect(
      exchangeCode({
        clientId: ctx.emu.app.key,
        code,
        codeVerifier: verifier,
        redirectUri: REDIRECT_URI,
        apiUrl: ctx.emu.apiUrl,
      }),
    ).rejects.toMatchObject({ code: 'invalid_grant' });
  });

  it('a wrong verifier and a mismatched redirect_uri fail with invalid_grant', async () => {
    const first = await pkceCode();
    await expect(
      exchangeCode({
        clientId: ctx.emu.app.key,
        code: first.code,
        codeVerifier: 'x'.repeat(43),
        redirectUri: REDIRECT_URI,
        apiUrl: ctx.emu.apiUrl,
      }),
    ).rejects.toMatchObject({ code: 'invalid_grant' });
    const second = await pkceCode();
    const error = await exchangeCode({
      clientId: ctx.emu.app.key,
      code: second.code,
      codeVerifier: second.verifier,
      redirectUri: 'http://localhost:53682/callback',
      apiUrl: ctx.emu.apiUrl,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_grant', errorDescription: 'redirect_uri mismatch' });
  });

  it('a wrong secret fails with invalid_client and a hint to check the app key and secret', async () => {
    const { code } = await pkceCode();
    const error = await exchangeCode({
      clientId: ctx.emu.app.key,
      clientSecret: 'wrongsecret1234',
      code,
      redirectUri: REDIRECT_URI,
      apiUrl: ctx.emu.apiUrl,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_client', status: 400 });
    expect((error as { hint: string }).hint).toMatch(/app key and secret/);
    expect(JSON.stringify(error) + inspect(error)).not.toContain('wrongsecret1234');
  });

  it('refuses to send without a secret or a verifier', async () => {
    await expect(exchangeCode({ clientId: 'k', code: 'c0de', apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'invalid_options',
    });
    expect(ctx.emu.requests).toHaveLength(0);
  });
});
