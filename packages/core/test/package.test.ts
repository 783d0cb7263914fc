import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'dropbox-token-core-pack-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published tarball', () => {
  it('packs, installs into a fresh project, and imports with types and no runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['sideEffects']).toBe(false);

    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8' }),
    ) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);

    const project = join(work, 'consumer');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(work, packed[0]!.filename)], {
      cwd: project,
      encoding: 'utf8',
    });
    writeFileSync(
      join(project, 'check.mjs'),
      `import * as core from '@dropbox-token/core';
const url = core.buildAuthorizeUrl({ clientId: 'k', ...(await core.createPkcePair().then((p) => ({ codeChallenge: p.challenge }))) });
console.log(JSON.stringify({ exports: Object.keys(core).sort(), method: url.searchParams.get('code_challenge_method') }));`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ['check.mjs'], { cwd: project, encoding: 'utf8' })) as {
      exports: string[];
      method: string;
    };
    expect(out.method).toBe('S256');
    expect(out.exports).toEqual(
      [
        'DEFAULT_API_URL',
        'DEFAULT_AUTHORIZE_URL',
        'DropboxOAuthError',
        'DropboxTokenManager',
        'buildAuthorizeUrl',
        'computeCodeChallenge',
        'createPkcePair',
        'createState',
        'exchangeCode',
        'fetchTransport',
        'getAuthenticatedAdmin',
        'getCurrentAccount',
        'getTeamInfo',
        'guessCredentialKind',
        'isAuthorizationCodeShaped',
        'isCredentialShaped',
        'isDropboxOAuthError',
        'isLoopbackHost',
        'isScopeName',
        'isSecureOrLoopbackUrl',
        'refreshAccessToken',
        'revokeToken',
        'teamSpacePathRoot',
      ].sort(),
    );
  }, 60_000);
});
