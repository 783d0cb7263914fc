import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { basic, mintTokens, pkceCode, token, useEmulator } from './helpers.js';

/**
 * Real Dropbox answers, string for string, as recorded in the project's reference file
 * (`shared/reference/dropbox-oauth.md`, section 3). When that file sits beside the checkout,
 * the test also checks each string still appears in it verbatim.
 */
const RECORDED = {
  refreshRevoked: '`refresh token is invalid or revoked`',
  refreshMalformed: '`refresh token is malformed`',
  codeMissing: "`code doesn't exist or has expired`",
  redirectMismatch: '{"error_description": "redirect_uri mismatch", "error": "invalid_grant"}',
  noAuthFunction: '{"error": "invalid_request", "error_description": "No auth function available for given request"}',
  unknownClientId: '`unknown field "client_id"`',
  serverError: '{"error": "The server has either erred or is incapable of performing the requested operation."}',
  expired: '{"error_summary": "expired_access_token/...", "error": {".tag": "expired_access_token"}}',
  wwwAuthenticate: '`WWW-Authenticate: Bearer realm="Dropbox-API"`',
};

const here = dirname(fileURLToPath(import.meta.url));
const referenceFile = [
  join(here, '../../../../shared/reference/dropbox-oauth.md'),
  join(here, '../../../shared/reference/dropbox-oauth.md'),
].find(existsSync);

/** The recorded bodies use Python-style spacing; compare as canonical JSON. */
const same = (emulated: string, recorded: string) => expect(JSON.parse(emulated)).toEqual(JSON.parse(recorded));
const unquote = (recorded: string) => recorded.replace(/^[`"]|[`"]$/g, '');

describe('error bodies equal the recorded real ones', () => {
  const ctx = useEmulator();

  it.runIf(referenceFile !== undefined)('every recorded string is still in the reference file', () => {
    const reference = readFileSync(referenceFile!, 'utf8');
    for (const recorded of Object.values(RECORDED)) expect(reference).toContain(recorded);
  });

  it('token endpoint errors', async () => {
    const auth = { authorization: basic(ctx.emu.app.key, ctx.emu.app.secret) };
    const revoked = await token(ctx.emu, { grant_type: 'refresh_token', refresh_token: 'R'.repeat(64) }, auth);
    expect(JSON.parse(revoked.text).error_description).toBe(unquote(RECORDED.refreshRevoked));
    const malformed = await token(ctx.emu, { grant_type: 'refresh_token', refresh_token: '!!' }, auth);
    expect(JSON.parse(malformed.text).error_description).toBe(unquote(RECORDED.refreshMalformed));
    const missing = await token(ctx.emu, { grant_type: 'authorization_code', code: 'nope' }, auth);
    expect(JSON.parse(missing.text).error_description).toBe(unquote(RECORDED.codeMissing));
    const { code, verifier } = await pkceCode(ctx.emu);
    const mismatch = await token(ctx.emu, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: 'http://localhost:53682/callback',
      client_id: ctx.emu.app.key,
    });
    same(mismatch.text, RECORDED.redirectMismatch);
    const secretMinted = await mintTokens(ctx.emu, 'secret');
    const noAuth = await token(ctx.emu, {
      grant_type: 'refresh_token',
      refresh_token: secretMinted.refresh_token,
      client_id: ctx.emu.app.key,
    });
    same(noAuth.text, RECORDED.noAuthFunction);
    const both = await token(
      ctx.emu,
      { grant_type: 'refresh_token', refresh_token: secretMinted.refresh_token, client_id: ctx.emu.app.key },
      auth,
    );
    expect(JSON.parse(both.text).error_description).toBe(unquote(RECORDED.unknownClientId));
    ctx.emu.faults.next('/oauth2/token', ['500']);
    same((await token(ctx.emu, {})).text, RECORDED.serverError);
  });

  it('API auth errors', async () => {
    const { access_token } = await mintTokens(ctx.emu);
    ctx.emu.clock.advance(14_400_001);
    const response = await fetch(`${ctx.emu.apiUrl}/2/users/get_current_account`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}` },
    });
    const body = (await response.json()) as { error_summary: string };
    const recorded = JSON.parse(RECORDED.expired) as { error_summary: string; error: unknown };
    expect(body).toMatchObject({ error: recorded.error });
    // The number of trailing dots is random on purpose, as Dropbox does.
    expect(body.error_summary.replace(/\.+$/, '')).toBe(recorded.error_summary.replace(/\.+$/, ''));
    expect(`WWW-Authenticate: ${response.headers.get('www-authenticate')}`).toBe(unquote(RECORDED.wwwAuthenticate));
  });
});
