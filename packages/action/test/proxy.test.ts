import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { runAction } from './run-action.js';

const PROXY = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/forward-proxy.mjs');

describe('self-hosted runners behind a proxy', () => {
  let emu: Emulator;
  let proxy: ChildProcess;
  let proxyUrl: string;
  let seen: { method: string; url: string }[];

  beforeEach(async () => {
    emu = await startEmulator();
    seen = [];
    proxy = spawn(process.execPath, [PROXY], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proxy.stdout! });
    const [port] = (await once(lines, 'line')) as [string];
    proxyUrl = `http://127.0.0.1:${port}`;
    lines.on('line', (line) => seen.push(JSON.parse(line) as { method: string; url: string }));
  });

  afterEach(async () => {
    proxy.kill('SIGTERM');
    await once(proxy, 'exit');
    await emu.close();
  });

  it.each([
    ['HTTP_PROXY', 'Node 20'],
    ['http_proxy', 'Node 24'],
  ])('sends the token request through the proxy named by %s (%s)', async (variable, runtime) => {
    const node = runtime === 'Node 24' ? inject('node24') : process.execPath;
    const refreshToken = emu.dropbox.issueRefreshToken();
    const run = await runAction(
      node,
      { 'app-key': emu.app.key, 'refresh-token': refreshToken, 'api-url': emu.apiUrl, verify: 'true' },
      { [variable]: proxyUrl },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    // undici tunnels every proxied request with CONNECT, plain HTTP targets included.
    const authority = new URL(emu.apiUrl).host;
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.every((entry) => entry.method === 'CONNECT' && entry.url === authority)).toBe(true);
    expect(
      emu.requests
        .filter((r) => r.path === '/oauth2/token' || r.path === '/2/users/get_current_account')
        .map((r) => r.status),
    ).toEqual([200, 200]);
    expect(run.outputs['access-token']).toMatch(/^sl\./);
  });

  it('NO_PROXY exempts the host', async () => {
    const refreshToken = emu.dropbox.issueRefreshToken();
    const run = await runAction(
      process.execPath,
      { 'app-key': emu.app.key, 'refresh-token': refreshToken, 'api-url': emu.apiUrl },
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
    const refreshToken = emu.dropbox.issueRefreshToken();
    const run = await runAction(
      process.execPath,
      { 'app-key': emu.app.key, 'refresh-token': refreshToken, 'api-url': emu.apiUrl, 'timeout-seconds': '3' },
      {
        HTTP_PROXY: 'http://127.0.0.1:9',
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Dropbox is unavailable \(network\).*check HTTPS_PROXY and NO_PROXY/);
  });
});
