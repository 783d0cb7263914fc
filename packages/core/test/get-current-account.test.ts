import { describe, expect, it } from 'vitest';
import { getCurrentAccount, refreshAccessToken } from '../src/index.js';
import { mintRefreshToken, useEmulator } from './helpers.js';

describe('getCurrentAccount', () => {
  const ctx = useEmulator();

  async function token(scope?: string[]) {
    const refreshToken = mintRefreshToken(ctx.emu, 'pkce', scope);
    return (await refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken, apiUrl: ctx.emu.apiUrl })).accessToken;
  }

  it('returns the linked account, sending no body and no content type', async () => {
    const account = await getCurrentAccount({ accessToken: await token(), apiUrl: ctx.emu.apiUrl });
    expect(account).toMatchObject({
      accountId: ctx.emu.dropbox.account.accountId,
      displayName: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    expect(account.raw['account_id']).toBe(account.accountId);
    expect(account.raw['country']).toBe('GB');
    const sent = ctx.emu.requests.at(-1)!;
    expect(sent.headers['content-type']).toBeUndefined();
    expect(sent.rawBody).toBe('');
  });

  it('an expired token is expired_access_token (401), branching on the tag, not the dotted summary', async () => {
    const accessToken = await token();
    ctx.emu.clock.advance(4 * 3600_000 + 1000);
    const error = await getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'expired_access_token',
      status: 401,
      error: 'expired_access_token',
      errorDescription: 'expired_access_token',
    });
  });

  it('a token without account_info.read is missing_scope', async () => {
    const accessToken = await token(['files.content.read']);
    await expect(getCurrentAccount({ accessToken: accessToken, apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'missing_scope',
    });
  });

  it('an unknown token is invalid_access_token', async () => {
    await expect(getCurrentAccount({ accessToken: 'sl.nope', apiUrl: ctx.emu.apiUrl })).rejects.toMatchObject({
      code: 'invalid_access_token',
    });
  });
});

describe('getCurrentAccount against a hostile server', () => {
  it.each([
    [{ account_id: 'dbid:x\n::error::pwned', name: { display_name: 'A' } }, /account_id/],
    [{ account_id: 'dbid:x', name: { display_name: 'Ada\n::add-mask::x' } }, /name/],
    [{ account_id: 'dbid:x', name: { display_name: 'Ada' }, email: 'a@b\u2028c' }, /email/],
  ])('refuses a malformed account %#: invalid_response, the value nowhere in the error', async (body, field) => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const error = await getCurrentAccount({
        accessToken: 'sl.token',
        apiUrl: `http://127.0.0.1:${port}`,
        retry: false,
      }).catch((e: unknown) => e as { code: string; errorDescription: string; message: string });
      expect(error).toMatchObject({ code: 'invalid_response' });
      expect((error as { errorDescription: string }).errorDescription).toMatch(field);
      expect(JSON.stringify(error) + String(error)).not.toMatch(/pwned|add-mask|\u2028/);
    } finally {
      server.close();
    }
  });
});
