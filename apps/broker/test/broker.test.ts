import { getCurrentAccount } from '@dropbox-token/core';
import { describe, expect, it } from 'vitest';
import { freeLoopbackPort, oidcAttackTokens } from '@dropbox-token/emulator/testing';
import { createBroker, parseBrokerConfig } from '../src/index.js';
import { AUDIENCE, brokerYaml, useBroker } from './helpers.js';

describe('the broker: POST /token', () => {
  const ctx = useBroker();

  it('trades a verified OIDC token for a working Dropbox access token with the policy scopes, and audits it', async () => {
    const { status, json } = await ctx.ask(ctx.emu.oidc.issue(AUDIENCE));
    expect(status).toBe(200);
    expect(json).toMatchObject({ token_type: 'bearer', scope: 'files.content.write account_info.read' });
    expect(json['expires_in']).toBeGreaterThan(14_000);
    expect(Date.parse(json['expires_at'] as string)).toBeGreaterThan(Date.now());
    const account = await getCurrentAccount({ accessToken: json['access_token'] as string, apiUrl: ctx.emu.apiUrl });
    expect(account.accountId).toBe(ctx.emu.dropbox.account.accountId);
    expect(ctx.audit).toEqual([
      expect.objectContaining({
        identity: 'deploy-docs',
        repository: 'octo-org/demo-repo',
        ref: 'refs/heads/main',
        run_id: '1658821493',
        decision: 'allowed',
      }),
    ]);
    expect(JSON.stringify(ctx.audit)).not.toContain(json['access_token']);
    // Narrowed by the refresh grant: Dropbox itself limits the token to the scopes.
    const refresh = ctx.emu.requests.find((r) => r.path === '/oauth2/token')!;
    expect((refresh.body as Record<string, string>)['scope']).toBe('files.content.write account_info.read');
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
    const request = () =>
      new Request('http://broker.test/token', {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.emu.oidc.issue(AUDIENCE)}` },
        body: JSON.stringify({ identity: 'deploy-docs' }),
      });
    const answers = await Promise.all(Array.from({ length: 250 }, () => broker.handle(request())));
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

  it('asks the issuer again after a failed discovery: a failure is not kept', async () => {
    ctx.emu.faults.next('/oidc/.well-known/openid-configuration', ['500']);
    expect((await ctx.ask(ctx.emu.oidc.issue(AUDIENCE))).json).toMatchObject({ error: 'issuer_unavailable' });
    expect((await ctx.ask(ctx.emu.oidc.issue(AUDIENCE))).status).toBe(200);
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
    const broker = createBroker({
      config: parseBrokerConfig(
        brokerYaml(ctx.emu).replace(ctx.emu.oidc.issuer, `http://127.0.0.1:${await freeLoopbackPort()}/oidc`),
      ),
      secrets: () => undefined,
      audit: (line) => audit.push(line),
    });
    const answer = await broker.handle(
      new Request('http://broker.test/token', {
        method: 'POST',
        headers: { authorization: `Bearer ${ctx.emu.oidc.issue(AUDIENCE)}` },
        body: JSON.stringify({ identity: 'deploy-docs' }),
      }),
    );
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ error: 'issuer_unavailable' });
    expect(audit).toHaveLength(1);
  });

  describe('refuses, with the status and a reason a person can act on, and audits the denial', () => {
    const REASONS: Record<string, [number, RegExp]> = {
      'wrong audience': [401, /another audience/],
      expired: [401, /expired/],
      'not yet valid': [401, /not valid yet/],
      'wrong issuer': [401, /another issuer/],
      'key not in the JWKS': [401, /not a GitHub Actions OIDC token this broker can verify/],
      'alg none': [401, /can verify/],
      'HS256 signed with the public key': [401, /can verify/],
      'a pull_request_target run': [403, /does not allow pull_request_target runs/],
      'another branch': [403, /its ref is not one the identity deploy-docs allows/],
    };
    it.each(Object.entries(REASONS))('%s', async (attack, [status, reason]) => {
      const answer = await ctx.ask(oidcAttackTokens(ctx.emu, AUDIENCE)[attack]!);
      expect(answer.status).toBe(status);
      expect(answer.json['error_description']).toMatch(reason);
      expect(answer.json).not.toHaveProperty('access_token');
      expect(ctx.audit.at(-1)).toMatchObject({ decision: 'denied', reason: answer.json['error_description'] });
      expect(ctx.emu.requests.some((r) => r.path === '/oauth2/token')).toBe(false);
    });

    it.each([
      ['no token', undefined, undefined, 401, /id-token: write/],
      ['another repository', 'repository', undefined, 403, /its repository/],
      ['an unknown identity', undefined, { identity: 'nope' }, 403, /no identity nope/],
      ['a body that is not JSON', undefined, 'identity=deploy-docs', 400, /must be JSON/],
    ] as const)('%s', async (what, changed, body, status, reason) => {
      const token =
        what === 'no token'
          ? undefined
          : changed === 'repository'
            ? ctx.emu.oidc.sign(
                { alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid },
                { ...ctx.emu.oidc.claimsFor(AUDIENCE), repository: 'evil/demo-repo' },
              )
            : ctx.emu.oidc.issue(AUDIENCE);
      const answer = await ctx.ask(token, body);
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
