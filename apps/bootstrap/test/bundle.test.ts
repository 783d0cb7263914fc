import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');

describe('the bundled CLI', () => {
  it("is readable: not minified, so what handles a person's tokens can be reviewed", () => {
    const lines = readFileSync(join(dist, 'cli.js'), 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(5000);
    expect(lines).toContain('async function runBootstrap(options, deps) {');
    // The only long lines are third-party data: WebAssembly as base64 (undici's llhttp twice,
    // libsodium once) and libsodium's generated export tables.
    const long = lines.filter((line) => line.length > 1000);
    expect(long.length).toBeLessThanOrEqual(6);
  });

  it('ships the licence notice of every third-party package it bundles', () => {
    const notices = readFileSync(join(dist, 'licenses.txt'), 'utf8');
    const listed = [...notices.matchAll(/^(\S+)@\d[^ ]* — /gm)].map((match) => match[1]);
    for (const name of [
      'libsodium-wrappers',
      'libsodium',
      '@actions/github',
      '@octokit/core',
      '@octokit/request',
      'undici',
    ])
      expect(listed).toContain(name);
    expect(listed).not.toContain('@dropbox-token/core');
    expect(notices).toMatch(/libsodium@[\d.]+ — ISC\n=+\n\n\S/);
  });
});
