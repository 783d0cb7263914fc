import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBrokerConfig } from '@dropbox-token/broker';
import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { codeFromPage } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { baseArgs } from './run-cli.js';

/** --broker-config: the keyless broker's stanza for the account just linked, as the broker reads it. */
describe('--broker-config, in-process', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator();
  });
  afterEach(async () => {
    await emu.close();
  });

  it('with --print-refresh-token: the token on stdout (for wrangler secret put), the stanza in a new file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'broker-config-')), 'broker.yaml');
    const run = await runInProcess([...baseArgs(emu), '--print-refresh-token', '--broker-config', file], {
      onAuthorizeUrl: (url) => codeFromPage(url),
    });
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    const refreshToken = run.stdout.trim();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(refreshToken);
    // The broker itself accepts it.
    const config = parseBrokerConfig(text);
    expect(config.accounts.get('dropbox')).toMatchObject({
      appKey: emu.app.key,
      refreshTokenEnv: 'DROPBOX_REFRESH_TOKEN',
    });
    expect(config.identities.get('dropbox')!.scopes).toEqual(emu.app.scopes);
    expect(config.identities.get('dropbox')!.allow).toEqual({ repository: ['OWNER/NAME'], ref: ['refs/heads/main'] });
  });

  it('an existing file stops the run before the browser opens', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'broker-config-')), 'broker.yaml');
    writeFileSync(file, 'mine\n');
    const run = await runInProcess([...baseArgs(emu), '--print-refresh-token', '--broker-config', file], {
      onAuthorizeUrl: (url) => codeFromPage(url),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--broker-config names a file that exists already');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect(emu.requests.some((r) => r.path === '/oauth2/authorize')).toBe(false);
  });
});
