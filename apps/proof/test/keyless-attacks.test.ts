import { createHash } from 'node:crypto';
import { type Socket, connect, createServer } from 'node:net';
import { revokeToken } from '@dropbox-token/core';
import { eventually, oidcAttackTokens, OUTSIDER_EVENTS, useEmulator } from '@dropbox-token/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrokerProcess, findLeaks, secretsOf, serveBroker } from './harness.js';

/** Seconds until the server closes a connection that sends `start`, then one more byte a second. */
function secondsUntilClosed(url: string, start: string): Promise<number> {
  const { hostname, port } = new URL(url);
  const began = Date.now();
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(Number(port), hostname, () => socket.write(start));
    const drip = setInterval(() => socket.writable && socket.write('x'), 1000);
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error('still open after 30 s'));
    }, 30_000);
    socket.on('data', () => {});
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      resolve((Date.now() - began) / 1000);
    });
  });
}

const identityYaml = (name: string, account: string, scopes: string, extra = '') =>
  `  ${name}:\n    account: ${account}\n    scopes: [${scopes}]\n` +
  `    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919, ref: refs/heads/main${extra} }\n`;

/**
 * The keyless broker as self-hosters run it (`dropbox-token-broker serve`, a separate process),
 * attacked with forged and misused OIDC tokens, outsider events, re-registered names, revokes and
 * slow clients: each refused as designed, one audit line per decision, and no Dropbox secret in
 * any answer or audit line.
 */
