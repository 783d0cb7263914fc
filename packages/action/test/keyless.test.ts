import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AuditLine, parseBrokerConfig, startNodeBroker } from '@dropbox-token/broker';
import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { createNodeTransport } from '../src/node-transport.js';
import { recordingCore } from './recording-core.js';
import { maskedBeforeUse, runAction } from './run-action.js';

/** Keyless mode: the job's OIDC token (from the emulator's issuer) buys the access token from a real broker. */
describe('keyless: broker-url and identity', () => {
  let emu: Emulator;
  let broker: { url: string; close(): Promise<void> };
  let audit: AuditLine[];
  let refreshToken: string;
  beforeEach(async () => {
    emu = await startEmulator();
    refreshToken = emu.dropbox.issueRefreshToken();
    audit = [];
    const port = await freeLoopbackPort();
    const config = parseBrokerConfig(`audience: http://127.0.0.1:${port}
issuer: ${emu.oidc.issuer}
accounts:
  docs: { app_key: ${emu.app.key}, refresh_token_env: DOCS_REFRESH_TOKEN }
identities:
  deploy-docs:
    account: docs
    scopes: [files.content.write, account_info.read]
    allow: { repository: octo-org/demo-repo, ref: refs/heads/main }
`);
    broker = await startNodeBroker({
      config,
      env: { DOCS_REFRESH_TOKEN: refreshToken },
      port,
      audit: (line) => audit.push(line),
      dropbox: { apiUrl: emu.apiUrl },
    });
  });
  afterEach(async () => {
    await broker.close();
    await emu.close();
  });

  async function step(inputs: Record<string, string>, idToken = true) {
    const recorded = recordingCore({
      'broker-url': broker.url,
      identity: 'deploy-docs',
      'api-url': emu.apiUrl,
      ...inputs,
    });
    const { transport, close } = createNodeTransport();
    const exitCode = await run({
      core: recorded.core,
      transport,
      appendSummaryHtml: undefined,
      idTokenRequest: idToken ? { url: emu.oidc.requestUrl, token: emu.oidc.requestToken } : undefined,
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
      scope: 'files.content.write account_info.read',
      'expires-in': expect.stringMatching(/^\d+$/),
    });
    expect(result.outputs['account-id']).toBe(emu.dropbox.account.accountId);
    // The OIDC token is registered as a mask before anything could print it.
    const masks = result.events.filter((e) => e.kind === 'mask').map((e) => e.value);
    expect(masks.some((mask) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(mask))).toBe(true);
    const request = emu.requests.find((r) => r.path === '/oidc/request-token')!;
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
    emu.oidc.run = { ...emu.oidc.run, ref: 'refs/heads/dev' };
    const result = await step({});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The broker refused the token request \(HTTP 403 policy_mismatch: this run does not match: its ref is not one the identity deploy-docs allows\)\. Ask the broker's operator/,
    );
  });

  it('a scope wider than the policy is refused; a narrower one is granted', async () => {
    expect((await step({ scope: 'files.content.read' })).errors[0]).toMatch(/HTTP 403 scope_not_allowed/);
    expect((await step({ scope: 'files.content.write' })).outputs['scope']).toBe('files.content.write');
  });

  it('a hostile or broken broker answer is refused, and nothing is output', async () => {
    const hostile = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 'sl.x\n::error::pwned', token_type: 'bearer' }));
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
    try {
      const result = await step({ 'broker-url': url });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toMatch(/^The broker's answer could not be used \(HTTP 200\)/);
      expect(result.outputs).toEqual({});
      expect(JSON.stringify(result.events)).not.toContain('pwned');
    } finally {
      hostile.close();
    }
  });

  it('a runner token endpoint that does not answer, or a broker that answers a page, is refused clearly', async () => {
    const recorded = recordingCore({ 'broker-url': broker.url, identity: 'deploy-docs' });
    const { transport, close } = createNodeTransport();
    const deadRunner = `http://127.0.0.1:${await freeLoopbackPort()}/token?api-version=2.0`;
    const exitCode = await run({
      core: recorded.core,
      transport,
      appendSummaryHtml: undefined,
      idTokenRequest: { url: deadRunner, token: emu.oidc.requestToken },
    });
    close();
    expect(exitCode).toBe(1);
    expect(recorded.errors[0]).toMatch(/^The runner did not give an OIDC token \(the runner did not answer\)/);
    // A runner that refuses the request token.
    const refused = recordingCore({ 'broker-url': broker.url, identity: 'deploy-docs' });
    const second = createNodeTransport();
    await run({
      core: refused.core,
      transport: second.transport,
      appendSummaryHtml: undefined,
      idTokenRequest: { url: emu.oidc.requestUrl, token: 'not-the-request-token' },
    });
    second.close();
    expect(refused.errors[0]).toMatch(/^The runner did not give an OIDC token \(HTTP 40\d\)/);

    const page = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      const result = await step({ 'broker-url': `http://127.0.0.1:${(page.address() as AddressInfo).port}` });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toMatch(/^The broker is unavailable \(HTTP 502\)/);
      expect(result.outputs).toEqual({});
    } finally {
      page.close();
    }
  });

  it('the committed bundle, as the runner runs it with id-token: write', async () => {
    const result = await runAction(
      process.execPath,
      { 'broker-url': broker.url, identity: 'deploy-docs' },
      { ACTIONS_ID_TOKEN_REQUEST_URL: emu.oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.oidc.requestToken },
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(maskedBeforeUse(result.stdout, result.outputs['access-token']!)).toBe(true);
    expect(audit.at(-1)).toMatchObject({ decision: 'allowed', repository: 'octo-org/demo-repo' });
  });
});
