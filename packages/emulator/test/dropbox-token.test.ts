import { describe, expect, it } from 'vitest';
import {
  REDIRECT_URI,
  authorize,
  basic,
  mintTokens,
  pkceCode,
  token,
  useEmulator,
  codeWithoutPkce,
} from './helpers.js';

describe('POST /oauth2/token', () => {
  const ctx = useEmulator();

  it('exchanges a PKCE code for an sl. access token and a refresh token', async () => {
    const { code, verifier } = await pkceCode(ctx.emu);
    const { status, text, response } = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
    });
    expect(status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual([
      'access_token',
      'token_type',
      'expires_in',
      'refresh_token',
      'scope',
      'uid',
      'account_id',
    ]);
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 14400,
      account_id: ctx.emu.dropbox.account.accountId,
    });
    expect(body.access_token).toMatch(/^sl\./);
  });

  it('openid: the exchange also answers an id_token for the account, carrying the nonce; without openid none', async () => {
    const scope = 'openid email profile account_info.read';
    ctx.emu.dropbox.state.apps.get(ctx.emu.app.key)!.scopes.push('openid', 'email', 'profile');
    const { code, verifier } = await pkceCode(ctx.emu, { scope, nonce: 'n-0S6_WzA2Mj' });
    const { status, text } = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      client_id: ctx.emu.app.key,
    });
    expect(status).toBe(200);
    const body = JSON.parse(text) as { id_token: string; account_id: string; scope: string };
    expect(body.scope).toBe(scope);
    const [header, payload] = body.id_token
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      iss: 'https://www.dropbox.com',
      sub: body.account_id,
      aud: ctx.emu.app.key,
      nonce: 'n-0S6_WzA2Mj',
      email: ctx.emu.dropbox.account.email,
      email_verified: true,
      given_name: ctx.emu.dropbox.account.givenName,
    });
    expect(body.account_id).toHaveLength(40);
    // Without openid, no id_token; a nonce without openid is refused on the authorize page.
    expect(await mintTokens(ctx.emu)).not.toHaveProperty('id_token');
    await expect(pkceCode(ctx.emu, { nonce: 'x' })).rejects.toThrow();
  });

  it('an online grant carries no refresh token', async () => {
    const { code, verifier } = await pkceCode(ctx.emu, { token_access_type: 'online' });
    const { text } = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
    });
    expect(JSON.parse(text)).not.toHaveProperty('refresh_token');
  });

  it('codes are single-use and expire on the emulator clock', async () => {
    const first = await pkceCode(ctx.emu);
    const fields = {
      grant_type: 'authorization_code',
      code: first.code,
      code_verifier: first.verifier,
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
    };
    expect((await token(ctx.emu, fields)).status).toBe(200);
    const reused = await token(ctx.emu, fields);
    expect(reused.status).toBe(400);
    expect(reused.text).toBe('{"error":"invalid_grant","error_description":"code doesn\'t exist or has expired"}');

    const second = await pkceCode(ctx.emu);
    ctx.emu.clock.advance(10 * 60_000 + 1);
    const expired = await token(ctx.emu, { ...fields, code: second.code, code_verifier: second.verifier });
    expect(JSON.parse(expired.text).error_description).toBe("code doesn't exist or has expired");
  });

  it('checks the PKCE verifier and the redirect URI', async () => {
    const a = await pkceCode(ctx.emu);
    const wrongVerifier = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code: a.code,
      code_verifier: 'x'.repeat(50),
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
    });
    expect(JSON.parse(wrongVerifier.text).error).toBe('invalid_grant');
    const b = await pkceCode(ctx.emu);
    const mismatch = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code: b.code,
      code_verifier: b.verifier,
      redirect_uri: 'http://localhost:53682/callback',
      client_id: ctx.emu.app.key,
    });
    expect(mismatch.text).toBe('{"error_description":"redirect_uri mismatch","error":"invalid_grant"}');
    const c = await pkceCode(ctx.emu);
    const omitted = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code: c.code,
      code_verifier: c.verifier,
      client_id: ctx.emu.app.key,
    });
    expect(JSON.parse(omitted.text).error_description).toBe('redirect_uri mismatch');
  });

  it('a public client without PKCE has no auth function', async () => {
    const { redirect } = await authorize(ctx.emu, {
      client_id: ctx.emu.app.key,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
    });
    const answer = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code: redirect!.get('code')!,
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
    });
    expect(answer.text).toBe(
      '{"error":"invalid_request","error_description":"No auth function available for given request"}',
    );
  });

  it('client auth by Basic or by body fields, never both', async () => {
    const code = await codeWithoutPkce(ctx.emu);
    const both = await token(
      ctx.emu,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: ctx.emu.app.key },
      { authorization: basic(ctx.emu.app.key, ctx.emu.app.secret) },
    );
    expect(both.status).toBe(400);
    expect(JSON.parse(both.text)).toEqual({ error: 'invalid_request', error_description: 'unknown field "client_id"' });
    const fresh = await authorize(ctx.emu, {
      client_id: ctx.emu.app.key,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      token_access_type: 'offline',
    });
    const viaBody = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code: fresh.redirect!.get('code')!,
      redirect_uri: REDIRECT_URI,
      client_id: ctx.emu.app.key,
      client_secret: ctx.emu.app.secret,
    });
    expect(viaBody.status).toBe(200);
  });

  it('a wrong secret is 400 invalid_client, by Basic or by body', async () => {
    const viaBasic = await token(
      ctx.emu,
      { grant_type: 'refresh_token', refresh_token: 'R'.repeat(64) },
      { authorization: basic(ctx.emu.app.key, 'wrong') },
    );
    expect(viaBasic.status).toBe(400);
    expect(JSON.parse(viaBasic.text).error).toBe('invalid_client');
    const viaBody = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: 'R'.repeat(64),
      client_id: ctx.emu.app.key,
      client_secret: 'wrong',
    });
    expect(JSON.parse(viaBody.text).error).toBe('invalid_client');
    const unknownApp = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: 'R'.repeat(64),
      client_id: 'nope',
    });
    expect(JSON.parse(unknownApp.text).error).toBe('invalid_client');
  });

  it('refresh: no refresh_token in the answer; secret-minted tokens need the secret', async () => {
    const pkceTokens = await mintTokens(ctx.emu, 'pkce');
    const refreshed = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: pkceTokens.refresh_token,
      client_id: ctx.emu.app.key,
    });
    expect(Object.keys(JSON.parse(refreshed.text))).toEqual(['access_token', 'token_type', 'expires_in']);

    const secretTokens = await mintTokens(ctx.emu, 'secret');
    const noSecret = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: secretTokens.refresh_token,
      client_id: ctx.emu.app.key,
    });
    expect(noSecret.text).toBe(
      '{"error":"invalid_request","error_description":"No auth function available for given request"}',
    );
    const withSecret = await token(
      ctx.emu,
      { grant_type: 'refresh_token', refresh_token: secretTokens.refresh_token },
      { authorization: basic(ctx.emu.app.key, ctx.emu.app.secret) },
    );
    expect(withSecret.status).toBe(200);
  });

  it('refresh: unknown, revoked and malformed tokens', async () => {
    const auth = { authorization: basic(ctx.emu.app.key, ctx.emu.app.secret) };
    const unknown = await token(ctx.emu, { grant_type: 'refresh_token', refresh_token: 'R'.repeat(64) }, auth);
    expect(unknown.text).toBe('{"error":"invalid_grant","error_description":"refresh token is invalid or revoked"}');
    const malformed = await token(ctx.emu, { grant_type: 'refresh_token', refresh_token: 'not a token' }, auth);
    expect(malformed.text).toBe('{"error":"invalid_grant","error_description":"refresh token is malformed"}');
  });

  it('refresh: a narrower scope must be a subset', async () => {
    const tokens = await mintTokens(ctx.emu);
    const refreshFor = async (scope: string) =>
      JSON.parse(
        (
          await token(ctx.emu, {
            grant_type: 'refresh_token',
            refresh_token: tokens.refresh_token,
            client_id: ctx.emu.app.key,
            scope,
          })
        ).text,
      );
    expect((await refreshFor('files.content.read')).scope).toBe('files.content.read');
    expect((await refreshFor('sharing.write')).error).toBe('invalid_scope');
  });

  it('accepts parameters in the query of a POST, as the official JS SDK sends them', async () => {
    const tokens = await mintTokens(ctx.emu);
    const url = `${ctx.emu.apiUrl}/oauth2/token?grant_type=refresh_token&refresh_token=${tokens.refresh_token}&client_id=${ctx.emu.app.key}`;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
  });

  it('names missing and unknown fields and unsupported grants', async () => {
    expect(JSON.parse((await token(ctx.emu, { client_id: ctx.emu.app.key })).text)).toEqual({
      error: 'invalid_request',
      error_description: 'missing required field "grant_type"',
    });
    expect(
      JSON.parse((await token(ctx.emu, { grant_type: 'authorization_code', client_id: ctx.emu.app.key })).text),
    ).toEqual({
      error: 'invalid_request',
      error_description: 'missing required field "code"',
    });
    expect(JSON.parse((await token(ctx.emu, { grant_type: 'password', client_id: ctx.emu.app.key })).text).error).toBe(
      'unsupported_grant_type',
    );
    expect(JSON.parse((await token(ctx.emu, { grant_type: 'refresh_token', foo: '1' })).text).error_description).toBe(
      'unknown field "foo"',
    );
    const get = await fetch(`${ctx.emu.apiUrl}/oauth2/token`);
    expect(get.status).toBe(405);
    const json = await fetch(`${ctx.emu.apiUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });
});

describe('emu.dropbox.issueRefreshToken', () => {
  const ctx = useEmulator();

  it('issues PKCE-style and confidential refresh tokens without the browser flow', async () => {
    const pkce = ctx.emu.dropbox.issueRefreshToken({ scopes: ['files.content.read'] });
    const refreshed = JSON.parse(
      (
        await token(ctx.emu, {
          grant_type: 'refresh_token',
          refresh_token: pkce,
          client_id: ctx.emu.app.key,
          scope: 'files.content.read',
        })
      ).text,
    );
    expect(refreshed.access_token).toMatch(/^sl\./);
    const confidential = ctx.emu.dropbox.issueRefreshToken({ confidential: true });
    const withoutSecret = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: confidential,
      client_id: ctx.emu.app.key,
    });
    expect(JSON.parse(withoutSecret.text).error_description).toBe('No auth function available for given request');
    expect(() => ctx.emu.dropbox.issueRefreshToken({ appKey: 'nope' })).toThrow();
  });
});
