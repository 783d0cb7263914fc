import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AuditLine, parseBrokerConfig, startNodeBroker } from '@dropbox-token/broker';
import { freeLoopbackPort, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IdTokenRequest } from '../src/broker-client.js';
import { run } from '../src/main.js';
import { createNodeTransport } from '../src/node-transport.js';
import { recordingCore } from './recording-core.js';
import { maskedBeforeUse, runAction } from './run-action.js';

/** Keyless mode: the job's OIDC token (from the emulator's issuer) buys the access token from a real broker. */
describe('keyless: broker-url and identity', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  let broker: { url: string; close(): Promise<void> };
  let audit: AuditLine[];
  let refreshToken: string;
  beforeEach(async () => {
    refreshToken = ctx.emu.dropbox.issueRefreshToken();
    audit = [];
    const port = await freeLoopbackPort();
    const config = parseBrokerConfig(`audience: http://127.0.0.1:${port}
issuer: ${ctx.emu.oidc.issuer}
accounts:
  docs: { app_key: ${ctx.emu.app.key}, refresh_token_env: DOCS_REFRESH_TOKEN }
identities:
  deploy-docs:
    account: docs
    scopes: [files.content.write, account_info.read]
    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919, ref: refs/heads/main }
`);
    broker = await startNodeBroker({
      config,
      env: { DOCS_REFRESH_TOKEN: refreshToken },
      port,
      audit: (line) => audit.push(line),
      dropbox: { apiUrl: ctx.emu.apiUrl },
    });
  });
  afterEach(async () => {
    await broker.close();
  });

  /** One in-process run; `idTokenRequest` is the runner's token endpoint (false: the job lacks id-token: write). */
  async function step(
    inputs: Record<string, string>,
    idTokenRequest: IdTokenRequest | false = { url: ctx.emu.oidc.requestUrl, token: ctx.emu.oidc.requestToken },
  ) {
    const recorded = recordingCore({
      'broker-url': broker.url,
      identity: 'deploy-docs',
      'api-url': ctx.emu.apiUrl,
      ...inputs,
    });
    const { transport, close } = createNodeTransport();
    const exitCode = await run({
      core: recorded.core,
      transport,
      appendSummaryHtml: undefined,
      idTokenRequest: idTokenRequest || undefined,
    });
    close();
    return { ...recorded, exitCode };
  }

  it('outputs a working access token, masked; the OIDC token masked too; the job holds no Dropbox credential', async () => {
    const result = await step({ verify: 'true' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const token = result.outputs['access-token']!;
    expect(token).toMatch(/^sl\./);
    expect(result.maskedBeforeUse(token)).toBe(true);
    expect(result.outputs).toMatchObject({
      scope: 'account_info.read files.content.write',
      'expires-in': expect.stringMatching(/^\d+$/),
    });
    expect(result.outputs['account-id']).toBe(ctx.emu.dropbox.account.accountId);
    // The OIDC token is registered as a mask before anything could print it.
    const masks = result.events.filter((e) => e.kind === 'mask').map((e) => e.value);
    expect(masks.some((mask) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(mask))).toBe(true);
    const request = ctx.emu.requests.find((r) => r.path === '/oidc/request-token')!;
    expect(request.query['audience']).toBe(broker.url);
    expect(audit).toEqual([expect.objectContaining({ identity: 'deploy-docs', decision: 'allowed' })]);
    expect(JSON.stringify(result.events)).not.toContain(refreshToken);
  });

  it('without permissions: id-token: write, says exactly that', async () => {
    const result = await step({}, false);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^The job cannot request an OIDC token\. Add permissions: id-token: write/);
  });

  it("a run the policy does not allow: the broker's reason and what to ask for", async () => {
    ctx.emu.oidc.run = { ...ctx.emu.oidc.run, ref: 'refs/heads/dev' };
    const result = await step({});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The broker refused the token request \(HTTP 403 access_denied: the broker does not allow this run \(run 1658821493\) as the identity deploy-docs; the reason is in its operator's audit log\)\. Ask the broker's operator/,
    );
  });

  it('a scope wider than the policy is refused; a narrower one is granted', async () => {
    expect((await step({ scope: 'files.content.read' })).errors[0]).toMatch(/HTTP 403 scope_not_allowed/);
    expect((await step({ scope: 'files.content.write' })).outputs['scope']).toBe('files.content.write');
  });

  it.each<[string, number, string, string, RegExp]>([
    [
      'a token with a line break',
      200,
      'application/json',
      JSON.stringify({ access_token: 'sl.x\n::error::pwned', token_type: 'bearer' }),
      /^The broker's answer could not be used \(HTTP 200\)/,
    ],
    ...[
      { expires_in: 1e12 },
      { expires_in: -5 },
      { expires_in: Number.MAX_VALUE },
      { expires_in: 14_000, expires_at: '+275760-09-13T00:00:00.000Z' },
      { expires_in: 14_000, expires_at: '9999-12-31T23:59:59Z' },
      { expires_in: 14_000, expires_at: 'soon' },
    ].map(
      (expiry) =>
        [
          `an absurd expiry ${JSON.stringify(expiry)}`,
          200,
          'application/json',
          JSON.stringify({ access_token: 'sl.abcdefghijklmnopqrstuvwxyz', token_type: 'bearer', ...expiry }),
          /^The broker's answer could not be used \(HTTP 200\)/,
        ] as [string, number, string, string, RegExp],
    ),
    [
      'that its account was revoked',
      503,
      'application/json',
      JSON.stringify({ error: 'account_revoked', error_description: 'the refresh token of account docs was revoked' }),
      /^The broker's Dropbox account was revoked \(HTTP 503 account_revoked: the refresh token of account docs was revoked\)\. Re-running will not help/,
    ],
    [
      'an HTML error page',
      502,
      'text/html',
      '<html><body>Bad gateway</body></html>',
      /^The broker is unavailable \(HTTP 502\)/,
    ],
  ])('a broker answering %s is refused, and nothing is output', async (_kind, status, type, body, message) => {
    const hostile = createServer((_req, res) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    try {
      const result = await step({ 'broker-url': url });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toMatch(message);
      expect(result.outputs).toEqual({});
      expect(JSON.stringify(result.events)).not.toContain('pwned');
    } finally {
      hostile.close();
    }
  });

  it('a runner token endpoint that does not answer, or refuses the request token, is named as the runner', async () => {
    const deadRunner = `http://127.0.0.1:${await freeLoopbackPort()}/token?api-version=2.0`;
    const unanswered = await step({}, { url: deadRunner, token: ctx.emu.oidc.requestToken });
    expect(unanswered.exitCode).toBe(1);
    expect(unanswered.errors[0]).toMatch(/^The runner did not give an OIDC token \(the runner did not answer\)/);
    const refused = await step({}, { url: ctx.emu.oidc.requestUrl, token: 'not-the-request-token' });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toMatch(/^The runner did not give an OIDC token \(HTTP 40\d\)/);
  });

  it('the committed bundle, as the runner runs it with id-token: write', async () => {
    const result = await runAction(
      process.execPath,
      { 'broker-url': broker.url, identity: 'deploy-docs' },
      {
        ACTIONS_ID_TOKEN_REQUEST_URL: ctx.emu.oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: ctx.emu.oidc.requestToken,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(maskedBeforeUse(result.stdout, result.outputs['access-token']!)).toBe(true);
    expect(audit.at(-1)).toMatchObject({ decision: 'allowed', repository: 'octo-org/demo-repo' });
  });
});
