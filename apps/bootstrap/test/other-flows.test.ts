import { refreshAccessToken } from '@dropbox-token/core';
import { codeFromPage, confidentialCode, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { baseArgs, browser, githubEnv, loopbackFor, loopbackToRepo } from './run-cli.js';

describe('paste, --code, targets and GitHub failures', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it('paste flow: the code typed at the prompt after approving in the browser', async () => {
    const run = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      // The person opens the printed URL, approves, copies the code and pastes it.
      onAuthorizeUrl: (url) => codeFromPage(url),
    });
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Paste the code Dropbox shows');
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    expect(run.stderr + run.stdout).not.toContain(stored);
    expect(ctx.emu.requests.find((r) => r.path === '/oauth2/token')!.body).not.toHaveProperty('redirect_uri');
  });

  describe('web redirect + paste (an https redirect URI registered for the app)', () => {
    const WEB = 'https://example.com/dropbox/landing';
    /** The person approves; Dropbox sends the browser to the website; they copy the address bar. */
    const landedAddress = async (url: string) => (await fetch(url, { redirect: 'manual' })).headers.get('location')!;

    it('authorizes with PKCE and state, checks the pasted address, and exchanges with the same redirect_uri', async () => {
      ctx.emu.dropbox.registerRedirectUri(WEB);
      const run = await runInProcess(
        [...baseArgs(ctx.emu), '--redirect-uri', WEB, '--repo', ctx.emu.github.repository],
        {
          env: githubEnv(ctx.emu),
          onAuthorizeUrl: landedAddress,
        },
      );
      expect(run.stderr).not.toMatch(/error:/);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        'paste the whole address the browser landed on (it starts with https://example.com)',
      );
      const authorize = ctx.emu.requests.find((r) => r.path === '/oauth2/authorize')!;
      expect(authorize.query).toMatchObject({ redirect_uri: WEB, code_challenge_method: 'S256' });
      expect(authorize.query['state']).toMatch(/^[\w-]{43}$/);
      expect(ctx.emu.requests.find((r) => r.path === '/oauth2/token')!.body).toMatchObject({ redirect_uri: WEB });
      expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')).toMatch(/^[\w-]{64}$/);
    });

    it.each([
      [
        'the bare code',
        async (url: string) => new URL(await landedAddress(url)).searchParams.get('code')!,
        'pastedBareCode',
      ],
      [
        'an address elsewhere',
        async (url: string) => (await landedAddress(url)).replace('/landing', '/other'),
        'pastedUrlElsewhere',
      ],
      [
        'an address from another attempt',
        async (url: string) => (await landedAddress(url)).replace(/state=[^&]+/, 'state=other'),
        'pastedUrlWrongState',
      ],
    ])('refuses %s (%s), and stores nothing', async (_what, paste, id) => {
      ctx.emu.dropbox.registerRedirectUri(WEB);
      const run = await runInProcess(
        [...baseArgs(ctx.emu), '--redirect-uri', WEB, '--repo', ctx.emu.github.repository],
        {
          env: githubEnv(ctx.emu),
          onAuthorizeUrl: paste,
        },
      );
      expect(run.code).toBe(1);
      expect(run.failure).toBe(id);
      expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    });
  });

  it('pasting an access token where the code belongs says so before any request, without echoing it', async () => {
    const pasted = `sl.u.${'T'.repeat(140)}`;
    const run = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: () => pasted,
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('pastedAccessToken');
    expect(run.stdout + run.stderr).not.toContain(pasted);
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
  });

  it('a pasted refresh token is sent (its length is only a guess); Dropbox refuses it, and the guess explains why', async () => {
    const pasted = ctx.emu.dropbox.issueRefreshToken();
    const run = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: () => pasted,
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('exchangeFailed');
    expect(run.stderr).toContain('looks like a refresh token');
    expect(run.stdout + run.stderr).not.toContain(pasted);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('a code longer than Dropbox issues today is exchanged: a guess never blocks', async () => {
    const run = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: async (url) => {
        const code = await codeFromPage(url);
        // The emulator accepts the code it minted; its shape is what a longer code would look like to the guess.
        ctx.emu.dropbox.state.codes.set(`${code}${'x'.repeat(30)}`, ctx.emu.dropbox.state.codes.get(code)!);
        return `${code}${'x'.repeat(30)}`;
      },
    });
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toContain('DROPBOX_REFRESH_TOKEN');
  });

  it('stdin that ends without a code fails clearly', async () => {
    const run = await runInProcess([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      stdin: '',
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('stdinEnded');
  });

  it('--code with the app secret: no PKCE; the app key as a variable, the app secret as a secret; a matching snippet', async () => {
    const code = await confidentialCode(ctx.emu);
    const run = await runInProcess(
      [...baseArgs(ctx.emu), `--code=${code}`, '--repo', ctx.emu.github.repository, '--store-app-credentials'],
      {
        env: { ...githubEnv(ctx.emu), DROPBOX_APP_SECRET: ctx.emu.app.secret },
      },
    );
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_APP_SECRET')).toBe(ctx.emu.app.secret);
    // The app key is in every authorize URL: a variable, readable in logs where it helps debugging.
    expect(ctx.emu.github.variable(ctx.emu.github.repository, 'DROPBOX_APP_KEY')).toBe(ctx.emu.app.key);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_APP_KEY')).toBeUndefined();
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    await expect(
      refreshAccessToken({
        clientId: ctx.emu.app.key,
        clientSecret: ctx.emu.app.secret,
        refreshToken: stored,
        apiUrl: ctx.emu.apiUrl,
      }),
    ).resolves.toMatchObject({ tokenType: 'bearer', expiresIn: 14400 });
    expect(run.stdout).toContain('app-secret: ${{ secrets.DROPBOX_APP_SECRET }}');
    expect(run.stdout).toContain('app-key: ${{ vars.DROPBOX_APP_KEY }}');
    expect(run.stdout).toContain('DROPBOX_APP_KEY (variable)  created');
    expect(run.stdout + run.stderr).not.toContain(ctx.emu.app.secret);
    expect(run.stdout + run.stderr).not.toContain(code);
    const exchange = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    expect(exchange.headers['authorization']).toMatch(/^Basic /);
    expect(exchange.body).not.toHaveProperty('code_verifier');
  });

  it('a stale GitHub key (rotated between fetch and write) is fetched again and the write retried once', async () => {
    const path = `/repos/${ctx.emu.github.repository}/actions/secrets/DROPBOX_REFRESH_TOKEN`;
    ctx.emu.faults.next(path, ['rotate-key']);
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu))], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(run.code).toBe(0);
    expect(ctx.emu.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([422, 201]);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });

  it.each([
    ['401: a token GitHub does not know', { token: 'ghp_unknown' }, 'gitHubUnauthorized', /GH_TOKEN/],
    ['404: a repository the token cannot see', { repo: 'someone/else' }, 'gitHubNotFound', /Check --repo/],
    ['404: an environment that does not exist', { env: 'staging' }, 'gitHubNotFound', /Settings → Environments/],
  ])('%s fails (%s) before the browser opens', async (_name, change, id, fix) => {
    const s = change as { token?: string; repo?: string; env?: string };
    const args = [
      ...baseArgs(ctx.emu),
      '--redirect-uri',
      await loopbackFor(ctx.emu),
      '--yes',
      '--repo',
      s.repo ?? ctx.emu.github.repository,
    ];
    if (s.env) args.push('--environment', s.env);
    const run = await runInProcess(args, { env: githubEnv(ctx.emu, s.token ?? ctx.emu.github.token) });
    expect(run.code).toBe(1);
    expect(run.failure).toBe(id);
    expect(run.stderr).toMatch(fix);
    expect(run.stderr).not.toContain('/oauth2/authorize?');
    expect(ctx.emu.requests.some((r) => r.path.startsWith('/oauth2/'))).toBe(false);
  });

  it('403: a token that may read but not write secrets names the missing permission; the page says so', async () => {
    const page: { status?: number; html?: string } = {};
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu))], {
      env: githubEnv(ctx.emu, ctx.emu.github.readOnlyToken),
      onAuthorizeUrl: browser('approve', page),
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('gitHubForbidden');
    expect(run.stderr).toContain('"Secrets: write"');
    expect(page.html).toContain('Dropbox is not connected');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('stores into an environment (name URL-encoded) and tells the job to declare it', async () => {
    ctx.emu.github.state.addEnvironment(ctx.emu.github.repository, 'prod/eu');
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu)), '--environment', 'prod/eu'], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(run.code).toBe(0);
    expect(
      ctx.emu.github.secret({ repo: ctx.emu.github.repository, environment: 'prod/eu' }, 'DROPBOX_REFRESH_TOKEN'),
    ).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    expect(run.stdout).toContain('environment: "prod/eu"');
  });

  it('stores an organization secret visible to selected repositories', async () => {
    const run = await runInProcess(
      [
        ...baseArgs(ctx.emu),
        '--redirect-uri',
        await loopbackFor(ctx.emu),
        '--yes',
        '--org',
        ctx.emu.github.organization,
        '--visibility',
        'selected',
        '--selected-repos',
        ctx.emu.github.repository.split('/')[1]!,
      ],
      { env: githubEnv(ctx.emu), onAuthorizeUrl: browser('approve', {}) },
    );
    expect(run.code).toBe(0);
    expect(ctx.emu.github.secret({ org: ctx.emu.github.organization }, 'DROPBOX_REFRESH_TOKEN')).toMatch(
      /^[A-Za-z0-9_-]{64}$/,
    );
    const stored = ctx.emu.github.state
      .store({ org: ctx.emu.github.organization })!
      .secrets.get('DROPBOX_REFRESH_TOKEN')!;
    expect(stored.visibility).toBe('selected');
    expect(stored.selectedRepositoryIds).toHaveLength(1);
  });

  it('--dry-run does everything but the write', async () => {
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu)), '--dry-run'], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', {}),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would write to the repository');
    expect(run.stdout).toContain('DROPBOX_REFRESH_TOKEN  would write');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    expect(ctx.emu.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('--print-refresh-token writes the token alone to stdout and needs no GitHub', async () => {
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', await loopbackFor(ctx.emu), '--yes', '--print-refresh-token'],
      {
        onAuthorizeUrl: browser('approve', {}),
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[A-Za-z0-9_-]{64}\n$/);
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: run.stdout.trim(), apiUrl: ctx.emu.apiUrl }),
    ).resolves.toMatchObject({ tokenType: 'bearer', expiresIn: 14400 });
    expect(run.stderr).not.toContain(run.stdout.trim());
  });
});
