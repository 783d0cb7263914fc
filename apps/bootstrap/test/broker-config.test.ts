import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBroker, parseBrokerConfig } from '@dropbox-token/broker';
import { refreshAccessToken } from '@dropbox-token/core';
import { codeFromPage, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { baseArgs, githubEnv } from './run-cli.js';

const newFile = () => join(mkdtempSync(join(tmpdir(), 'broker-config-')), 'broker.yaml');

/** --broker-config: the keyless broker's stanza for the account just linked, as the broker reads it. */
describe('--broker-config, in-process', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const mint = (file: string, extra: string[] = [], options: Parameters<typeof runInProcess>[1] = {}) =>
    runInProcess([...baseArgs(ctx.emu), '--print-refresh-token', '--broker-config', file, ...extra], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: (url) => codeFromPage(url),
      ...options,
    });
  const liveRefreshTokens = () => [...ctx.emu.dropbox.state.refreshTokens.values()].filter((r) => !r.revoked).length;

  it("writes an account and identity of their own, pinned to the repository's IDs; a broker reading it serves the repository's runs", async () => {
    const file = newFile();
    const run = await mint(file, ['--broker-repo', 'octo-org/demo-repo']);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    const refreshToken = run.stdout.trim();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(refreshToken);
    const config = parseBrokerConfig(text);
    // Named after the repository; nothing for the operator to be warned about.
    expect(config.warnings).toEqual([]);
    expect(config.accounts.get('demo-repo')).toMatchObject({
      appKey: ctx.emu.app.key,
      refreshTokenEnv: 'DROPBOX_REFRESH_TOKEN_DEMO_REPO',
    });
    expect(config.identities.get('demo-repo')).toMatchObject({
      account: 'demo-repo',
      scopes: [...ctx.emu.app.scopes].sort(),
      allow: {
        repository: ['octo-org/demo-repo'],
        repository_id: ['690439361'],
        repository_owner_id: ['9919'],
        ref: ['refs/heads/main'],
        event_name: ['push', 'workflow_dispatch'],
      },
    });
    expect(run.stderr).toContain('its refresh token belongs in DROPBOX_REFRESH_TOKEN_DEMO_REPO');
    // The broker, given the printed token under that name, serves the emulated run of that repository.
    const broker = createBroker({
      config: parseBrokerConfig(
        text.replace(/^audience: .*$/m, `audience: https://broker.test\nissuer: ${ctx.emu.oidc.issuer}`),
      ),
      secrets: (name) => (name === 'DROPBOX_REFRESH_TOKEN_DEMO_REPO' ? refreshToken : undefined),
      audit: () => {},
      dropbox: { apiUrl: ctx.emu.apiUrl },
    });
    const answer = await broker.handle(
      new Request('https://broker.test/token', {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.emu.oidc.issue('https://broker.test')}` },
        body: JSON.stringify({ identity: 'demo-repo' }),
      }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ token_type: 'bearer', access_token: expect.stringMatching(/^sl\./) });
  });

  it('each run mints its own refresh token: two identities never share one', async () => {
    const first = await mint(newFile(), ['--broker-repo', 'octo-org/demo-repo', '--broker-identity', 'deploy-docs']);
    const second = await mint(newFile(), ['--broker-repo', 'octo-org/demo-repo', '--broker-identity', 'sandbox']);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout.trim()).not.toBe(second.stdout.trim());
    expect(first.stderr).toContain('DROPBOX_REFRESH_TOKEN_DEPLOY_DOCS');
    expect(second.stderr).toContain('DROPBOX_REFRESH_TOKEN_SANDBOX');
  });

  it.each([
    ['an existing file', (file: string) => writeFileSync(file, 'mine\n'), 'brokerConfigExists'],
    // existsSync follows the link and says no; lstat sees it.
    [
      'a dangling symlink',
      (file: string) => symlinkSync(join(file, '..', 'elsewhere.yaml'), file),
      'brokerConfigExists',
    ],
    ['a missing folder', () => {}, 'brokerConfigFolderMissing'],
  ])('%s stops the run (%s) before the browser opens', async (what, plant, id) => {
    const file = what === 'a missing folder' ? join(newFile(), 'broker.yaml') : newFile();
    plant(file);
    const run = await mint(file, ['--broker-repo', 'octo-org/demo-repo']);
    expect(run.code).toBe(2);
    expect(run.failure).toBe(id);
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/authorize')).toBe(false);
  });

  it('a file created meanwhile: the write fails before anything is printed, and the unheld token is revoked', async () => {
    const file = newFile();
    const run = await mint(file, ['--broker-repo', 'octo-org/demo-repo'], {
      onAuthorizeUrl: async (url) => {
        writeFileSync(file, 'theirs\n');
        return codeFromPage(url);
      },
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('brokerConfigWriteFailed');
    expect(run.stderr).toContain('(EEXIST)');
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('theirs\n');
    expect(liveRefreshTokens()).toBe(0);
  });

  it('once printed, the token is never revoked: a broken pipe after printing leaves it live, and says so', async () => {
    const file = newFile();
    const run = await mint(file, ['--broker-repo', 'octo-org/demo-repo'], { brokenStdout: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The refresh token printed above is live and was not revoked');
    const [record] = [...ctx.emu.dropbox.state.refreshTokens.entries()];
    expect(record![1].revoked).toBe(false);
    // It still refreshes, and the stanza stays: the token may already be in the other store.
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: record![0], apiUrl: ctx.emu.apiUrl }),
    ).resolves.toMatchObject({
      tokenType: 'bearer',
    });
    expect(readFileSync(file, 'utf8')).toContain('DROPBOX_REFRESH_TOKEN_DEMO_REPO');
  });

  it.each([
    [['--broker-identity', 'x'], 'brokerFlagWithoutConfig'],
    [['--broker-repo', 'a/b'], 'brokerFlagWithoutConfig'],
    [['--broker-config', 'f.yaml', '--broker-identity', 'not a name'], 'brokerIdentityInvalid'],
    [['--broker-config', 'f.yaml', '--broker-repo', 'nope'], 'repoSlugInvalid'],
  ])('usage: %j is %s', async (flags, id) => {
    const run = await runInProcess([...baseArgs(ctx.emu), '--print-refresh-token', ...flags], {
      env: githubEnv(ctx.emu),
    });
    expect(run.code).toBe(2);
    expect(run.failure).toBe(id);
  });

  it('without a repository to allow, or a GitHub token to read its IDs, says which flag or variable to set', async () => {
    const noRepo = await runInProcess([...baseArgs(ctx.emu), '--print-refresh-token', '--broker-config', newFile()], {
      env: githubEnv(ctx.emu),
    });
    expect(noRepo.code).toBe(2);
    expect(noRepo.failure).toBe('brokerConfigNoRepository');
    const fromRemote = await runInProcess(
      [...baseArgs(ctx.emu), '--print-refresh-token', '--broker-config', newFile()],
      {
        gitRemoteUrl: 'https://github.com/octo-org/demo-repo.git',
      },
    );
    expect(fromRemote.code).toBe(2);
    expect(fromRemote.failure).toBe('brokerConfigNeedsGitHub');
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/authorize')).toBe(false);
  });
});
