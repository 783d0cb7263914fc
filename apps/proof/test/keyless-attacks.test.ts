import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort, oidcAttackTokens } from '@dropbox-token/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks, secretsOf } from './harness.js';

const BROKER_BIN = join(
  dirname(createRequire(import.meta.url).resolve('@dropbox-token/broker')),
  '../bin/dropbox-token-broker.js',
);

/**
 * The keyless broker as self-hosters run it (`dropbox-token-broker serve`, a separate process),
 * attacked with forged and misused OIDC tokens: each refused with its status and reason, and no
 * Dropbox secret in any answer or audit line.
 */
describe('keyless broker under attack', () => {
  let emu: Emulator;
  let broker: ChildProcess;
  let url: string;
  let audit = '';
  const answers: { name: string; status: number; text: string }[] = [];

  beforeAll(async () => {
    emu = await startEmulator();
    const port = await freeLoopbackPort();
    url = `http://127.0.0.1:${port}`;
    const dir = mkdtempSync(join(tmpdir(), 'proof-broker-'));
    writeFileSync(
      join(dir, 'broker.yaml'),
      `audience: ${url}\nissuer: ${emu.oidc.issuer}\naccounts:\n  docs: { app_key: ${emu.app.key}, refresh_token_env: DOCS }\n` +
        'identities:\n  deploy:\n    account: docs\n    scopes: [files.content.write]\n    allow: { repository: octo-org/demo-repo, ref: refs/heads/main }\n',
    );
    broker = spawn(
      process.execPath,
      [BROKER_BIN, 'serve', '--config', join(dir, 'broker.yaml'), '--port', String(port), '--api-url', emu.apiUrl],
      {
        env: { PATH: process.env['PATH'] ?? '', DOCS: emu.dropbox.issueRefreshToken() },
      },
    );
    broker.stdout!.on('data', (chunk: Buffer) => (audit += chunk.toString()));
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(url).then(
        () => true,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => {
    broker.kill();
    await emu.close();
  });

  const ask = async (name: string, token: string, body: unknown = { identity: 'deploy' }) => {
    const answer = await fetch(`${url}/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await answer.text();
    answers.push({ name, status: answer.status, text });
    return { status: answer.status, json: JSON.parse(text) as Record<string, string> };
  };

  it.each([
    ['wrong audience', 401],
    ['expired', 401],
    ['not yet valid', 401],
    ['wrong issuer', 401],
    ['key not in the JWKS', 401],
    ['alg none', 401],
    ['HS256 signed with the public key', 401],
    ['a pull_request_target run', 403],
    ['another branch', 403],
  ])('refuses %s with %i', async (attack, status) => {
    const answer = await ask(attack, oidcAttackTokens(emu, url)[attack]!);
    expect(answer.status).toBe(status);
    expect(answer.json['error_description']).toMatch(/\w/);
  });

  it('refuses a replayed token and a scope wider than the policy, after one honest success', async () => {
    const token = emu.oidc.issue(url);
    expect((await ask('honest', token)).status).toBe(200);
    expect((await ask('replay', token)).json['error_description']).toMatch(/already used/);
    const wider = await ask('wider scope', emu.oidc.issue(url), {
      identity: 'deploy',
      scope: 'files.content.write files.permanent.delete',
    });
    expect(wider).toMatchObject({ status: 403, json: { error: 'scope_not_allowed' } });
  });

  it('every decision has one audit line, and no Dropbox secret is in any refusal or audit line', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = audit
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { decision: string });
    // One more than the answers here: the start-up probe's GET / (a 404, audited like any refusal).
    expect(lines).toHaveLength(answers.length + 1);
    expect(lines.filter((line) => line.decision === 'allowed')).toHaveLength(1);
    const refusals = answers
      .filter((a) => a.status !== 200)
      .map((a) => ({ name: `answer to ${a.name}`, text: a.text }));
    expect(findLeaks([...refusals, { name: 'audit log', text: audit }], secretsOf(emu))).toEqual([]);
  });
});
