import { createHash } from 'node:crypto';
import { getCurrentAccount, revokeToken } from '@dropbox-token/core';
import { describe, expect, it } from 'vitest';
import { OUTSIDER_EVENTS, freeLoopbackPort, oidcAttackTokens } from '@dropbox-token/emulator/testing';
import { AUDIT_CLAIMS, createBroker, parseBrokerConfig } from '../src/index.js';
import { AUDIENCE, brokerYaml, inProcessBroker, tokenRequest, useBroker } from './helpers.js';

describe('the broker: POST /token', () => {
  const ctx = useBroker();

  it('trades a verified OIDC token for a working Dropbox access token with the policy scopes, and audits it', async () => {
    const { status, json } = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE));
    expect(status).toBe(200);
    expect(json).toMatchObject({ token_type: 'bearer', scope: 'account_info.read files.content.write' });
    expect(json['expires_in']).toBeGreaterThan(14_000);
    expect(Date.parse(json['expires_at'] as string)).toBeGreaterThan(Date.now());
    const account = await getCurrentAccount({ accessToken: json['access_token'] as string, apiUrl: ctx.emu.apiUrl });
    expect(account.accountId).toBe(ctx.emu.dropbox.account.accountId);
    expect(ctx.audit).toEqual([
      expect.objectContaining({
        identity: 'deploy-docs',
        iss: ctx.emu.oidc.issuer,
        sub: 'repo:octo-org/demo-repo:ref:refs/heads/main',
        repository: 'octo-org/demo-repo',
        repository_id: '690439361',
        repository_owner_id: '9919',
        ref: 'refs/heads/main',
        event_name: 'push',
        run_id: '1658821493',
        run_attempt: '1',
        decision: 'allowed',
        scopes: ['account_info.read', 'files.content.write'],
        // Ties a leaked token to the runs that received it, without the token itself.
        token_sha256: createHash('sha256')
          .update(json['access_token'] as string)
          .digest('hex'),
      }),
    ]);
    // Every verified claim the line is meant to carry is there.
    expect(Object.keys(ctx.audit[0]!)).toEqual(expect.arrayContaining([...AUDIT_CLAIMS]));
    expect(JSON.stringify(ctx.audit)).not.toContain(json['access_token']);
    // Narrowed by the refresh grant: Dropbox itself limits the token to the scopes.
    const refresh = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    expect((refresh.body as Record<string, string>)['scope']).toBe('account_info.read files.content.write');
  });

  it('a narrower scope on request; a wider one is refused with 403', async () => {
    const narrow = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), {
      identity: 'deploy-docs',
      scope: 'files.content.write',
    });
    expect(narrow.json['scope']).toBe('files.content.write');
    const wide = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-docs', scope: 'files.content.read' });
    expect(wide).toMatchObject({ status: 403, json: { error: 'scope_not_allowed' } });
  });

  it('250 requests at once make one Dropbox call and one key-set fetch: shared (single-flight)', async () => {
    // In-process (the handler the servers wrap), so the figure is the broker's and not the sockets'.
    const broker = createBroker({
      config: parseBrokerConfig(brokerYaml(ctx.emu)),
      secrets: () => ctx.refreshToken,
      audit: () => {},
      dropbox: { apiUrl: ctx.emu.apiUrl },
    });
    const answers = await Promise.all(
      Array.from({ length: 250 }, () => broker.handle(tokenRequest(ctx.emu.oidc.issue(AUDIENCE)))),
    );
    const refused = await Promise.all(
      answers.filter((a) => a.status !== 200).map(async (a) => `${a.status} ${await a.text()}`),
    );
    expect(refused).toEqual([]);
    const tokens = await Promise.all(
      answers.map(async (a) => ((await a.json()) as { access_token: string }).access_token),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(1);
    // The issuer too is asked once: one discovery, one key set (each of 250 used to fetch both).
    const issuerPaths = ctx.emu.requests.map((r) => r.path).filter((path) => path.startsWith('/oidc/'));
    expect(issuerPaths.sort()).toEqual(['/oidc/.well-known/jwks', '/oidc/.well-known/openid-configuration']);
  });

  it('remembers a failed discovery for 5 s at most: answered at once meanwhile, served again after', async () => {
    const { ask, advance } = inProcessBroker(ctx.emu, { DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken });
    const discoveries = () => ctx.emu.requests.filter((r) => r.path.endsWith('/openid-configuration')).length;
    ctx.emu.faults.next('/oidc/.well-known/openid-configuration', ['500']);
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).json).toMatchObject({ error: 'issuer_unavailable' });
    advance(4_000);
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).json).toMatchObject({ error: 'issuer_unavailable' });
    expect(discoveries()).toBe(1);
    advance(1_000);
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
    expect(discoveries()).toBe(2);
  });

  it.each([
    ['never answers', () => new Promise<boolean>(() => {})],
    ['fails', () => Promise.reject(new Error('connection refused'))],
  ])('a replay store that %s: 503 replay_store_unavailable, and no token is minted', async (_what, claim) => {
    const { ask, audit } = inProcessBroker(
      ctx.emu,
      { DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken },
      {},
      { replayStore: { claim }, replayStoreTimeoutMs: 50 },
    );
    const answer = await ask(ctx.emu.oidc.issue(AUDIENCE));
    expect(answer).toMatchObject({ status: 503, json: { error: 'replay_store_unavailable' } });
    expect(audit).toEqual([expect.objectContaining({ decision: 'denied', reason: expect.stringContaining('reuse') })]);
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(0);
  });

  it('40 spellings of one scope set make one Dropbox call, answered as one sorted set', async () => {
    const spellings = Array.from({ length: 40 }, (_, i) =>
      [...Array(1 + (i % 3)).fill('files.content.write'), ...Array(1 + (i % 2)).fill('account_info.read')]
        .sort(() => (i % 5) - 2)
        .join(i % 4 === 0 ? '  ' : ' '),
    );
    expect(new Set(spellings).size).toBeGreaterThan(5);
    const answers = await Promise.all(
      spellings.map((scope) => ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-docs', scope })),
    );
    expect(answers.map((a) => a.json['scope'])).toEqual(Array(40).fill('account_info.read files.content.write'));
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(1);
  });

  it('finds a rotated key by refetching the key set for an unknown key id', async () => {
    expect((await ctx.ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
    ctx.emu.oidc.rotateKey(true);
    expect((await ctx.ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
  });

  it('other routes and methods, and a scope that is not a string, are refused before any verification', async () => {
    expect((await fetch(`${ctx.url}/other`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${ctx.url}/token`)).status).toBe(405);
    const noIdentity = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { scope: 'x' });
    expect(noIdentity).toMatchObject({ status: 400, json: { error: 'invalid_request' } });
    const badScope = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-docs', scope: ['x'] });
    expect(badScope.json['error_description']).toMatch(/scope must be a string/);
  });

  it('Dropbox refusing the refresh token, or an unreadable issuer, is a 502 that says whose problem it is', async () => {
    ctx.emu.faults.next('/oauth2/token', ['500', '500', '500', '500']);
    const dropbox = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE));
    expect(dropbox).toMatchObject({ status: 502, json: { error: 'dropbox_unavailable' } });
    expect(dropbox.json['error_description']).toMatch(/server_error/);
    // A broker whose issuer does not answer: the token cannot be judged, and the answer says so.
    const audit: unknown[] = [];
    const dead = `http://127.0.0.1:${await freeLoopbackPort()}/oidc`;
    const broker = createBroker({
      config: parseBrokerConfig(brokerYaml(ctx.emu).replace(ctx.emu.oidc.issuer, dead)),
      secrets: () => undefined,
      audit: (line) => audit.push(line),
    });
    const fromDead = ctx.emu.oidc.sign(
      { alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid },
      { ...ctx.emu.oidc.claimsFor(AUDIENCE), iss: dead },
    );
    const answer = await broker.handle(tokenRequest(fromDead));
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ error: 'issuer_unavailable' });
    expect(audit).toHaveLength(1);
  });

  describe('refuses, with the status and a reason a person can act on, and audits the denial', () => {
    const TOKEN_REASONS: Record<string, RegExp> = {
      'wrong audience': /another audience/,
      expired: /expired/,
      'not yet valid': /not valid yet/,
      'wrong issuer': /an issuer this broker does not trust/,
      'key not in the JWKS': /not an OIDC token this broker can verify/,
      'alg none': /can verify/,
      'HS256 signed with the public key': /can verify/,
    };
    it.each(Object.entries(TOKEN_REASONS))('%s: 401 with the reason', async (attack, reason) => {
      const answer = await ctx.ask(oidcAttackTokens(ctx.emu, AUDIENCE)[attack]!);
      expect(answer).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
      expect(answer.json['error_description']).toMatch(reason);
      expect(ctx.audit.at(-1)).toMatchObject({
        decision: 'denied',
        identity: 'unknown',
        reason: answer.json['error_description'],
      });
      // Nothing unverified reaches the line: no claim of a token that did not verify.
      expect(ctx.audit.at(-1)).not.toHaveProperty('repository');
      expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
    });

    /** The one answer every policy refusal gets: it names the identity asked for and the run, never a claim. */
    const quiet = (identity: string) =>
      `the broker does not allow this run (run 1658821493) as the identity ${identity}; the reason is in its operator's audit log`;

    const POLICY_REASONS: Record<string, RegExp> = {
      'another branch': /^ref: /,
      'a re-registered repository name': /^repository_id: /,
      'an owner whose name starts like the pinned one': /^repository: /,
      ...Object.fromEntries(OUTSIDER_EVENTS.map((event) => [`a ${event} run`, /^event_name: .*outsider/])),
    };
    it.each(Object.entries(POLICY_REASONS))(
      '%s: the one 403, the claim only in the audit line',
      async (attack, reason) => {
        const answer = await ctx.ask(oidcAttackTokens(ctx.emu, AUDIENCE)[attack]!);
        expect(answer).toEqual({
          status: 403,
          json: { error: 'access_denied', error_description: quiet('deploy-docs') },
        });
        expect(ctx.audit.at(-1)).toMatchObject({ decision: 'denied', identity: 'deploy-docs', scopes: [] });
        expect(ctx.audit.at(-1)!.reason).toMatch(reason);
        expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
      },
    );

    it('an unknown identity reads like an unmatched claim, and is audited as "unknown"', async () => {
      const unknown = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-site' });
      expect(unknown).toEqual({
        status: 403,
        json: { error: 'access_denied', error_description: quiet('deploy-site') },
      });
      expect(ctx.audit.at(-1)).toMatchObject({ identity: 'unknown', reason: expect.stringMatching(/^identity: /) });
      // A name that is not one is not echoed back.
      const odd = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'x\u2028y' });
      expect(odd.json['error_description']).toBe(quiet('(not an identity name)'));
    });

    it.each([
      ['no token', undefined, 401, /id-token: write/],
      ['a body that is not JSON', 'identity=deploy-docs', 400, /must be JSON/],
    ] as const)('%s', async (what, body, status, reason) => {
      const answer = await ctx.ask(what === 'no token' ? undefined : ctx.emu.oidc.issue(AUDIENCE), body);
      expect(answer.status).toBe(status);
      expect(answer.json['error_description']).toMatch(reason);
    });

    it('a replayed token (the same jti twice)', async () => {
      const token = ctx.emu.oidc.issue(AUDIENCE);
      expect((await ctx.ask(token)).status).toBe(200);
      const again = await ctx.ask(token);
      expect(again).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
      expect(again.json['error_description']).toMatch(/already used/);
    });
  });
});

describe('the broker with explain_refusals: true (a private broker)', () => {
  const ctx = useBroker({ top: 'explain_refusals: true' });

  it("gives today's detailed reasons, still as access_denied", async () => {
    const branch = await ctx.ask(oidcAttackTokens(ctx.emu, AUDIENCE)['another branch']!);
    expect(branch).toMatchObject({ status: 403, json: { error: 'access_denied' } });
    expect(branch.json['error_description']).toBe('ref: its ref is not one the identity deploy-docs allows');
    const unknown = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'nope' });
    expect(unknown.json['error_description']).toBe('identity: no identity of that name is configured');
  });
});

