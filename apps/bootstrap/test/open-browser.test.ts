import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@dropbox-token/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubEnv, runCli } from './run-cli.js';

/** A stand-in `xdg-open` on PATH records what the CLI asked it to open (Linux's opener; a shell script). */
describe.skipIf(process.platform !== 'linux')('opening the browser', () => {
  let emu: Emulator;
  let bin: string;
  beforeEach(async () => {
    emu = await startEmulator();
    bin = mkdtempSync(join(tmpdir(), 'opener-'));
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" > "${join(bin, 'opened')}"\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
  });
  afterEach(async () => {
    await emu.close();
    rmSync(bin, { recursive: true, force: true });
  });

  const args = () => [
    '--app-key',
    emu.app.key,
    '--api-url',
    emu.apiUrl,
    '--authorize-url',
    emu.authorizeUrl,
    '--repo',
    emu.github.repository,
  ];

  it('opens the authorize URL with the platform opener when there is a display, and still prints it', async () => {
    const run = await runCli(args(), {
      env: { ...githubEnv(emu), DISPLAY: ':0', PATH: `${bin}:${process.env['PATH']}` },
      stdin: '',
    });
    // The opener (a process any local user can inspect) gets a one-time loopback link, never the
    // authorize URL with its state and PKCE challenge; the link is closed when the run ends.
    const opened = readFileSync(join(bin, 'opened'), 'utf8').trim();
    expect(opened).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dropbox-token-bootstrap\/start$/);
    expect(opened).not.toMatch(/state|code_challenge/);
    expect(run.stderr).toMatch(/\/oauth2\/authorize\?client_id=.*state=/);
  });

  it('does not try without a display, or with --no-browser', async () => {
    await runCli(args(), { env: { ...githubEnv(emu), PATH: `${bin}:${process.env['PATH']}` }, stdin: '' });
    await runCli([...args(), '--no-browser'], {
      env: { ...githubEnv(emu), DISPLAY: ':0', PATH: `${bin}:${process.env['PATH']}` },
      stdin: '',
    });
    expect(() => readFileSync(join(bin, 'opened'))).toThrow();
  });

  it('falls back to the printed URL when there is no opener', async () => {
    const run = await runCli(args(), { env: { ...githubEnv(emu), DISPLAY: ':0', PATH: '/nonexistent' }, stdin: '' });
    expect(run.stderr).toContain('Could not open a browser; open the URL above yourself.');
  });
});
