import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endpointArgs, githubEnv, runCli } from './run-cli.js';

/** A stand-in `xdg-open` on PATH records what the CLI asked it to open (Linux's opener; a shell script). */
describe.skipIf(process.platform !== 'linux')('opening the browser', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  let bin: string;
  let home: string;
  beforeEach(async () => {
    bin = mkdtempSync(join(tmpdir(), 'opener-'));
    home = mkdtempSync(join(tmpdir(), 'home-'));
    // Records what it was given, and the page it points to with its folder's and file's modes.
    writeFileSync(
      join(bin, 'xdg-open'),
      `#!/bin/sh\necho "$1" > "${join(bin, 'opened')}"\nf="\${1#file://}"\n` +
        `stat -c '%a' "$(dirname "$f")" "$f" > "${join(bin, 'modes')}" 2>/dev/null\ncp "$f" "${join(bin, 'page')}" 2>/dev/null\n`,
    );
    chmodSync(join(bin, 'xdg-open'), 0o755);
  });
  afterEach(async () => {
    rmSync(bin, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  const args = () => [...endpointArgs(ctx.emu), '--repo', ctx.emu.github.repository];

  it('opens the authorize URL with the platform opener when there is a display, and still prints it', async () => {
    const run = await runCli(args(), {
      env: { ...githubEnv(ctx.emu), DISPLAY: ':0', PATH: `${bin}:${process.env['PATH']}`, HOME: home },
      stdin: '',
    });
    // The opener's argument is visible to any local user (ps): it gets a page in the user's cache
    // folder that only this user can read, which forwards to the one-time link and its secret.
    const opened = readFileSync(join(bin, 'opened'), 'utf8').trim();
    expect(opened).toMatch(new RegExp(`^file://${home}/\\.cache/dropbox-token-bootstrap/start-\\w+/start\\.html$`));
    expect(readFileSync(join(bin, 'modes'), 'utf8').trim().split('\n')).toEqual(['700', '600']);
    const page = readFileSync(join(bin, 'page'), 'utf8');
    expect(page).toMatch(
      /http-equiv="refresh" content="0;url=http:\/\/127\.0\.0\.1:\d+\/dropbox-token-bootstrap\/start\?s=[\w-]{40,}"/,
    );
    expect(page).not.toMatch(/state=|code_challenge/);
    expect(run.stderr).toMatch(/\/oauth2\/authorize\?client_id=.*state=/);
    // Gone when the run ends.
    expect(existsSync(fileURLToPath(opened))).toBe(false);
  });

  it('does not try without a display, or with --no-browser', async () => {
    await runCli(args(), { env: { ...githubEnv(ctx.emu), PATH: `${bin}:${process.env['PATH']}` }, stdin: '' });
    await runCli([...args(), '--no-browser'], {
      env: { ...githubEnv(ctx.emu), DISPLAY: ':0', PATH: `${bin}:${process.env['PATH']}` },
      stdin: '',
    });
    expect(() => readFileSync(join(bin, 'opened'))).toThrow();
  });

  it('falls back to the printed URL when there is no opener', async () => {
    const run = await runCli(args(), {
      env: { ...githubEnv(ctx.emu), DISPLAY: ':0', PATH: '/nonexistent' },
      stdin: '',
    });
    expect(run.stderr).toContain('Could not open a browser; open the URL above yourself.');
  });
});
