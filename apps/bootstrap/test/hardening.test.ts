import type { Emulator } from '@dropbox-token/emulator';
import { codeFromPage, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmAccount } from '../src/commands/mint/verify.js';
import { runInProcess } from './in-process.js';
import { baseArgs, browser, githubEnv, loopbackFor } from './run-cli.js';

const revocations = (emu: Emulator) => emu.requests.filter((r) => r.path === '/2/auth/token/revoke').length;

describe('who was linked, where it goes, and what is left behind', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const loopbackArgs = async () => [
    ...baseArgs(ctx.emu),
    '--redirect-uri',
    await loopbackFor(ctx.emu),
    '--repo',
    ctx.emu.github.repository,
  ];

  it('on a terminal, asks to confirm the linked account; "no" stores nothing and revokes the new token', async () => {
    const questions: string[] = [];
    const run = await runInProcess(await loopbackArgs(), {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
      ask: async (question) => {
        questions.push(question);
        return 'n';
      },
    });
    expect(questions).toEqual(['Store the refresh token of Ada Lovelace <ada@example.com>? [y/N] ']);
    expect(run.code).toBe(1);
    expect(run.failure).toBe('notConfirmed');
    expect(run.stderr).toContain('so it was revoked');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    expect(revocations(ctx.emu)).toBe(1);
  });

  it('"yes" stores; --yes does not ask; without a terminal, a loopback run refuses before the browser opens, unless --yes', async () => {
    const yes = await runInProcess(await loopbackArgs(), {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
      ask: async () => 'yes',
    });
    expect(yes.code).toBe(0);
    const flag = await runInProcess([...(await loopbackArgs()), '--yes'], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
      ask: async () => {
        throw new Error('--yes must not ask');
      },
    });
    expect(flag.code).toBe(0);
    expect(revocations(ctx.emu)).toBe(0);
    // Whoever answers the loopback first delivers the code: with no one to confirm the account, no run.
    const authorizations = ctx.emu.requests.filter((r) => r.path === '/oauth2/authorize').length;
    const unattended = await runInProcess(await loopbackArgs(), {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(unattended.code).toBe(2);
    expect(unattended.failure).toBe('loopbackNeedsTerminal');
    expect(unattended.stderr).toMatch(/fix: .*--yes/);
    expect(unattended.stderr).not.toContain('/oauth2/authorize?');
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/authorize').length).toBe(authorizations);
    // A print-only loopback run refuses as well; the paste flow, where the person hands over the code, is unchanged.
    const printOnly = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', await loopbackFor(ctx.emu), '--print-refresh-token'],
      {
        env: githubEnv(ctx.emu),
      },
    );
    expect(printOnly.code).toBe(2);
    const pasted = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: (url) => codeFromPage(url),
    });
    expect(pasted.code).toBe(0);
    expect(pasted.stderr).toContain('Not a terminal: storing without asking');
  });

  it('scopes Dropbox did not grant end the run before anything is stored', async () => {
    const owner = { kind: 'individual' as const, label: 'Ada', facts: [], adminMemberId: undefined };
    const minted = { refreshToken: 'r', scopes: ['account_info.read'], owner };
    const options = {
      scope: ['account_info.read', 'files.content.write'],
      mode: { kind: 'paste' },
      target: undefined,
      dryRun: false,
      yes: true,
    };
    await expect(confirmAccount(options as never, {} as never, minted)).rejects.toMatchObject({
      id: 'scopesNotGranted',
      exitCode: 1,
      message: 'Dropbox granted fewer scopes than asked for (missing: files.content.write); nothing was stored.',
    });
    // Scopes Dropbox does not list cannot be compared: nothing to refuse.
    await expect(confirmAccount(options as never, {} as never, { ...minted, scopes: [] })).resolves.toBeUndefined();
  });

  it("on a terminal, a print-only loopback run asks too: the code it caught may be another program's", async () => {
    const questions: string[] = [];
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', await loopbackFor(ctx.emu), '--print-refresh-token'],
      {
        env: githubEnv(ctx.emu),
        onAuthorizeUrl: browser('approve', {}),
        ask: async (question) => {
          questions.push(question);
          return 'n';
        },
      },
    );
    expect(questions).toHaveLength(1);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(revocations(ctx.emu)).toBe(1);
  });

  it('a dry run revokes the token it minted', async () => {
    const run = await runInProcess([...(await loopbackArgs()), '--dry-run'], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(run.code).toBe(0);
    expect(revocations(ctx.emu)).toBe(1);
    expect(run.stderr).toContain('so it was revoked');
  });

  it('a write GitHub refuses after the exchange: without a terminal, the new token is revoked and the run says so', async () => {
    const run = await runInProcess([...(await loopbackArgs()), '--yes'], {
      env: githubEnv(ctx.emu, ctx.emu.github.readOnlyToken),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('gitHubForbidden');
    expect(run.stderr).toContain('so it was revoked');
    expect(revocations(ctx.emu)).toBe(1);
  });

  it('on a terminal, another GitHub token typed at a hidden prompt is used instead, and nothing is revoked', async () => {
    const prompts: string[] = [];
    const run = await runInProcess([...(await loopbackArgs()), '--yes'], {
      env: githubEnv(ctx.emu, ctx.emu.github.readOnlyToken),
      onAuthorizeUrl: browser('approve', {}),
      askHidden: async (question) => {
        prompts.push(question);
        return ctx.emu.github.token;
      },
    });
    expect(run.code).toBe(0);
    expect(prompts).toEqual(['Another GitHub token (input hidden; Enter to give up): ']);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
    expect(run.stderr + run.stdout).not.toContain(ctx.emu.github.token);
    expect(revocations(ctx.emu)).toBe(0);
  });

  it('a classic token without the repo scope fails before the browser opens', async () => {
    const classic = 'fake-classic-token-without-repo-scope';
    ctx.emu.github.addToken(classic, {
      secrets: 'read',
      oauthScopes: ['gist', 'read:org'],
    });
    const run = await runInProcess([...(await loopbackArgs()), '--yes'], { env: githubEnv(ctx.emu, classic) });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('gitHubTokenScopes');
    expect(run.stderr).toContain('lacks the repo scope');
    expect(run.stderr).not.toContain('/oauth2/authorize?');
    expect(ctx.emu.requests.some((r) => r.path.startsWith('/oauth2/'))).toBe(false);
  });

  it('a GitHub that stalls is given up on with a message naming GitHub and GITHUB_API_URL', async () => {
    const path = `/repos/${ctx.emu.github.repository}/actions/secrets/public-key`;
    ctx.emu.faults.next(path, ['stall', 'stall', 'stall']);
    const run = await runInProcess([...(await loopbackArgs()), '--yes'], {
      env: githubEnv(ctx.emu),
      gitHubTimeoutMs: 200,
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('gitHubTimeout');
    expect(run.stderr).toContain('GITHUB_API_URL');
    expect(ctx.emu.requests.filter((r) => r.path === path)).toHaveLength(3);
  });

  it("an origin on another host than GitHub's is refused with exit 2; the GitHub host's own origin is used", async () => {
    const elsewhere = await runInProcess([...baseArgs(ctx.emu)], {
      env: githubEnv(ctx.emu),
      gitRemoteUrl: `git@gitlab.com:${ctx.emu.github.repository}.git`,
    });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.failure).toBe('remoteOnOtherHost');
    expect(elsewhere.stderr).toContain('on gitlab.com');
    const host = new URL(ctx.emu.githubUrl).host;
    const here = await runInProcess([...baseArgs(ctx.emu), '--redirect-uri', await loopbackFor(ctx.emu), '--yes'], {
      env: githubEnv(ctx.emu),
      gitRemoteUrl: `http://${host}/${ctx.emu.github.repository}.git`,
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(here.code).toBe(0);
    expect(here.stderr).toContain(`reach the repository ${ctx.emu.github.repository} on 127.0.0.1`);
  });
});
