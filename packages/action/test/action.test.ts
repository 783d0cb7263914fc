import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { mintRefreshToken, revokeRefreshToken } from './mint.js';
import { type ActionRun, maskedBeforeUse, runAction } from './run-action.js';

const runtimes: [string, () => string][] = [
  ['Node 20 (this process)', () => process.execPath],
  ['Node 24 (the runner’s runtime)', () => inject('node24')],
];

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

describe.each(runtimes)('the bundled action under %s', (_label, nodePath) => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator();
  });
  afterEach(async () => {
    await emu.close();
  });

  it('refreshes a PKCE-issued token: masked first, then outputs, exit 0', async () => {
    const refreshToken = mintRefreshToken(emu, 'pkce');
    const run = await runAction(nodePath(), {
      'app-key': emu.app.key,
      'refresh-token': refreshToken,
      'api-url': emu.apiUrl,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const token = run.outputs['access-token']!;
    expect(token).toMatch(/^sl\./);
    expect(maskedBeforeUse(run.stdout, token)).toBe(true);
    expect(maskedBeforeUse(run.stdout, refreshToken)).toBe(true);
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(run.outputs['expires-in']).toBe('14400');
    expect(Date.parse(run.outputs['expires-at']!) - Date.now()).toBeGreaterThan(14_300_000);
    expect(run.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(run.outputs['token-type']).toBe('bearer');
    expect(run.outputs['scope']).toBe('');
    expect(run.outputs).not.toHaveProperty('account-id');
    expect(run.summary).toContain('Expires at');
    expect(run.summary).not.toContain(token);
    expect(run.env).toEqual({});
    const sent = emu.requests.filter((r) => r.path === '/oauth2/token').at(-1)!;
    expect(sent.body).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: emu.app.key });
  });

  it('with app-secret, verify, export-env and a narrower scope', async () => {
    const refreshToken = mintRefreshToken(emu, 'secret');
    const run = await runAction(nodePath(), {
      'app-key': emu.app.key,
      'app-secret': emu.app.secret,
      'refresh-token': refreshToken,
      'api-url': emu.apiUrl,
      verify: 'true',
      'export-env': 'DROPBOX_ACCESS_TOKEN',
      scope: 'account_info.read files.content.write',
    });
    expect(run.exitCode).toBe(0);
    const token = run.outputs['access-token']!;
    expect(run.outputs['account-id']).toBe(emu.dropbox.account.accountId);
    expect(run.outputs['scope']).toBe('account_info.read files.content.write');
    expect(run.env).toEqual({ DROPBOX_ACCESS_TOKEN: token });
    for (const secret of [token, refreshToken, emu.app.secret]) expect(maskedBeforeUse(run.stdout, secret)).toBe(true);
    expect(run.summary).toContain('yes (users/get_current_account)');
    expect(run.summary).toContain('<code>DROPBOX_ACCESS_TOKEN</code>');
    expect(`${run.summary}${run.stderr}`).not.toContain(token);
    const refresh = emu.requests.find(
      (r) =>
        r.path === '/oauth2/token' &&
        (r.body as Record<string, string>)['grant_type'] === 'refresh_token' &&
        r.headers.authorization,
    )!;
    expect(refresh.headers.authorization).toMatch(/^Basic /);
    expect(refresh.body).not.toHaveProperty('client_id');
  });

  it.each([
    [
      'a revoked refresh token',
      async (emu: Emulator) => {
        const token = mintRefreshToken(emu, 'pkce');
        await revokeRefreshToken(emu, token);
        return { 'app-key': emu.app.key, 'refresh-token': token };
      },
      /^::error::Dropbox refused the refresh token: it is invalid or revoked \(invalid_grant: refresh token is invalid or revoked\)\. Mint a new one with `npx @dropbox-token\/bootstrap`/,
    ],
    [
      'a wrong app secret',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'app-secret': 'wrongsecret1234',
        'refresh-token': mintRefreshToken(emu, 'secret'),
      }),
      /^::error::Dropbox refused the app credentials \(invalid_client.*\)\. Check the app-key and app-secret inputs/,
    ],
    [
      'a secret-issued token without app-secret',
      async (emu: Emulator) => ({ 'app-key': emu.app.key, 'refresh-token': mintRefreshToken(emu, 'secret') }),
      /^::error::Dropbox needs the app secret for this refresh token \(invalid_request: No auth function available for given request\): it was not issued with PKCE\. Set the app-secret input/,
    ],
    [
      'an empty refresh-token',
      async (emu: Emulator) => ({ 'app-key': emu.app.key, 'refresh-token': '  ' }),
      /^::error::The refresh-token input is empty: the secret is not set, or not available to this run \(workflows triggered from forks and by Dependabot do not receive secrets\)/,
    ],
    [
      'an empty app-key',
      async () => ({ 'app-key': '', 'refresh-token': 'x'.repeat(64) }),
      /^::error::The app-key input is empty\. Set it/,
    ],
    [
      'an invalid export-env',
      async (emu: Emulator) => ({ 'app-key': emu.app.key, 'refresh-token': 'x'.repeat(64), 'export-env': 'MY-TOKEN' }),
      /^::error::The export-env input is not a valid environment variable name/,
    ],
    [
      'a verify that fails for lack of account_info.read',
      async (emu: Emulator) => ({
        'app-key': emu.app.key,
        'refresh-token': mintRefreshToken(emu, 'pkce'),
        verify: 'true',
        scope: 'files.content.read',
      }),
      /^::error::The new access token failed verification with users\/get_current_account \(missing_scope.*\)\. Enable account_info\.read/,
    ],
  ])('fails clearly on %s', async (_name, prepare, expected) => {
    const inputs = { 'api-url': emu.apiUrl, ...(await prepare(emu)) };
    const run = await runAction(nodePath(), inputs);
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
    for (const [name, value] of Object.entries(inputs)) {
      if (name === 'app-secret' || name === 'refresh-token') {
        if (value.trim() !== '') expect(maskedBeforeUse(run.stdout, value)).toBe(true);
      }
    }
    if (!('verify' in inputs)) expect(run.outputs).toEqual({});
  });

  it('retries 5xx with a logged line per retry, then reports Dropbox unavailable with the attempts made', async () => {
    const refreshToken = mintRefreshToken(emu, 'pkce');
    emu.faults.next('/oauth2/token', ['503', '503', '503', '503', '503']);
    const run = await runAction(nodePath(), {
      'app-key': emu.app.key,
      'refresh-token': refreshToken,
      'api-url': emu.apiUrl,
      'timeout-seconds': '20',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.match(/^Attempt \d failed \(HTTP 503 server_error\); retrying in \d+\.\d s\.$/gm)).toHaveLength(
      3,
    );
    expect(errorLines(run)[0]).toMatch(
      /^::error::Dropbox is unavailable \(server_error: .*\) after 4 attempts in \d+\.\d s\. Re-run the job later/,
    );
    expect(run.outputs).toEqual({});
  });

  it('recovers from 429 and a reset', async () => {
    const refreshToken = mintRefreshToken(emu, 'pkce');
    emu.faults.next('/oauth2/token', ['429:Retry-After=1', 'reset']);
    const run = await runAction(nodePath(), {
      'app-key': emu.app.key,
      'refresh-token': refreshToken,
      'api-url': emu.apiUrl,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Attempt 1 failed (rate limited (Retry-After 1 s)); retrying in 1.0 s.');
    expect(run.stdout).toContain('Attempt 2 failed (network error)');
    expect(run.outputs['access-token']).toMatch(/^sl\./);
  });

  it('bounds the whole step by timeout-seconds when Dropbox stalls', async () => {
    const refreshToken = mintRefreshToken(emu, 'pkce');
    emu.faults.next('/oauth2/token', ['stall', 'stall', 'stall', 'stall']);
    const run = await runAction(nodePath(), {
      'app-key': emu.app.key,
      'refresh-token': refreshToken,
      'api-url': emu.apiUrl,
      'timeout-seconds': '2',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/^::error::Dropbox is unavailable \(timeout\) after 1 attempt in 2\.\d s\./);
    expect(run.durationMs).toBeLessThan(6000);
  });
});
