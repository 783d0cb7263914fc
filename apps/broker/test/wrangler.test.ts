import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24Binary } from '@dropbox-token/test-runtimes';
import { describe, expect, it } from 'vitest';
import { packageDir } from './workerd.js';

const WRANGLER = join(packageDir, '../../node_modules/wrangler/bin/wrangler.js');

/** What a deployer runs, without an account: wrangler (it needs Node 22.12+: the node package's 24) builds the Worker. */
describe('wrangler deploy --dry-run', () => {
  it('builds the Worker from the package, with both Durable Object bindings and the SQLite migration', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'broker-wrangler-'));
    const home = mkdtempSync(join(tmpdir(), 'broker-wrangler-home-'));
    const child = spawn(node24Binary(), [WRANGLER, 'deploy', '--dry-run', '--outdir', outdir], {
      cwd: packageDir,
      env: { PATH: process.env['PATH'] ?? '', HOME: home, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(output).toContain('--dry-run: exiting now.');
    expect(code).toBe(0);
    expect(output).toMatch(/env\.REPLAY_GUARD \(ReplayGuard\)\s+Durable Object/);
    expect(output).toMatch(/env\.TOKEN_MINTER \(TokenMinter\)\s+Durable Object/);
    const bundle = readdirSync(outdir).find((name) => name.endsWith('.js'))!;
    const text = readFileSync(join(outdir, bundle), 'utf8');
    expect(text).toMatch(/ReplayGuard = class extends DurableObject/);
    expect(text).toMatch(/TokenMinter = class extends DurableObject/);
    expect(readFileSync(join(packageDir, 'wrangler.toml'), 'utf8')).toMatch(
      /new_sqlite_classes = \["ReplayGuard", "TokenMinter"\]/,
    );
  }, 60_000);
});
