import { buildAuthorizeUrl, createPkcePair, exchangeCode, refreshAccessToken } from '@dropbox-token/core';
import type { Emulator } from '@dropbox-token/emulator';

/** A refresh token minted through the emulator's real authorize + token endpoints. */
export async function mintRefreshToken(emu: Emulator, kind: 'pkce' | 'secret', scope?: string[]): Promise<string> {
  const pkce = await createPkcePair();
  const redirectUri = emu.app.redirectUris[0]!;
  const url = buildAuthorizeUrl({
    clientId: emu.app.key,
    redirectUri,
    scope,
    authorizeUrl: emu.authorizeUrl,
    ...(kind === 'pkce' ? { codeChallenge: pkce.challenge } : {}),
  });
  const location = (await fetch(url, { redirect: 'manual' })).headers.get('location')!;
  const code = new URL(location).searchParams.get('code')!;
  const tokens = await exchangeCode({
    clientId: emu.app.key,
    code,
    redirectUri,
    apiUrl: emu.apiUrl,
    ...(kind === 'pkce' ? { codeVerifier: pkce.verifier } : { clientSecret: emu.app.secret }),
  });
  return tokens.refreshToken!;
}

/** Revokes a refresh token the way Dropbox allows: by revoking an access token minted from it. */
export async function revokeRefreshToken(emu: Emulator, refreshToken: string): Promise<void> {
  const { accessToken } = await refreshAccessToken({ clientId: emu.app.key, refreshToken, apiUrl: emu.apiUrl });
  await fetch(`${emu.apiUrl}/2/auth/token/revoke`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
}