describe('a revoked account is reported, not served', () => {
  const ctx = useBroker();
  const twoAccounts = (emu: typeof ctx.emu) => ({
    accounts: `  site:\n    app_key: ${emu.app.key}\n    refresh_token_env: DROPBOX_REFRESH_TOKEN_SITE\n`,
    identities:
      '  deploy-site:\n    account: site\n    scopes: [files.content.write]\n' +
      '    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919 }\n',
  });

  it("one identity's revoke: its account answers 503 account_revoked within the check interval, the other keeps working", async () => {
    const { ask, advance, broker, audit } = inProcessBroker(
      ctx.emu,
      { DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken, DROPBOX_REFRESH_TOKEN_SITE: ctx.emu.dropbox.issueRefreshToken() },
      twoAccounts(ctx.emu),
    );
    const health = async () => {
      const answer = await broker.handle(new Request('http://broker.test/healthz'));
      return { status: answer.status, json: await answer.json() };
    };
    expect(await health()).toEqual({ status: 200, json: { status: 'ok', accounts: 2, failing: 0, revoked: 0 } });
    const docs = await ask(ctx.emu.oidc.issue(AUDIENCE));
    const site = await ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-site' });
    expect([docs.status, site.status]).toEqual([200, 200]);
    // The workflow holding deploy-docs revokes the token it was handed: Dropbox disables the whole lineage.
    await revokeToken({ accessToken: docs.json['access_token'] as string, apiUrl: ctx.emu.apiUrl });
    // Until the check is due, the cached token is still served (at most one check a minute).
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
    advance(60_000);
    const revoked = await ask(ctx.emu.oidc.issue(AUDIENCE));
    expect(revoked).toMatchObject({ status: 503, json: { error: 'account_revoked' } });
    expect(revoked.json['error_description']).toMatch(/account docs .*--broker-config/);
    expect(audit.at(-1)).toMatchObject({ decision: 'denied', identity: 'deploy-docs' });
    expect(audit.at(-1)!.reason).toMatch(/revoked/);
    // Later requests are answered at once, without asking Dropbox.
    const calls = ctx.emu.requests.length;
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).json['error']).toBe('account_revoked');
    expect(ctx.emu.requests.filter((r) => !r.path.startsWith('/oidc/')).length).toBe(
      ctx.emu.requests.slice(0, calls).filter((r) => !r.path.startsWith('/oidc/')).length,
    );
    const other = await ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-site' });
    expect(other.status).toBe(200);
    expect(await health()).toEqual({ status: 503, json: { status: 'failing', accounts: 2, failing: 0, revoked: 1 } });
  });

  it('a refresh answered invalid_grant marks the account revoked at once; a Dropbox outage is failing, not revoked', async () => {
    const { ask, broker } = inProcessBroker(ctx.emu, {
      DROPBOX_REFRESH_TOKEN_DOCS: 'not-a-refresh-token-the-emulator-knows',
    });
    const health = async () => (await broker.handle(new Request('http://broker.test/healthz'))).json();
    ctx.emu.faults.next('/oauth2/token', ['500']);
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).json['error']).toBe('dropbox_unavailable');
    expect(await health()).toMatchObject({ status: 'failing', failing: 1, revoked: 0 });
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE))).json['error']).toBe('account_revoked');
    expect(await health()).toMatchObject({ status: 'failing', failing: 0, revoked: 1 });
  });

  it('a narrow token (no account_info.read) is checked and kept: missing_scope is alive, not revoked', async () => {
    const { ask, advance } = inProcessBroker(
      ctx.emu,
      {
        DROPBOX_REFRESH_TOKEN_DOCS: ctx.refreshToken,
        DROPBOX_REFRESH_TOKEN_SITE: ctx.emu.dropbox.issueRefreshToken(),
      },
      twoAccounts(ctx.emu),
    );
    const first = await ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-site' });
    advance(61_000);
    const second = await ask(ctx.emu.oidc.issue(AUDIENCE), { identity: 'deploy-site' });
    expect(second.json['access_token']).toBe(first.json['access_token']);
    const checks = ctx.emu.requests.filter((r) => r.path === '/2/users/get_current_account');
    expect(checks).toHaveLength(1);
    expect(checks[0]!.status).toBe(401);
    expect(ctx.emu.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(1);
  });
});

describe('GET /healthz', () => {
  const ctx = useBroker();

  it('answers counts only, with no name and no audit line', async () => {
    const answer = await fetch(`${ctx.url}/healthz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok', accounts: 1, failing: 0, revoked: 0 });
    expect(ctx.audit).toEqual([]);
  });
});
