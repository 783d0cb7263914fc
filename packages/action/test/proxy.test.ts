import { type AddressInfo, createServer } from 'node:net';
import { startEmulator } from '@dropbox-token/emulator';
import { type ForwardProxy, startForwardProxy, useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { runAction } from './run-action.js';

describe('self-hosted runners behind a proxy', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  let proxy: ForwardProxy;
  let seen: ForwardProxy['seen'];
  let proxyUrl: string;

  beforeEach(async () => {
    proxy = await startForwardProxy();
    seen = proxy.seen;
    proxyUrl = proxy.url;
  });

  afterEach(async () => {
    await proxy.close();
  });

  it.each([
    ['HTTP_PROXY', 'Node 20'],
    ['http_proxy', 'Node 24'],
  ])('sends the token request through the proxy named by %s (%s)', async (variable, runtime) => {
    const node = runtime === 'Node 24' ? inject('node24') : process.execPath;
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const run = await runAction(
      node,
      { 'app-key': ctx.emu.app.key, 'refresh-token': refreshToken, 'api-url': ctx.emu.apiUrl, verify: 'true' },
      { [variable]: proxyUrl },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    // undici tunnels every proxied request with CONNECT, plain HTTP targets included.
    const authority = new URL(ctx.emu.apiUrl).host;
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.every((entry) => entry.method === 'CONNECT' && entry.url === authority)).toBe(true);
    expect(
      ctx.emu.requests
        .filter((r) => r.path === '/oauth2/token' || r.path === '/2/users/get_current_account')
        .map((r) => r.status),
    ).toEqual([200, 200]);
    expect(run.outputs['access-token']).toMatch(/^sl\./);
  });

  it('reads a proxy without a scheme (host:port) as an HTTP proxy, as curl does', async () => {
    const run = await runAction(
      process.execPath,
      { 'app-key': ctx.emu.app.key, 'refresh-token': ctx.emu.dropbox.issueRefreshToken(), 'api-url': ctx.emu.apiUrl },
      { HTTP_PROXY: new URL(proxyUrl).host },
    );
    expect(run.exitCode).toBe(0);
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [
      'https_proxy',
      'http://user:s3cret-pass@[proxy',
      /^::error::Proxy variable https_proxy is not a URL\. Set it to http:\/\/host:port/,
    ],
    [
      'HTTP_PROXY',
      'socks5://user:s3cret-pass@proxy.corp:1080',
      /^::error::Proxy variable HTTP_PROXY is not an http:\/\/ or https:\/\/ proxy/,
    ],
    [
      'HTTPS_PROXY',
      'http://user:s3cret-pa%zzss@proxy.corp:3128',
      // The runner reads %25 in a workflow command as %.
      /^::error::Proxy variable HTTPS_PROXY has a %25 in its user name or password that is not followed by two hex digits/,
    ],
  ])(
    'a %s it cannot use is named, never shown (it may hold a password), before any request',
    async (variable, value, message) => {
      const run = await runAction(
        inject('node24'),
        { 'app-key': ctx.emu.app.key, 'refresh-token': ctx.emu.dropbox.issueRefreshToken(), 'api-url': ctx.emu.apiUrl },
        { [variable]: value },
      );
      expect(run.exitCode).toBe(1);
      expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([
        expect.stringMatching(message),
      ]);
      expect(`${run.stdout}${run.stderr}${run.summary}`).not.toContain('s3cret-pass');
      expect(run.stderr).toBe('');
      expect(ctx.emu.requests).toEqual([]);
      expect(run.outputs).toEqual({});
    },
  );

  it('a proxy that accepts and never answers: the step ends within timeout-seconds + 3 s', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const began = Date.now();
      const run = await runAction(
        inject('node24'),
        { 'app-key': ctx.emu.app.key, 'refresh-token': ctx.emu.dropbox.issueRefreshToken(), 'timeout-seconds': '2' },
        { HTTPS_PROXY: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` },
      );
      const seconds = (Date.now() - began) / 1000;
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/::error::Dropbox is unavailable \(timeout/);
      expect(seconds).toBeLessThan(2 + 3);
    } finally {
      silent.close();
    }
  });

  it('NO_PROXY exempts the host', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const run = await runAction(
      process.execPath,
      { 'app-key': ctx.emu.app.key, 'refresh-token': refreshToken, 'api-url': ctx.emu.apiUrl },
      {
        HTTPS_PROXY: proxyUrl,
        HTTP_PROXY: proxyUrl,
        NO_PROXY: '127.0.0.1',
      },
    );
    expect(run.exitCode).toBe(0);
    expect(seen).toEqual([]);
  });

  it('a dead proxy is a network error that names the proxy settings', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const run = await runAction(
      process.execPath,
      { 'app-key': ctx.emu.app.key, 'refresh-token': refreshToken, 'api-url': ctx.emu.apiUrl, 'timeout-seconds': '3' },
      {
        HTTP_PROXY: 'http://127.0.0.1:9',
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Dropbox is unavailable \(network\).*check HTTPS_PROXY and NO_PROXY/);
  });

  it('NO_PROXY=::1 exempts an IPv6 loopback Dropbox; an empty no_proxy does not hide NO_PROXY', async () => {
    const ipv6 = await startEmulator({ host: '::1' });
    try {
      const run = await runAction(
        process.execPath,
        { 'app-key': ipv6.app.key, 'refresh-token': ipv6.dropbox.issueRefreshToken(), 'api-url': ipv6.apiUrl },
        { HTTP_PROXY: 'http://127.0.0.1:9', no_proxy: '', NO_PROXY: '::1' },
      );
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.outputs['access-token']).toMatch(/^sl\./);
    } finally {
      await ipv6.close();
    }
  });
});
