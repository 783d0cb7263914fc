import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, freeLoopbackPort, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIENCE, brokerYaml } from './helpers.js';
import { type WorkerdRun, packageDir, startWorkerd, waitFor } from './workerd.js';

/** The same broker code as a Cloudflare Worker (under workerd) and as `dropbox-token-broker serve` (Node). */
describe('the broker where users run it', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  let child: ChildProcess | undefined;
  afterEach(async () => {
    child?.kill();
  });

  const start = async (command: string, args: string[], env: Record<string, string>, url: string) => {
    let stderr = '';
    let stdout = '';
    child = spawn(command, args, {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await waitFor(url, child, () => stderr);
    return () => stdout + stderr;
  };

  const trade = async (url: string) => {
    const answer = await fetch(`${url}/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.emu.oidc.issue(AUDIENCE)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ identity: 'deploy-docs' }),
    });
    return { status: answer.status, json: (await answer.json()) as Record<string, unknown> };
  };

  let worker: WorkerdRun | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it('Cloudflare Workers (workerd): the policy in BROKER_CONFIG, the refresh token a Worker secret', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    worker = await startWorkerd({
      BROKER_CONFIG: brokerYaml(ctx.emu),
      DROPBOX_REFRESH_TOKEN_DOCS: refreshToken,
      DROPBOX_API_URL: ctx.emu.apiUrl,
    });
    const { status, json } = await trade(worker.url);
    expect(json['error_description']).toBeUndefined();
    expect(status).toBe(200);
    expect(json['access_token']).toMatch(/^sl\./);
    const denied = await fetch(`${worker.url}/token`, { method: 'POST', body: '{}' });
    expect(denied.status).toBe(401);
    await eventually(() => worker!.output().includes('"decision":"allowed"'));
    expect(worker.output()).toContain('"decision":"allowed"');
    // Without the Durable Object bindings, the isolate says its replay store is its own.
    expect(worker.output()).toContain('replay store: memory, which holds for this isolate only');
    expect(worker.output()).not.toContain(refreshToken);
  }, 60_000);

  it('Cloudflare Workers: a missing secret or a bad BROKER_CONFIG answers 503 misconfigured, the problem in the log once', async () => {
    // No DROPBOX_REFRESH_TOKEN_DOCS secret.
    worker = await startWorkerd({ BROKER_CONFIG: brokerYaml(ctx.emu) });
    for (let i = 0; i < 2; i++) {
      const { status, json } = await trade(worker.url);
      expect(status).toBe(503);
      expect(json).toEqual({
        error: 'misconfigured',
        error_description: "the broker's configuration has a problem: see its logs",
      });
    }
    await eventually(() => worker!.output().includes('DROPBOX_REFRESH_TOKEN_DOCS'));
    const logged = worker.output().split('DROPBOX_REFRESH_TOKEN_DOCS').length - 1;
    expect(logged).toBe(1);
  }, 60_000);

  it('Node: dropbox-token-broker serve --config broker.yaml, refresh tokens from the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broker-node-'));
    writeFileSync(join(dir, 'broker.yaml'), brokerYaml(ctx.emu));
    const port = await freeLoopbackPort();
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const output = await start(
      process.execPath,
      [
        join(packageDir, 'bin/dropbox-token-broker.js'),
        'serve',
        '--config',
        join(dir, 'broker.yaml'),
        '--port',
        String(port),
        '--api-url',
        ctx.emu.apiUrl,
      ],
      { DROPBOX_REFRESH_TOKEN_DOCS: refreshToken },
      `http://127.0.0.1:${port}/`,
    );
    const { status, json } = await trade(`http://127.0.0.1:${port}`);
    expect(status).toBe(200);
    expect(json['token_type']).toBe('bearer');
    expect(output()).toMatch(/"identity":"deploy-docs".*"decision":"allowed"/);
    expect(output()).not.toContain(refreshToken);
    expect(output()).not.toContain(json['access_token']);
  });

  /** The broker's command line on a configuration file, with nothing in its environment but PATH. */
  const runBroker = async (command: 'serve' | 'check', yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'broker-cli-'));
    writeFileSync(join(dir, 'broker.yaml'), yaml);
    const run = spawn(
      process.execPath,
      [join(packageDir, 'bin/dropbox-token-broker.js'), command, '--config', join(dir, 'broker.yaml')],
      { env: { PATH: process.env['PATH'] ?? '' } },
    );
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => run.on('exit', resolve));
    return { code, stderr, lines: stderr.trim().split('\n') };
  };
  const check = (yaml: string) => runBroker('check', yaml);

  it('serve refuses to start without an account refresh token, naming the variable', async () => {
    const { code, stderr } = await runBroker('serve', brokerYaml(ctx.emu));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error: the refresh token of account docs is not set: DROPBOX_REFRESH_TOKEN_DOCS (export it)',
    );
  });

  it('check: 0 for a valid configuration (no refresh token needed), with its warnings', async () => {
    const yaml = brokerYaml(ctx.emu, {
      identities:
        '  sandbox:\n    account: docs\n    scopes: [files.content.read]\n    allow: { repository: octo-org/sandbox }\n',
    });
    const { code, lines } = await check(yaml);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^dropbox-token-broker: warning: identity sandbox pins repository without repository_id/),
      expect.stringMatching(
        /^dropbox-token-broker: warning: account docs is shared by identities with different repositories \(deploy-docs, sandbox\)/,
      ),
      expect.stringMatching(/is valid: 1 accounts, 2 identities$/),
    ]);
  });

  it('check: 1 with every problem named by its path', async () => {
    const yaml = brokerYaml(ctx.emu, { top: 'max_connections: many' }).replace(
      'repository: octo-org/demo-repo',
      'repository: "*"',
    );
    const { code, lines } = await check(yaml);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'error: max_connections must be a whole number from 1 to 65535',
      'error: identities.deploy-docs.allow.repository: "*" is not OWNER/NAME',
    ]);
  });
});
