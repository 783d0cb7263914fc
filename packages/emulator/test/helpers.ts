import { createHash, randomBytes } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import { afterEach, beforeEach } from 'vitest';
import type { Emulator } from '../src/index.js';
import { useEmulator as useEmulatorWith } from '../src/testing.js';

export const REDIRECT_URI = 'http://127.0.0.1:53682/callback';

export function useEmulator(): { readonly emu: Emulator } {
  return useEmulatorWith({ beforeEach, afterEach });
}

export function pkce() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Calls /oauth2/authorize without following the redirect. */
export async function authorize(emu: Emulator, params: Record<string, string>, headers: Record<string, string> = {}) {
  const url = new URL(emu.authorizeUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await fetch(url, { redirect: 'manual', headers });
  const location = response.headers.get('location');
  return {
    response,
    text: await response.text(),
    redirect: location === null ? undefined : new URL(location).searchParams,
  };
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export async function token(emu: Emulator, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${emu.apiUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, text: await response.text(), response };
}

/** A code for the seeded app without PKCE (a confidential client), through the real authorize endpoint. */
export async function codeWithoutPkce(
  emu: Emulator,
  tokenAccessType: 'offline' | 'legacy' = 'offline',
): Promise<string> {
  const { redirect } = await authorize(emu, {
    client_id: emu.app.key,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    token_access_type: tokenAccessType,
  });
  return redirect!.get('code')!;
}

/** A PKCE code for the seeded app, through the real authorize endpoint. */
export async function pkceCode(emu: Emulator, extra: Record<string, string> = {}) {
  const pair = pkce();
  const { redirect } = await authorize(emu, {
    client_id: emu.app.key,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    token_access_type: 'offline',
    code_challenge: pair.challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  return { code: redirect!.get('code')!, verifier: pair.verifier, redirect: redirect! };
}

export async function mintTokens(emu: Emulator, mode: 'pkce' | 'secret' = 'pkce') {
  const { code, verifier } = await pkceCode(emu);
  const fields: Record<string, string> = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  };
  const headers: Record<string, string> = {};
  if (mode === 'pkce') fields['client_id'] = emu.app.key;
  else headers['authorization'] = basic(emu.app.key, emu.app.secret);
  const { status, text } = await token(emu, fields, headers);
  if (status !== 200) throw new Error(text);
  return JSON.parse(text) as { access_token: string; refresh_token: string; expires_in: number; scope: string };
}

/** Seals a value the way GitHub's guide prescribes, written here independently of the bootstrap. */
export async function seal(publicKeyBase64: string, value: string): Promise<string> {
  await sodium.ready;
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  return sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), key), sodium.base64_variants.ORIGINAL);
}

export async function gh(emu: Emulator, method: string, path: string, body?: unknown, tokenValue = emu.github.token) {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
  };
  if (tokenValue !== '') headers['authorization'] = `Bearer ${tokenValue}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${emu.githubUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}
