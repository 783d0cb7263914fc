import { useEmulator } from '@dropbox-token/emulator/testing';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from './run-action.js';

/** rclone from Debian's `rclone` package, when this machine has it (CI installs it on Linux). */
function findRclone(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, process.platform === 'win32' ? 'rclone.exe' : 'rclone');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const rclone = findRclone();
const title = rclone
  ? `the real rclone (${rclone}) reads the remote the committed bundle exports`
  : 'the real rclone reads the remote the committed bundle exports (SKIPPED: no rclone on PATH; install Debian package rclone to run it)';

if (rclone === undefined) process.stderr.write(`rclone.test.ts: ${title}\n`);

describe(title, () => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it.skipIf(rclone === undefined)(
    'lists the remote, and with the token reaches for Dropbox (through an unreachable proxy: a connection error, not a config one)',
    async () => {
      const step = await runAction(process.execPath, {
        'app-key': ctx.emu.app.key,
        'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
        'api-url': ctx.emu.apiUrl,
        'rclone-remote': 'builds',
      });
      expect(step.exitCode).toBe(0);
      // Only what the step exported, and no config file: rclone finds the remote in the environment.
      const env = { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', ...step.env };
      const run = promisify(execFile);
      const listed = await run(rclone!, ['--config', '/dev/null', 'listremotes'], { env });
      expect(listed.stdout.trim()).toBe('builds:');
      const reach = await run(
        rclone!,
        ['--config', '/dev/null', 'lsd', 'builds:', '--contimeout', '2s', '--retries', '1', '--low-level-retries', '1'],
        { env: { ...env, HTTPS_PROXY: 'http://127.0.0.1:1' } },
      ).catch((error: { stderr: string }) => ({ stdout: '', stderr: error.stderr }));
      // It accepted the token (not expired, no refresh needed) and went for files/list_folder.
      expect(reach.stderr).toMatch(/files\/list_folder.*proxyconnect/);
      expect(reach.stderr).not.toMatch(/token expired|didn't find section|couldn't decode|failed to get token/i);
    },
    30_000,
  );
});
