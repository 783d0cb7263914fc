import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../dist/main.js');

function demo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN, ...args],
      { encoding: 'utf8', env: { PATH: process.env['PATH']! } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

describe('npm start (the demo)', () => {
  it('runs the whole product against the emulator and exits 0, masking every secret', async () => {
    const run = await demo([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(run.stdout).toMatch(new RegExp(`^ ${n}/6  `, 'm'));
    expect(run.stdout).toContain('browser page: "Dropbox is connected"');
    expect(run.stdout).toContain('DROPBOX_REFRESH_TOKEN  created');
    expect(run.stdout).toMatch(/access-token\s+\*\*\*/);
    expect(run.stdout).toContain('DROPBOX_ACCESS_TOKEN=***');
    expect(run.stdout).toMatch(/Proof: users\/get_current_account with the fresh token → Ada Lovelace/);
    // Keyless: the action with broker-url only, and the broker's audit line in the log.
    expect(run.stdout).toContain(
      'Keyless: the bootstrap gave the broker its own refresh token (identity deploy-docs, pinned to the repository IDs); the action ran with broker-url and identity only',
    );
    expect(run.stdout).toMatch(
      /"identity":"deploy-docs".*"repository":"octo-org\/demo-repo","repository_id":"690439361".*"decision":"allowed".*"token_sha256":"[0-9a-f]{64}"/,
    );
    expect(run.stdout).not.toMatch(/sl\.u\.[A-Za-z0-9_-]{10}/);
    expect(run.stdout).not.toContain('ghp_');
    expect(run.stdout).toMatch(/^Done in \d+\.\d s\./m);
  });

  it('--verbose lists the HTTP exchanges with secrets redacted', async () => {
    const run = await demo(['--verbose']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /· POST \/oauth2\/token → 200 {2}grant_type=authorization_code code=\*\*\* .*code_verifier=\*\*\*/,
    );
    expect(run.stdout).toMatch(
      /· PUT \/repos\/octo-org\/demo-repo\/actions\/secrets\/DROPBOX_REFRESH_TOKEN \[token \*\*\*\] → 201 {2}encrypted_value=\*\*\*/,
    );
    expect(run.stdout).toContain('refresh-token: ${{ secrets.DROPBOX_REFRESH_TOKEN }}');
    expect(run.stdout).not.toMatch(/sl\.u\.[A-Za-z0-9_-]{10}/);
    expect(run.stdout).not.toMatch(/refresh_token=[A-Za-z0-9_-]{20}/);
  });

  it('--help explains the options; --real without an app key is a usage error', async () => {
    const help = await demo(['--help']);
    expect(help.stdout).toContain('--verbose');
    const real = await demo(['--real']);
    expect(real.code).toBe(2);
    expect(real.stderr).toContain('DROPBOX_APP_KEY');
  });
});

describe('when a step fails', () => {
  it('says which step and why, and returns 1', async () => {
    const { startDemo } = await import('../src/start-demo.js');
    let transcript = '';
    const code = await startDemo({ verbose: false, write: (text) => (transcript += text), node: '/nonexistent/node' });
    expect(code).toBe(1);
    expect(transcript).toMatch(/^ 2\/6 {2}✗ Bootstrap failed: the bootstrap CLI exited -1:/m);
    expect(transcript).toContain('The demo failed at the step marked ✗ above.');
    expect(transcript).not.toMatch(/^ 3\/5/m);
  });
});
