import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach } from 'vitest';
import { buildAuthorizeUrl, createPkcePair, exchangeCode } from '../src/index.js';

export const REDIRECT_URI = 'http://127.0.0.1:53682/callback';

/** A fresh emulator per test, closed afterwards. */
export function useEmulator(): { readonly emu: Emulator } {
  const holder = {} as { emu: Emulator };
  beforeEach(async () => {
    holder.emu = await startEmulator();
  });
  afterEach(async () => {
    await holder.emu.close();
  });
  return holder;
}

/** Follows the emulator's consent redirect and returns the code from it. */
export async function authorize(url: URL, consent: 'approve' | 'deny' = 'approve'): Promise<URLSearchParams> {
  const response = await fetch(url, { redirect: 'manual', headers: { 'x-emulator-consent': consent } });
  const location = response.headers.get('location');
  if (response.status !== 302 || location === null)
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  return new URL(location).searchParams;
}

/** Mints a refresh token through the real flow: PKCE (public client) or with the app secret. */
export async function mintRefreshToken(emu: Emulator, kind: 'pkce' | 'secret', scope?: string[]): Promise<string> {
  const pkce = await createPkcePair();
  const url = buildAuthorizeUrl({
    clientId: emu.app.key,
    redirectUri: REDIRECT_URI,
    authorizeUrl: emu.authorizeUrl,
    scope,
    ...(kind === 'pkce' ? { codeChallenge: pkce.challenge } : {}),
  });
  const code = (await authorize(url)).get('code')!;
  const tokens = await exchangeCode({
    clientId: emu.app.key,
    code,
    redirectUri: REDIRECT_URI,
    apiUrl: emu.apiUrl,
    ...(kind === 'pkce' ? { codeVerifier: pkce.verifier } : { clientSecret: emu.app.secret }),
  });
  return tokens.refreshToken!;
}

/** Retry settings that take no real time. */
export const instantRetry = { sleep: async () => {}, random: () => 0.5, baseDelayMs: 100 };
