import { describe, expect, it } from 'vitest';
import {
  guessCredentialKind,
  isAuthorizationCodeShaped,
  isCredentialShaped,
  isLoopbackHost,
  isScopeName,
  isSecureOrLoopbackUrl,
} from '../src/index.js';
import { useEmulator } from './helpers.js';

describe('the shape rules the products share', () => {
  it('credentials, scopes, codes and URLs', () => {
    expect(isCredentialShaped('abc')).toBe(true);
    for (const bad of ['', 'a b', 'a\nb', 'a\u0000b']) expect(isCredentialShaped(bad)).toBe(false);
    expect(isScopeName('files.content.write')).toBe(true);
    expect(isScopeName('files read')).toBe(false);
    expect(isAuthorizationCodeShaped('abc-DEF_1.2~3')).toBe(true);
    expect(isAuthorizationCodeShaped('a/b')).toBe(false);
    expect(['127.0.0.1', 'localhost', '[::1]', '127.1.2.3'].every(isLoopbackHost)).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isSecureOrLoopbackUrl('https://api.dropboxapi.com')).toBe(true);
    expect(isSecureOrLoopbackUrl('http://localhost:8976')).toBe(true);
    expect(isSecureOrLoopbackUrl('http://example.com')).toBe(false);
  });
});

describe('guessCredentialKind', () => {
  const ctx = useEmulator();

  it('tells the three credentials Dropbox hands out apart, as the emulator issues them', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const answer = await fetch(`${ctx.emu.apiUrl}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: ctx.emu.app.key,
      }),
    });
    const { access_token } = (await answer.json()) as { access_token: string };
    const page = new URL(ctx.emu.authorizeUrl);
    page.search = new URLSearchParams({ client_id: ctx.emu.app.key, response_type: 'code' }).toString();
    const { codeFromPage } = await import('@dropbox-token/emulator/testing');
    const code = await codeFromPage(page.href);
    expect(guessCredentialKind(refreshToken)).toBe('refresh-token');
    expect(guessCredentialKind(access_token)).toBe('access-token');
    expect(guessCredentialKind(code)).toBe('authorization-code');
  });

  it('does not guess at what is none of them', () => {
    for (const other of ['short', 'with space in it and more than twenty', '{"refresh_token": "x"}'])
      expect(guessCredentialKind(other)).toBeUndefined();
  });
});
