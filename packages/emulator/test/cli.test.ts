import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

describe('dropbox-token-emulator CLI', () => {
  it('--json prints the connection details, serves them, and exits 0 on SIGINT', async () => {
    const child = spawn(process.execPath, [cli, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const details = JSON.parse(line) as {
      apiUrl: string;
      app: { key: string; secret: string; redirectUris: string[] };
      refreshToken: string;
      github: { token: string; repository: string };
    };
    // The issued refresh token works as a PKCE-issued one: the app key alone refreshes it.
    const refreshed = await fetch(`${details.apiUrl}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: details.refreshToken,
        client_id: details.app.key,
      }),
    });
    expect(refreshed.status).toBe(200);
    expect(details.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(details.app.redirectUris[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const key = await fetch(`${details.apiUrl}/repos/${details.github.repository}/actions/secrets/public-key`, {
      headers: { authorization: `Bearer ${details.github.token}` },
    });
    expect(key.status).toBe(200);
    child.kill('SIGINT');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });

  it('prints a readable banner by default', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.setEncoding('utf8');
    for await (const chunk of child.stdout!) {
      out += chunk;
      if (out.includes('nothing here reaches')) break;
    }
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(out).toContain('App key');
    expect(out).toContain('Refresh token');
    expect(out).toContain('GitHub token');
    expect(out).toContain('octo-org/demo-repo');
  });

  it('--help exits 0; bad arguments exit 2 with usage', () => {
    expect(spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' })).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Usage:'),
    });
    const badPort = spawnSync(process.execPath, [cli, '--port', 'x'], { encoding: 'utf8' });
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toContain('--port');
    expect(spawnSync(process.execPath, [cli, '--bogus'], { encoding: 'utf8' }).status).toBe(2);
    expect(spawnSync(process.execPath, [cli, '--consent', 'maybe'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('startEmulator', () => {
  it('is disposable with await using, and listens on a fixed port when asked', async () => {
    let url: string;
    {
      await using emu = await startEmulator();
      url = emu.url;
      expect((await fetch(url)).status).toBe(200);
    }
    await expect(fetch(url)).rejects.toThrow();
    const probe = await startEmulator();
    const port = Number(new URL(probe.url).port);
    await probe.close();
    const fixed = await startEmulator({ port });
    expect(fixed.url).toBe(`http://127.0.0.1:${port}`);
    await fixed.close();
    await fixed.close();
  });

  it('registers extra apps and redirect URIs', async () => {
    const emu = await startEmulator({
      apps: [{ key: 'appone', secret: 'secretone', redirectUris: ['https://example.com/cb'] }],
    });
    expect(emu.app.key).toBe('appone');
    const second = emu.dropbox.addApp({ name: 'Second' });
    emu.dropbox.registerRedirectUri('http://127.0.0.1:9999/cb', second.key);
    expect(emu.dropbox.state.apps.get(second.key)!.redirectUris).toEqual(['http://127.0.0.1:9999/cb']);
    expect(() => emu.dropbox.registerRedirectUri('x', 'missing')).toThrow();
    await emu.close();
  });
});

describe('registerFreeLoopbackRedirectUri', () => {
  it('registers a loopback URI on a port nobody listens on', async () => {
    const emu = await startEmulator();
    const uri = await emu.dropbox.registerFreeLoopbackRedirectUri('/cb');
    expect(uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cb$/);
    expect(emu.app.redirectUris).toContain(uri);
    await expect(fetch(uri)).rejects.toThrow();
    await emu.close();
  });
});
