import { refreshAccessToken } from '@dropbox-token/core';
import { node24Binary } from '@dropbox-token/test-runtimes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, baseArgs, browser, githubEnv, loopbackToRepo } from './run-cli.js';
import {
  type ForwardProxy,
  confidentialCode,
  runCli as runProgram,
  startForwardProxy,
  useEmulator,
  whenRequested,
} from '@dropbox-token/emulator/testing';

// Black-box: the bundled CLI in a fresh process, as `npx` starts it, under Node 20 and Node 24.
// Windows has no POSIX signals (a child's kill() ends it outright), and the node package's
// Windows layout is not checked on this machine: there, the current Node and the signal-free
// cases only. The in-process tests cover the signals' exit codes everywhere.
const windows = process.platform === 'win32';

const runtimes: [string, () => string][] = [['Node 20 (this process)', () => process.execPath]];
if (!windows) runtimes.push(['Node 24 (the node package)', () => node24Binary()]);

describe.each(runtimes)('the bundled CLI under %s', (_label, node) => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const run = (args: string[], options: Omit<Parameters<typeof runProgram>[0], 'script' | 'args' | 'node'> = {}) =>
    runProgram({
      script: CLI,
      node: node(),
      args,
      cwd: '/',
      ...options,
      env: { HOME: '/nonexistent', ...options.env },
    });

  it('loopback: authorizes, verifies, stores a working sealed refresh token, shows no secret, exits 0', async () => {
    const page: { status?: number; html?: string } = {};
    const result = await run([...(await loopbackToRepo(ctx.emu))], {
      env: githubEnv(ctx.emu),
      onAuthorizeUrl: browser('approve', page),
    });
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: stored, apiUrl: ctx.emu.apiUrl }),
    ).resolves.toMatchObject({
      tokenType: 'bearer',
    });
    expect(page.html).toContain('Dropbox is connected');
    expect(result.stdout + result.stderr + page.html).not.toContain(stored);
  });

  it.skipIf(windows)(
    'a signal while storing: exit 130 for SIGINT, naming what was stored and what may have been',
    async () => {
      const variables = `/repos/${ctx.emu.github.repository}/actions/variables`;
      ctx.emu.faults.next(variables, ['stall']);
      const variableInFlight = whenRequested(
        ctx.emu,
        (request) => request.method === 'POST' && request.path === variables,
      );
      const result = await run([...(await loopbackToRepo(ctx.emu)), '--store-app-credentials'], {
        env: githubEnv(ctx.emu),
        onAuthorizeUrl: browser('approve', {}),
        onStderr: {
          match: /Storing sealed secrets/,
          run: (child) => void variableInFlight.then(() => child.kill('SIGINT')),
        },
      });
      expect(result.code).toBe(130);
      expect(result.stderr).toContain(
        'Interrupted after: stored DROPBOX_REFRESH_TOKEN; DROPBOX_APP_KEY (variable) may have been stored',
      );
    },
  );

  it.skipIf(windows)('SIGTERM while waiting for the browser: exit 143', async () => {
    const result = await run([...(await loopbackToRepo(ctx.emu))], {
      env: githubEnv(ctx.emu),
      onStderr: { match: /Waiting for the browser/, run: (child) => child.kill('SIGTERM') },
    });
    expect(result.code).toBe(143);
    expect(result.stderr).toContain('Interrupted; nothing was stored.');
  });
});

