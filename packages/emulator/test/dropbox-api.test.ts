import { describe, expect, it } from 'vitest';
import { mintTokens, token, useEmulator } from './helpers.js';

describe('/2 RPC routes', () => {
  const ctx = useEmulator();
  const call = (path: string, accessToken?: string, init: RequestInit = {}) =>
    fetch(`${ctx.emu.apiUrl}${path}`, {
      method: 'POST',
      ...init,
      headers: {
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        ...(init.headers as Record<string, string>),
      },
    });

  it('users/get_current_account returns a FullAccount, with no body or with null JSON', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    const none = await call('/2/users/get_current_account', access_token);
    expect(none.status).toBe(200);
    const account = (await none.json()) as Record<string, unknown>;
    for (const field of [
      'account_id',
      'name',
      'email',
      'email_verified',
      'disabled',
      'locale',
      'referral_link',
      'is_paired',
      'account_type',
      'root_info',
    ])
      expect(account).toHaveProperty(field);
    const nullBody = await call('/2/users/get_current_account', access_token, {
      headers: { 'content-type': 'application/json' },
      body: 'null',
    });
    expect(nullBody.status).toBe(200);
  });

  it('bad bodies and a missing Authorization are 400 plain text', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    const bad = await call('/2/users/get_current_account', access_token, {
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await bad.text()).toBe(
      'Error in call to API function "users/get_current_account": Bad HTTP "Content-Type" header: "text/plain".  Expecting one of "application/json", "application/json; charset=utf-8", "text/plain; charset=dropbox-cors-hack".',
    );
    const badJson = await call('/2/users/get_current_account', access_token, {
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(await badJson.text()).toMatch(/could not decode input as JSON/);
    const anonymous = await call('/2/users/get_current_account');
    expect(anonymous.status).toBe(400);
    expect(await anonymous.text()).toMatch(/Must provide HTTP header "Authorization"/);
    const basicAuth = await call('/2/users/get_current_account', undefined, {
      headers: { authorization: 'Basic abc' },
    });
    expect(basicAuth.status).toBe(400);
    expect(await basicAuth.text()).toBe(
      'Error in call to API function "users/get_current_account": Invalid authorization value in HTTP header "Authorization": "Basic abc".  Expecting "Bearer <oauth2-access-token>".',
    );
    const unknown = await call('/2/nope/nothing', access_token);
    expect([unknown.status, await unknown.text()]).toEqual([
      400,
      'Error in call to API function "nope/nothing": Unknown API function: /2/nope/nothing',
    ]);
    expect((await fetch(`${ctx.emu.apiUrl}/2/users/get_current_account`)).status).toBe(400);
  });

  it('the browser form: text/plain; charset=dropbox-cors-hack and the authorization URL parameter (dropbox-sdk-js)', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    const answer = await fetch(
      `${ctx.emu.apiUrl}/2/users/get_current_account?authorization=${encodeURIComponent(`Bearer ${access_token}`)}`,
      { method: 'POST', headers: { 'content-type': 'text/plain; charset=dropbox-cors-hack' }, body: 'null' },
    );
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { account_id: string }).account_id).toHaveLength(40);
  });

  it('an expired token is 401 expired_access_token with WWW-Authenticate and a dotted summary', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    ctx.emu.clock.advance(14_400_000);
    const response = await call('/2/users/get_current_account', access_token);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="Dropbox-API"');
    const body = (await response.json()) as { error_summary: string; error: { '.tag': string } };
    expect(body.error['.tag']).toBe('expired_access_token');
    expect(body.error_summary).toMatch(/^expired_access_token\/\.+$/);
  });

  it('an unknown well-formed token is a 401 invalid_access_token; a malformed one the plain-text 400', async () => {
    const response = await call('/2/users/get_current_account', `sl.u.${'A'.repeat(60)}`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { '.tag': string } }).error['.tag']).toBe('invalid_access_token');
    const malformed = await call('/2/users/get_current_account', 'sl.nope');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await malformed.text()).toBe(
      'Error in call to API function "users/get_current_account": The given OAuth 2 access token is malformed.',
    );
  });

  it('revoke kills the access token, its refresh token and every access token minted from it', async () => {
    const tokens = await mintTokens(ctx.emu);
    const sibling = JSON.parse(
      (
        await token(ctx.emu, {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token,
          client_id: ctx.emu.app.key,
        })
      ).text,
    ).access_token;
    const revoked = await call('/2/auth/token/revoke', tokens.access_token);
    expect(revoked.status).toBe(200);
    expect(await revoked.text()).toBe('null');
    expect((await call('/2/users/get_current_account', sibling)).status).toBe(401);
    const refresh = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
      client_id: ctx.emu.app.key,
    });
    expect(JSON.parse(refresh.text).error_description).toBe('refresh token is invalid or revoked');
  });

  it('check/user echoes the query', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    const response = await call('/2/check/user', access_token, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'ping' }),
    });
    expect(await response.json()).toEqual({ result: 'ping' });
    const tooLong = await call('/2/check/user', access_token, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(501) }),
    });
    expect(tooLong.status).toBe(400);
    const broken = await call('/2/check/user', access_token, {
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('a token narrowed away from account_info.read gets missing_scope', async () => {
    const { refresh_token } = await mintTokens(ctx.emu);
    const narrow = JSON.parse(
      (
        await token(ctx.emu, {
          grant_type: 'refresh_token',
          refresh_token,
          client_id: ctx.emu.app.key,
          scope: 'files.content.read',
        })
      ).text,
    ).access_token;
    const response = await call('/2/users/get_current_account', narrow);
    expect(await response.json()).toMatchObject({
      error: { '.tag': 'missing_scope', required_scope: 'account_info.read' },
    });
  });

  it('answers pages from other origins (CORS) on the API host, but not on the authorize page', async () => {
    const origin = { origin: 'http://127.0.0.1:1' };
    const preflight = await fetch(`${ctx.emu.apiUrl}/2/users/get_current_account`, {
      method: 'OPTIONS',
      headers: {
        ...origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const { access_token } = await mintTokens(ctx.emu);
    const answer = await call('/2/users/get_current_account', access_token, { headers: origin });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const refused = await call('/2/users/get_current_account', `sl.u.${'B'.repeat(60)}`, { headers: origin });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    const withoutOrigin = await call('/2/users/get_current_account', access_token);
    expect(withoutOrigin.headers.get('access-control-allow-origin')).toBeNull();
    const authorize = await fetch(`${ctx.emu.authorizeUrl}?client_id=${ctx.emu.app.key}&response_type=code`, {
      headers: origin,
      redirect: 'manual',
    });
    expect(authorize.headers.get('access-control-allow-origin')).toBeNull();
  });
});