describe('keyless broker under attack', () => {
  const ctx = useEmulator({ beforeAll, afterAll });
  let broker: BrokerProcess;
  const answers: { name: string; status: number; text: string }[] = [];

  beforeAll(async () => {
    broker = await serveBroker(
      (url) =>
        `audience: ${url}\nissuer: ${ctx.emu.oidc.issuer}\nrevoke_check_seconds: 1\naccounts:\n` +
        `  docs: { app_key: ${ctx.emu.app.key}, refresh_token_env: DOCS }\n` +
        `  sandbox: { app_key: ${ctx.emu.app.key}, refresh_token_env: SANDBOX }\n` +
        `identities:\n${identityYaml('deploy', 'docs', 'files.content.write, account_info.read')}` +
        identityYaml('sandbox', 'sandbox', 'files.content.read'),
      { DOCS: ctx.emu.dropbox.issueRefreshToken(), SANDBOX: ctx.emu.dropbox.issueRefreshToken() },
      ctx.emu.apiUrl,
    );
  });
  afterAll(async () => {
    broker.child.kill();
  });

  const ask = async (name: string, token: string, body: unknown = { identity: 'deploy' }) => {
    const answer = await fetch(`${broker.url}/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await answer.text();
    answers.push({ name, status: answer.status, text });
    return { status: answer.status, json: JSON.parse(text) as Record<string, string> };
  };
  const attack = (name: string) => oidcAttackTokens(ctx.emu, broker.url)[name]!;

  it.each([
    'wrong audience',
    'expired',
    'not yet valid',
    'wrong issuer',
    'key not in the JWKS',
    'alg none',
    'HS256 signed with the public key',
  ])('refuses %s with 401 and its reason', async (name) => {
    const answer = await ask(name, attack(name));
    expect(answer).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
  });

  it.each([
    'another branch',
    'a re-registered repository name',
    'an owner whose name starts like the pinned one',
    ...OUTSIDER_EVENTS.map((event) => `a ${event} run`),
  ])('refuses %s with the one quiet 403', async (name) => {
    const answer = await ask(name, attack(name));
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      error: 'access_denied',
      error_description:
        "the broker does not allow this run (run 1658821493) as the identity deploy; the reason is in its operator's audit log",
    });
  });

  it('an unknown identity and an unmatched claim get answers an outsider cannot tell apart', async () => {
    const unknown = await ask('unknown identity', ctx.emu.oidc.issue(broker.url), { identity: 'deploy-prod' });
    const unmatched = await ask('unmatched', attack('another branch'), { identity: 'deploy-prod' });
    const known = await ask('known, unmatched', attack('another branch'), { identity: 'deploy' });
    expect(unknown).toEqual(unmatched);
    expect([unknown.status, known.status]).toEqual([403, 403]);
    expect(known.json['error_description']).toBe(
      unknown.json['error_description']!.replace('identity deploy-prod', 'identity deploy'),
    );
  });

  it('refuses a replayed token and a scope wider than the policy, after one honest success', async () => {
    const token = ctx.emu.oidc.issue(broker.url);
    expect((await ask('honest', token)).status).toBe(200);
    expect((await ask('replay', token)).json['error_description']).toMatch(/already used/);
    const wider = await ask('wider scope', ctx.emu.oidc.issue(broker.url), {
      identity: 'deploy',
      scope: 'files.content.write files.permanent.delete',
    });
    expect(wider).toMatchObject({ status: 403, json: { error: 'scope_not_allowed' } });
  });

  it('40 spellings of one scope set make one Dropbox call', async () => {
    const refreshes = () => ctx.emu.requests.filter((r) => r.path === '/oauth2/token').length;
    const before = refreshes();
    const spellings = Array.from({ length: 40 }, (_, i) =>
      (i % 2 === 0 ? ['files.content.read', 'files.content.read'] : ['files.content.read']).join(
        ' '.repeat(1 + (i % 3)),
      ),
    );
    const results = await Promise.all(
      spellings.map((scope, i) => ask(`spelling ${i}`, ctx.emu.oidc.issue(broker.url), { identity: 'sandbox', scope })),
    );
    expect(results.map((r) => r.json['scope'])).toEqual(Array(40).fill('files.content.read'));
    expect(refreshes() - before).toBe(1);
  });

  it("one identity's revoke: its account answers 503 account_revoked within the check interval, the other keeps working, /healthz turns 503", async () => {
    const sandbox = await ask('sandbox token', ctx.emu.oidc.issue(broker.url), { identity: 'sandbox' });
    expect(sandbox.status).toBe(200);
    expect((await fetch(`${broker.url}/healthz`)).status).toBe(200);
    // The sandbox workflow revokes the token it was handed: Dropbox disables its whole lineage.
    await revokeToken({ accessToken: sandbox.json['access_token']!, apiUrl: ctx.emu.apiUrl });
    const began = Date.now();
    let answer = await ask('sandbox after revoke', ctx.emu.oidc.issue(broker.url), { identity: 'sandbox' });
    while (answer.status === 200 && Date.now() - began < 60_000) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await ask('sandbox after revoke', ctx.emu.oidc.issue(broker.url), { identity: 'sandbox' });
    }
    expect(answer).toMatchObject({ status: 503, json: { error: 'account_revoked' } });
    expect(answer.json['error_description']).toMatch(/account sandbox .*--broker-config/);
    expect((await ask('deploy after revoke', ctx.emu.oidc.issue(broker.url))).status).toBe(200);
    const health = await fetch(`${broker.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'failing', accounts: 2, failing: 0, revoked: 1 });
  });

  it('a client that stalls in its headers or its body is closed within 15 s; a stalled issuer is answered 502 within 10 s', async () => {
    // A broker whose issuer accepts connections and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const stalled = await serveBroker(
      (url) =>
        `audience: ${url}\nissuer: ${issuer}\naccounts:\n  docs: { app_key: ${ctx.emu.app.key}, refresh_token_env: DOCS }\n` +
        `identities:\n${identityYaml('deploy', 'docs', 'files.content.write')}`,
      { DOCS: ctx.emu.dropbox.issueRefreshToken() },
      ctx.emu.apiUrl,
    );
    try {
      const askStalled = async () => {
        const began = Date.now();
        const answer = await fetch(`${stalled.url}/token`, {
          method: 'POST',
          // A token from the stalled issuer: the broker must ask it for keys.
          headers: {
            authorization: `Bearer ${ctx.emu.oidc.sign({ alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid }, { ...ctx.emu.oidc.claimsFor(stalled.url), iss: issuer })}`,
          },
          body: '{"identity":"deploy"}',
        });
        return { status: answer.status, json: await answer.json(), seconds: (Date.now() - began) / 1000 };
      };
      const [headers, body, discovery] = await Promise.all([
        secondsUntilClosed(broker.url, 'POST /token HTTP/1.1\r\nHost: broker\r\nX-Slow: '),
        // With a valid token, so the broker verifies it and then waits for the body.
        secondsUntilClosed(
          broker.url,
          `POST /token HTTP/1.1\r\nHost: broker\r\nAuthorization: Bearer ${ctx.emu.oidc.issue(broker.url)}\r\nContent-Length: 100000\r\n\r\n{`,
        ),
        askStalled(),
      ]);
      expect(headers).toBeLessThanOrEqual(15);
      expect(body).toBeLessThanOrEqual(15);
      expect(discovery).toMatchObject({ status: 502, json: { error: 'issuer_unavailable' } });
      expect(discovery.seconds).toBeLessThanOrEqual(10);
      // The broker still serves everyone else.
      expect((await ask('after the slow clients', ctx.emu.oidc.issue(broker.url))).status).toBe(200);
    } finally {
      stalled.child.kill();
      silent.close();
    }
  }, 40_000);

  it('every decision has one audit line: verified claims, token_sha256, no raw separators, no Dropbox secret anywhere', async () => {
    // One line per answer, and one for the slow body's request, refused once its connection was closed.
    await eventually(() => broker.output().stdout.trim().split('\n').length >= answers.length + 1);
    const { stdout, stderr } = broker.output();
    const lines = stdout.trim().split('\n');
    expect(lines.every((line) => !/[\r\u0085\u2028\u2029]/.test(line) && line.length <= 4096)).toBe(true);
    const decisions = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(decisions).toHaveLength(answers.length + 1);
    expect(decisions.filter((line) => /body must be JSON/.test(String(line['reason'])))).toHaveLength(1);
    const allowed = answers.filter((a) => a.status === 200);
    const allowedLines = decisions.filter((line) => line['decision'] === 'allowed');
    expect(allowedLines.map((line) => line['token_sha256']).sort()).toEqual(
      allowed
        .map((a) =>
          createHash('sha256')
            .update((JSON.parse(a.text) as { access_token: string }).access_token)
            .digest('hex'),
        )
        .sort(),
    );
    for (const line of allowedLines)
      expect(line).toMatchObject({
        iss: ctx.emu.oidc.issuer,
        repository_id: '690439361',
        event_name: 'push',
        sha: expect.any(String),
      });
    // The operator was told at start that the memory replay store holds for one instance.
    expect(stderr).toMatch(/replay store: memory, which holds for a single instance only/);
    const refusals = answers
      .filter((a) => a.status !== 200)
      .map((a) => ({ name: `answer to ${a.name}`, text: a.text }));
    expect(findLeaks([...refusals, { name: 'audit log', text: stdout + stderr }], secretsOf(ctx.emu))).toEqual([]);
  });
});