describe('the bundled CLI behind a proxy', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  let proxy: ForwardProxy;
  beforeEach(async () => {
    proxy = await startForwardProxy();
  });
  afterEach(async () => {
    await proxy.close();
  });

  const printOnly = async () => [
    ...baseArgs(ctx.emu),
    `--code=${await confidentialCode(ctx.emu)}`,
    '--print-refresh-token',
  ];

  it('sends its Dropbox calls through HTTP_PROXY, as it does its GitHub calls', async () => {
    const result = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: { HOME: '/nonexistent', DROPBOX_APP_SECRET: ctx.emu.app.secret, HTTP_PROXY: proxy.url },
    });
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
    expect(proxy.seen).toContainEqual({ method: 'CONNECT', url: new URL(ctx.emu.apiUrl).host });
  });

  it("sends its GitHub calls through a proxy given without a scheme (host:port), as it does Dropbox's", async () => {
    // @actions/http-client alone reads localhost:PORT as a URL of scheme "localhost:" and skips the proxy.
    // A GitHub host that resolves nowhere (.invalid, RFC 2606): the proxy is asked for the tunnel and answers 502.
    const run = await runProgram({
      script: CLI,
      args: ['--app-key', ctx.emu.app.key, '--repo', ctx.emu.github.repository, '--no-browser'],
      env: {
        HOME: '/nonexistent',
        GH_TOKEN: ctx.emu.github.token,
        GITHUB_API_URL: 'https://github.invalid/api/v3',
        HTTPS_PROXY: `localhost:${new URL(proxy.url).port}`,
      },
    });
    expect(proxy.seen).toContainEqual({ method: 'CONNECT', url: 'github.invalid:443' });
    expect(run.code).toBe(1);
    // Octokit calls a request without an answer HTTP 500: the message says there was none.
    expect(run.stderr).toMatch(/^error: GitHub request failed while .*: no answer from GitHub \(/m);
    expect(run.stderr).not.toContain('HTTP 500');
    expect(ctx.emu.requests).toEqual([]);
  });

  it('reads a proxy without a scheme (host:port) as http://; one it cannot use is named, never shown', async () => {
    const bare = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: { HOME: '/nonexistent', DROPBOX_APP_SECRET: ctx.emu.app.secret, HTTP_PROXY: new URL(proxy.url).host },
    });
    expect(bare.code).toBe(0);
    expect(proxy.seen).toContainEqual({ method: 'CONNECT', url: new URL(ctx.emu.apiUrl).host });
    // undici used to throw on this before the CLI started, with the value (and so the password) in its message.
    const broken = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: {
        HOME: '/nonexistent',
        DROPBOX_APP_SECRET: ctx.emu.app.secret,
        HTTPS_PROXY: 'http://user:s3cret-pass@[proxy',
      },
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^error: Proxy variable HTTPS_PROXY is not a URL\.\n {2}fix: Set HTTPS_PROXY to http:\/\/host:port/m,
    );
    expect(`${broken.stdout}${broken.stderr}`).not.toContain('s3cret-pass');
    // A SOCKS proxy: named before @actions/github loads (it builds its proxy agent as it loads, and threw there).
    const socks = await runProgram({
      script: CLI,
      args: ['--app-key', ctx.emu.app.key, '--repo', ctx.emu.github.repository],
      env: {
        HOME: '/nonexistent',
        GH_TOKEN: ctx.emu.github.token,
        HTTPS_PROXY: 'socks5://user:s3cret-pass@proxy:1080',
      },
    });
    expect(socks.code).toBe(2);
    expect(socks.stderr).toMatch(/^error: Proxy variable HTTPS_PROXY is not an http:\/\/ or https:\/\/ proxy/m);
    expect(`${socks.stdout}${socks.stderr}`).not.toContain('s3cret-pass');
    // A bad escape in the password: undici's decodeURIComponent threw a URIError with a stack trace.
    const badEscape = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: {
        HOME: '/nonexistent',
        DROPBOX_APP_SECRET: ctx.emu.app.secret,
        HTTPS_PROXY: 'http://user:s3cret-pa%zzss@proxy:3128',
      },
    });
    expect(badEscape.code).toBe(2);
    expect(badEscape.stderr).toMatch(/^error: Proxy variable HTTPS_PROXY has a % in its user name or password/m);
    expect(badEscape.stderr).not.toMatch(/URIError|\n\s+at /);
    expect(`${badEscape.stdout}${badEscape.stderr}`).not.toContain('s3cret');
  });

  it('NO_PROXY exempts the host; an unreachable proxy otherwise fails the exchange with the proxy named', async () => {
    const exempt = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: {
        HOME: '/nonexistent',
        DROPBOX_APP_SECRET: ctx.emu.app.secret,
        HTTP_PROXY: 'http://127.0.0.1:9',
        no_proxy: '',
        NO_PROXY: '127.0.0.1',
      },
    });
    expect(exempt.code).toBe(0);
    const blocked = await runProgram({
      script: CLI,
      args: await printOnly(),
      env: { HOME: '/nonexistent', DROPBOX_APP_SECRET: ctx.emu.app.secret, HTTP_PROXY: 'http://127.0.0.1:9' },
    });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/The code exchange failed: network.*\n {2}fix: .*HTTPS_PROXY/);
  });
});
