import { useEmulator, whenRequested } from '@dropbox-token/emulator/testing';
import { refreshAccessToken } from '@dropbox-token/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from './in-process.js';
import { baseArgs, browser, githubEnv, loopbackFor, loopbackToRepo } from './run-cli.js';

/** Whether this machine has an IPv6 loopback to listen on. */
async function ipv6Available(): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, '::1', () => probe.close(() => resolve(true)));
  });
}

describe('loopback flow, in-process (browser played by an HTTP client)', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it('authorizes with PKCE, verifies, stores the sealed refresh token, and never shows a secret', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const page: { status?: number; html?: string } = {};
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        onAuthorizeUrl: browser('approve', page),
      },
    );
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);

    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    expect(stored).toMatch(/^[A-Za-z0-9_-]{64}$/);
    // What was stored is a working PKCE refresh token: client_id alone refreshes it.
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: stored, apiUrl: ctx.emu.apiUrl }),
    ).resolves.toMatchObject({ tokenType: 'bearer' });

    expect(page.status).toBe(200);
    expect(page.html).toContain('Dropbox is connected');
    expect(page.html).toContain('Ada Lovelace');
    expect(page.html).toContain(`the DROPBOX_REFRESH_TOKEN secret of the repository ${ctx.emu.github.repository}`);

    const authorize = ctx.emu.requests.find((r) => r.path === '/oauth2/authorize')!;
    expect(authorize.query).toMatchObject({
      token_access_type: 'offline',
      code_challenge_method: 'S256',
      redirect_uri: redirect,
    });
    expect(authorize.query['state']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const exchange = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    const sent = exchange.body as Record<string, string>;
    expect(sent['redirect_uri']).toBe(redirect);

    const everything = run.stdout + run.stderr + page.html;
    for (const secret of [stored, ctx.emu.github.token, sent['code']!, sent['code_verifier']!])
      expect(everything).not.toContain(secret);
    expect(run.stdout).toContain('DROPBOX_REFRESH_TOKEN  created');
    expect(run.stdout).toContain('refresh-token: ${{ secrets.DROPBOX_REFRESH_TOKEN }}');
    expect(run.stdout).toContain(`app-key: ${ctx.emu.app.key}`);
    expect(run.stdout).not.toContain('app-secret');
    expect(run.stderr).toContain('Dropbox account: Ada Lovelace <ada@example.com>');
    expect(run.stderr).toContain('Granted scopes:  account_info.read');
  });

  it('access denied: "you declined", exit 1, a failure page, nothing stored', async () => {
    const page: { status?: number; html?: string } = {};
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu))], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('deny', page),
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('accessDeclined');
    expect(page.html).toContain('Access was declined');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('a stray or forged callback gets a 400 page and the flow goes on; only the right state ends it', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const stray: number[] = [];
    const page: { status?: number; html?: string } = {};
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        onAuthorizeUrl: async (url) => {
          stray.push((await fetch(redirect.replace('/dropbox/callback', '/elsewhere'))).status);
          stray.push((await fetch(redirect)).status);
          stray.push((await fetch(`${redirect}?code=forged-code&state=forged`)).status);
          stray.push((await fetch(`${redirect}?error=access_denied`)).status);
          await browser('approve', page)(url);
        },
      },
    );
    expect(stray).toEqual([404, 400, 400, 400]);
    expect(run.code).toBe(0);
    expect(page.html).toContain('Dropbox is connected');
    // The forged code was never sent to Dropbox.
    expect(
      ctx.emu.requests.filter((r) => r.path === '/oauth2/token').map((r) => (r.body as Record<string, string>)['code']),
    ).not.toContain('forged-code');
  });

  /** The browser the opener starts: it follows the start link to the consent page and back to the loopback. */
  const withBrowser = () => baseArgs(ctx.emu).filter((arg) => arg !== '--no-browser');

  it('the opener gets the start link with its secret; the path without it is a 404 and no use; the genuine browser completes', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const origin = new URL(redirect).origin;
    const probes: number[] = [];
    let opened = '';
    const page = { status: 0, html: '' };
    let browsing: Promise<void> = Promise.resolve();
    const run = await runInProcess(
      [...withBrowser(), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        openBrowser: async (url) => {
          opened = url;
          // Another local user, who knows the fixed path but not the secret, tries first.
          for (const guess of ['', '?s=', '?s=wrong'])
            probes.push(
              (await fetch(`${origin}/dropbox-token-bootstrap/start${guess}`, { redirect: 'manual' })).status,
            );
          browsing = (async () => {
            const first = await fetch(url, { redirect: 'manual' });
            await browser('approve', page)(first.headers.get('location')!);
          })();
          return true;
        },
      },
    );
    await browsing;
    expect(opened).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dropbox-token-bootstrap\/start\?s=[\w-]{40,}$/);
    expect(probes).toEqual([404, 404, 404]);
    expect(run.stderr).not.toMatch(/error:/);
    expect(run.code).toBe(0);
    expect(page.html).toContain('Dropbox is connected');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
  });

  it('a second use of the link before the callback ends the flow with nothing stored', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const answers: (string | number)[] = [];
    const run = await runInProcess(
      [...withBrowser(), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        openBrowser: async (url) => {
          const first = await fetch(url, { redirect: 'manual' });
          answers.push(first.status, new URL(first.headers.get('location')!).pathname);
          answers.push((await fetch(url, { redirect: 'manual' })).status);
          return true;
        },
      },
    );
    expect(answers).toEqual([302, '/oauth2/authorize', 410]);
    expect(run.code).toBe(1);
    expect(run.failure).toBe('startLinkReused');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('a second use after the callback, before storing begins, still ends the flow; the new token is revoked', async () => {
    const redirect = await loopbackFor(ctx.emu);
    let link = '';
    const run = await runInProcess(
      [...withBrowser(), '--redirect-uri', redirect, '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        openBrowser: async (url) => {
          link = url;
          void (async () => {
            const first = await fetch(url, { redirect: 'manual' });
            await browser('approve', {})(first.headers.get('location')!);
          })();
          return true;
        },
        // While the person reads the question, something else opens the link.
        ask: async () => {
          await fetch(link, { redirect: 'manual' });
          return 'y';
        },
      },
    );
    expect(run.code).toBe(1);
    expect(run.failure).toBe('startLinkReused');
    expect(run.stderr).toContain('so it was revoked');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('paste mode: a second use of the link ends the flow too', async () => {
    const run = await runInProcess([...withBrowser(), '--repo', ctx.emu.github.repository], {
      env: githubEnv(ctx.emu),
      openBrowser: async (url) => {
        await fetch(url, { redirect: 'manual' });
        expect((await fetch(url.replace(/\?s=.*/, ''), { redirect: 'manual' })).status).toBe(404);
        await fetch(url, { redirect: 'manual' });
        return true;
      },
    });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('startLinkReused');
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
  });

  it('a localhost redirect URI is held on both 127.0.0.1 and ::1, so no other process can take either', async () => {
    const ipv4 = await loopbackFor(ctx.emu);
    const redirect = ipv4.replace('127.0.0.1', 'localhost');
    ctx.emu.dropbox.registerRedirectUri(redirect);
    const held: number[] = [];
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        onAuthorizeUrl: async (url) => {
          const port = new URL(redirect).port;
          held.push((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status);
          if (await ipv6Available()) held.push((await fetch(`http://[::1]:${port}/elsewhere`)).status);
          else held.push(404); // a machine without IPv6: nothing else can take ::1 either
          await browser('approve', {})(url);
        },
      },
    );
    expect(held).toEqual([404, 404]);
    expect(run.code).toBe(0);
  });

  it('times out with a clear message when the browser never answers', async () => {
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu)), '--timeout', '1'], { env: githubEnv(ctx.emu) });
    expect(run.code).toBe(1);
    expect(run.failure).toBe('browserTimeout');
    expect(run.stderr).toContain('raise --timeout');
  });

  it('Ctrl-C while waiting closes the server and exits 130; SIGTERM exits 143', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        onStderr: { match: /Waiting for the browser/, run: (child) => child.kill('SIGINT') },
      },
    );
    expect(run.code).toBe(130);
    expect(run.failure).toBe('interrupted');
    await expect(fetch(redirect)).rejects.toThrow();
    const terminated = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
        onStderr: { match: /Waiting for the browser/, run: (child) => child.kill('SIGTERM') },
      },
    );
    expect(terminated.code).toBe(143);
  });

  it('a port already in use is reported before anything else', async () => {
    const redirect = await loopbackFor(ctx.emu);
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(new URL(redirect).port), '127.0.0.1', resolve));
    const run = await runInProcess(
      [...baseArgs(ctx.emu), '--redirect-uri', redirect, '--yes', '--repo', ctx.emu.github.repository],
      {
        env: githubEnv(ctx.emu),
      },
    );
    blocker.close();
    expect(run.code).toBe(1);
    expect(run.failure).toBe('portInUse');
    expect(run.stderr).not.toContain('/oauth2/authorize?');
  });
});

describe('Ctrl-C while storing', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it('cancels the GitHub request in flight, exits 130 and names each secret as stored or possibly stored', async () => {
    const appSecret = `/repos/${ctx.emu.github.repository}/actions/secrets/DROPBOX_APP_SECRET`;
    ctx.emu.faults.next(appSecret, ['stall']);
    const appSecretInFlight = whenRequested(
      ctx.emu,
      (request) => request.method === 'PUT' && request.path === appSecret,
    );
    const run = await runInProcess([...(await loopbackToRepo(ctx.emu)), '--store-app-credentials'], {
      env: { ...githubEnv(ctx.emu), DROPBOX_APP_SECRET: ctx.emu.app.secret },
      onAuthorizeUrl: browser('approve', {}),
      onStderr: {
        match: /Storing sealed secrets/,
        run: (child) => void appSecretInFlight.then(() => child.kill('SIGINT')),
      },
    });
    expect(run.code).toBe(130);
    expect(run.stderr).toContain(
      'Interrupted after: stored DROPBOX_REFRESH_TOKEN; DROPBOX_APP_SECRET may have been stored (its write was in flight); not stored: DROPBOX_APP_KEY (variable).',
    );
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
  });
});
