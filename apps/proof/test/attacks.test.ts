import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runActionStep, startEmulator } from '@dropbox-token/emulator';
import { answerConsent, eventually, runCli as runProgram, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  CLI,
  emulatorFlags,
  runActionFor,
  expectCleanRun,
  gitHubEnv,
  findLeaks,
  runCli,
  secretsOf,
} from './harness.js';

/**
 * The hardening review's attacks (issue 13), each performed against the shipped bundles: a
 * hostile local process, a hostile network or endpoint, and an impatient user.
 */
describe('attacks on the bootstrap and the action', () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  const common = () => emulatorFlags(ctx.emu);
  const github = (token?: string) => gitHubEnv(ctx.emu, token);
  /** The loopback flow on a desktop whose browser opener is the stand-in at `bin`. */
  const runWithOpener = (bin: string, uri: string, options: { onAuthorizeUrl: () => Promise<void> }) =>
    runCli([...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'], {
      env: {
        ...github(),
        HOME: mkdtempSync(join(tmpdir(), 'home-')),
        DISPLAY: ':0',
        PATH: `${bin}:${process.env['PATH']}`,
      },
      ...options,
    });
  const revocations = () => ctx.emu.requests.filter((r) => r.path === '/2/auth/token/revoke').length;

  /** A stand-in opener that records its arguments, as /proc/PID/cmdline shows them to every local user. */
  const standInOpener = () => {
    const bin = mkdtempSync(join(tmpdir(), 'opener-'));
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" > "${join(bin, 'argv')}"\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    return bin;
  };
  /** The person's browser: opens what the opener was given (a page on disk that forwards to the start link). */
  const followOpener = async (bin: string) => {
    const start = /content="0;url=([^"]+)"/.exec(await openedPage(bin))![1]!.replace(/&amp;/g, '&');
    const location = (await fetch(start, { redirect: 'manual' })).headers.get('location')!;
    await fetch(await answerConsent(location));
    return start;
  };

  it('a local user reading process arguments finds no state, PKCE challenge or start-link secret: the opener gets a private page', async () => {
    const bin = standInOpener();
    const home = mkdtempSync(join(tmpdir(), 'home-'));
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    let start = '';
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'], {
      env: { ...github(), HOME: home, DISPLAY: ':0', PATH: `${bin}:${process.env['PATH']}` },
      onAuthorizeUrl: async () => {
        start = await followOpener(bin);
      },
    });
    const argv = readArgv(bin)!;
    expect(argv).toMatch(/^file:\/\/.*\/\.cache\/dropbox-token-bootstrap\/start-\w+\/start\.html$/);
    expect(argv).not.toMatch(/state|code_challenge|client_id|\?s=/);
    expect(start).toMatch(/\/dropbox-token-bootstrap\/start\?s=[\w-]{40,}$/);
    expect(run.code).toBe(0);
  });

  it("an attacker who requests the start path first gets a 404: no use, and the person's browser completes the flow", async () => {
    const bin = standInOpener();
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    const path = `${new URL(uri).origin}/dropbox-token-bootstrap/start`;
    const attempts: number[] = [];
    const run = await runWithOpener(bin, uri, {
      onAuthorizeUrl: async () => {
        for (const guess of ['', '?s=', '?s=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'])
          attempts.push((await fetch(`${path}${guess}`, { redirect: 'manual' })).status); // the attacker
        await followOpener(bin); // the person's browser
      },
    });
    expect(attempts).toEqual([404, 404, 404]);
    expect(run.code).toBe(0);
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual(['DROPBOX_REFRESH_TOKEN']);
  });

  it('a second use of the start link ends the flow: nothing stored, the new token never minted', async () => {
    const bin = standInOpener();
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    const run = await runWithOpener(bin, uri, {
      onAuthorizeUrl: async () => {
        const start = /content="0;url=([^"]+)"/.exec(await openedPage(bin))![1]!;
        await fetch(start, { redirect: 'manual' });
        await fetch(start, { redirect: 'manual' });
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The sign-in link was opened twice');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
    expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
  });

  it('a classic token without the repo scope is refused before a single-use code is spent', async () => {
    const classic = 'fake-classic-token-without-repo-scope';
    ctx.emu.github.addToken(classic, {
      secrets: 'read',
      oauthScopes: ['gist'],
    });
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository], { env: github(classic), stdin: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lacks the repo scope');
    expect(ctx.emu.requests.some((r) => r.path.startsWith('/oauth2/'))).toBe(false);
  });

  it('a write refused after the exchange leaves no live token behind: it is revoked, and the run says so', async () => {
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'], {
      env: github(ctx.emu.github.readOnlyToken),
      onAuthorizeUrl: async (url) => {
        await fetch(await answerConsent(url));
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('so it was revoked');
    expect(revocations()).toBe(1);
    const minted = [...ctx.emu.dropbox.state.refreshTokens.values()];
    expect(minted.length).toBeGreaterThan(0);
  });

  it("an origin on another host is not taken for this GitHub's repository of the same name", async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'checkout-'));
    execFileSync('git', ['init', '--quiet', checkout]);
    execFileSync('git', ['-C', checkout, 'remote', 'add', 'origin', `git@gitlab.com:${ctx.emu.github.repository}.git`]);
    const run = await runProgram({
      script: CLI,
      args: common(),
      cwd: checkout,
      env: { HOME: checkout, ...github() },
      stdin: '',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The origin remote is on gitlab.com');
    expect(ctx.emu.requests).toEqual([]);
  });

  it.each([
    ['--api-url', 'http://api.dropbox.example:8080'],
    ['--authorize-url', 'http://www.dropbox.example/oauth2/authorize'],
  ])('plain http to another machine is refused: %s %s', async (flag, url) => {
    const run = await runCli([...common(), flag, url, '--repo', ctx.emu.github.repository], {
      env: github(),
      stdin: '',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/must be an absolute https URL/);
    expect(ctx.emu.requests).toEqual([]);
  });

  it('plain http GITHUB_API_URL to another machine is refused before the token is sent', async () => {
    const run = await runCli([...common(), '--repo', ctx.emu.github.repository], {
      env: { GH_TOKEN: ctx.emu.github.token, GITHUB_API_URL: 'http://ghe.example.invalid/api/v3' },
      stdin: '',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GITHUB_API_URL must be an absolute https URL');
  });

  it('SIGHUP ends the CLI like Ctrl-C, with exit 129', async () => {
    const uri = await ctx.emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    const run = await runProgram({
      script: CLI,
      args: [...common(), '--no-browser', '--repo', ctx.emu.github.repository, '--redirect-uri', uri, '--yes'],
      env: { HOME: '/nonexistent', ...github() },
      onStderr: { match: /Waiting for the browser/, run: (child) => child.kill('SIGHUP') },
    });
    expect(run.code).toBe(129);
    expect(run.stderr).toContain('Interrupted; nothing was stored.');
  });

  it('the action refuses plain http to another machine: the refresh token is never sent', async () => {
    const step = await runActionFor(ctx.emu, { 'api-url': 'http://dropbox.example:80' });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toMatch(/::error::The api-url input must be an https URL/);
  });
});

function readArgv(bin: string): string | undefined {
  try {
    return readFileSync(join(bin, 'argv'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The page the stand-in opener was given, once it has run (2 s at most). */
async function openedPage(bin: string): Promise<string> {
  await eventually(() => readArgv(bin) !== undefined, 2_000);
  return readFileSync(fileURLToPath(readArgv(bin)!), 'utf8');
}

/** A token endpoint that answers 200 with whatever the attack needs. */
async function hostileDropbox(answers: Record<string, unknown>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = answers[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('a hostile endpoint answering the action', () => {
  it.each([
    [
      'an access token with a line break and a workflow command',
      {
        '/oauth2/token': { access_token: 'sl.ok\n::set-output name=pwned::1', token_type: 'bearer', expires_in: 14400 },
      },
    ],
    [
      'an access token the mask could not cover',
      { '/oauth2/token': { access_token: 'sl.a\u2028b pwned', token_type: 'bearer', expires_in: 14400 } },
    ],
    [
      'scopes carrying HTML',
      {
        '/oauth2/token': {
          access_token: 'sl.fine',
          token_type: 'bearer',
          expires_in: 14400,
          scope: '<img src=x onerror=pwned>',
        },
      },
    ],
    [
      'an account id with a workflow command',
      {
        '/oauth2/token': { access_token: 'sl.fine', token_type: 'bearer', expires_in: 14400 },
        '/2/users/get_current_account': { account_id: 'dbid:x\n::error::pwned', name: { display_name: 'A' } },
      },
    ],
  ])('%s: one ::error::, no injected command, nothing of it in the log or the summary', async (_name, answers) => {
    const hostile = await hostileDropbox(answers);
    try {
      const step = await runActionStep({
        script: ACTION,
        inputs: { 'app-key': 'appkey', 'refresh-token': 'r'.repeat(40), 'api-url': hostile.url, verify: 'true' },
      });
      expect(step.exitCode).toBe(1);
      const commands = step.stdout.split('\n').filter((line) => line.startsWith('::'));
      expect(commands.filter((line) => !/^::(add-mask|error)::/.test(line))).toEqual([]);
      expect(commands.filter((line) => line.startsWith('::error::'))).toHaveLength(1);
      expect(step.stdout + step.summary).not.toMatch(/pwned/);
      // The token may already be out (verification runs after the outputs); nothing hostile is.
      expect(step.outputs).not.toHaveProperty('account-id');
      expect(JSON.stringify(step.outputs)).not.toMatch(/pwned/);
      expect(findLeaks([{ name: 'stdout', text: step.stdout, maskAware: true }], ['r'.repeat(40)])).toEqual([]);
    } finally {
      hostile.server.close();
    }
  });
});

describe('the canary after the attacks', () => {
  it('nothing the emulator minted appears in the log or the summary of a verified run', async () => {
    const emu = await startEmulator();
    try {
      const step = await runActionFor(emu, { verify: 'true' });
      expect(step.exitCode).toBe(0);
      expectCleanRun(step, secretsOf(emu));
    } finally {
      await emu.close();
    }
  });
});