/** The same broker trusting GitLab CI too: GitLab's defaults attacked, and issuers kept apart. */
describe('keyless broker under attack: GitLab CI', () => {
  const ctx = useEmulator({ beforeAll, afterAll });
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await serveBroker(
      (url) =>
        `audience: ${url}\nissuers:\n  github: { url: ${ctx.emu.oidc.issuer} }\n  gitlab: { url: ${ctx.emu.gitlab.issuer}, kind: gitlab }\n` +
        `accounts:\n  docs: { app_key: ${ctx.emu.app.key}, refresh_token_env: DOCS }\n  site: { app_key: ${ctx.emu.app.key}, refresh_token_env: SITE }\n` +
        'identities:\n  deploy:\n    issuer: github\n    account: docs\n    scopes: [files.content.write]\n' +
        '    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919 }\n' +
        '  ship:\n    issuer: gitlab\n    account: site\n    scopes: [files.content.write]\n' +
        '    allow: { project_path: octo-group/demo-project, project_id: 4815162342, namespace_id: 4242 }\n',
      { DOCS: ctx.emu.dropbox.issueRefreshToken(), SITE: ctx.emu.dropbox.issueRefreshToken() },
      ctx.emu.apiUrl,
    );
  });
  afterAll(async () => {
    broker.child.kill();
  });

  const ask = async (token: string, identity = 'ship') => {
    const answer = await fetch(`${broker.url}/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ identity }),
    });
    return { status: answer.status, json: (await answer.json()) as Record<string, string> };
  };
  const gitlabToken = (change: Record<string, string>) => {
    const base = { ...ctx.emu.gitlab.run };
    ctx.emu.gitlab.run = { ...base, ...change } as typeof base;
    try {
      return ctx.emu.gitlab.issue(broker.url);
    } finally {
      ctx.emu.gitlab.run = base;
    }
  };

  it('an honest pipeline on a protected branch gets its token', async () => {
    expect((await ask(ctx.emu.gitlab.issue(broker.url))).status).toBe(200);
  });

  it.each([
    ['a merge request pipeline (a fork’s code)', { pipeline_source: 'merge_request_event' }],
    ['an unprotected branch', { ref: 'feature', ref_protected: 'false' }],
    ['a project under a lookalike namespace', { project_path: 'octo-group-evil/demo-project', namespace_id: '666' }],
    ['a re-registered project (same path, new ID)', { project_id: '999' }],
  ])('refuses %s with the one quiet 403', async (_attack, change) => {
    const answer = await ask(gitlabToken(change));
    expect(answer.status).toBe(403);
    expect(answer.json['error']).toBe('access_denied');
  });

  it('a GitLab token for the GitHub identity, and a GitHub token for the GitLab one, are refused', async () => {
    expect((await ask(ctx.emu.gitlab.issue(broker.url), 'deploy')).status).toBe(403);
    expect((await ask(ctx.emu.oidc.issue(broker.url), 'ship')).status).toBe(403);
  });

  it('a token from an issuer the broker does not trust is a 401, and the broker fetches nothing from it', async () => {
    const before = ctx.emu.requests.length;
    const forged = ctx.emu.gitlab.sign(
      { alg: 'RS256', kid: 'k' },
      { ...ctx.emu.gitlab.claimsFor(broker.url), iss: `${ctx.emu.url}/gitlab-elsewhere` },
    );
    expect((await ask(forged)).status).toBe(401);
    expect(ctx.emu.requests.slice(before).filter((r) => r.path.includes('elsewhere'))).toEqual([]);
  });
});
