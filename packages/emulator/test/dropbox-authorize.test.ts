import { describe, expect, it } from 'vitest';
import { REDIRECT_URI, authorize, pkce, useEmulator } from './helpers.js';

describe('GET /oauth2/authorize', () => {
  const ctx = useEmulator();
  const base = () => ({
    client_id: ctx.emu.app.key,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    token_access_type: 'offline',
  });

  it('approves by default: 302 to the redirect URI with code and state', async () => {
    const { response, redirect } = await authorize(ctx.emu, { ...base(), state: 'xyz' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:53682\/callback\?code=/);
    expect(redirect!.get('state')).toBe('xyz');
    expect(redirect!.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('deny redirects with error=access_denied, a description and the state', async () => {
    const { redirect } = await authorize(ctx.emu, { ...base(), state: 's1' }, { 'x-emulator-consent': 'deny' });
    expect(Object.fromEntries(redirect!)).toEqual({
      error: 'access_denied',
      error_description: 'The user chose not to give your app access to their Dropbox account.',
      state: 's1',
    });
  });

  it('the consent mode can be set for the whole emulator', async () => {
    ctx.emu.dropbox.consent = 'deny';
    expect((await authorize(ctx.emu, base())).redirect!.get('error')).toBe('access_denied');
    expect(ctx.emu.dropbox.consent).toBe('deny');
  });

  it('without a redirect URI shows the code on a page to copy', async () => {
    const { client_id, response_type } = base();
    const { response, text } = await authorize(ctx.emu, { client_id, response_type });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toMatch(/<input class="code" id="code" readonly value="[A-Za-z0-9_-]{43}"/);
  });

  it('page mode serves a consent form whose Allow and Deny buttons decide', async () => {
    const { response, text } = await authorize(
      ctx.emu,
      { ...base(), state: 'st', scope: 'account_info.read files.content.read' },
      { 'x-emulator-consent': 'page' },
    );
    expect(response.status).toBe(200);
    expect(text).toContain('Emulated CI Uploader');
    expect(text).toContain('View basic information about your Dropbox account');
    expect(text).toContain('View content of your Dropbox files and folders');
    expect(text).toContain('Ada Lovelace');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const fields = [...text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
      m[1]!,
      m[2]!.replace(/&amp;/g, '&'),
    ]);
    const submit = async (decision: string) => {
      const form = new URLSearchParams([...fields, ['decision', decision]] as [string, string][]);
      const answer = await fetch(ctx.emu.authorizeUrl, { method: 'POST', body: form, redirect: 'manual' });
      return new URL(answer.headers.get('location')!).searchParams;
    };
    const allowed = await submit('allow');
    expect(allowed.get('code')).toBeTruthy();
    expect(allowed.get('state')).toBe('st');
    expect((await submit('deny')).get('error')).toBe('access_denied');
  });

  it.each([
    [{ client_id: 'nosuchapp' }, 'Invalid client_id: &quot;nosuchapp&quot;'],
    [
      { redirect_uri: 'http://127.0.0.1:53682/other' },
      'It must exactly match one of the redirect URIs you&#39;ve pre-configured for your app (including the path).',
    ],
    [{ redirect_uri: 'http://127.0.0.1:53683/callback' }, 'Invalid redirect_uri.'],
    [{ approval_prompt: 'force' }, 'unknown field &quot;approval_prompt&quot;'],
    [{ scope: '' }, 'the scope parameter is empty'],
    [{ scope: 'sharing.write' }, 'is not enabled for this app'],
    [{ token_access_type: 'forever' }, 'Invalid token_access_type'],
    [{ response_type: 'token' }, 'Invalid response_type'],
    [{ code_challenge: pkce().challenge, code_challenge_method: 'plain' }, 'Invalid code_challenge_method'],
    [{ code_challenge_method: 'S256' }, 'code_challenge_method requires code_challenge'],
    [{ include_granted_scopes: 'user' }, 'include_granted_scopes requires scope'],
    [{ state: 'x'.repeat(501) }, 'longer than 500 bytes'],
  ])('refuses %o with a 400 page', async (override, message) => {
    const { response, text } = await authorize(ctx.emu, { ...base(), ...override });
    expect(response.status).toBe(400);
    expect(text).toContain(message);
  });

  it('a missing client_id is a 400 page', async () => {
    const { response } = await authorize(ctx.emu, { response_type: 'code' });
    expect(response.status).toBe(400);
  });

  it('escapes what it echoes', async () => {
    const { text } = await authorize(ctx.emu, { ...base(), client_id: '<script>' });
    expect(text).not.toContain('<script>');
  });
});
