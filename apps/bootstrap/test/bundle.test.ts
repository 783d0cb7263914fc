import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const chunks = readdirSync(join(dist, 'chunks')).map((name) => `chunks/${name}`);

/** The files a run reads before it imports anything on demand: cli.js and what it imports statically. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const [, target] of read(file).matchAll(/^(?:import|} from) [^(]*?"(\.\.?\/[^"]+)";$/gm)) {
    const resolved = join(dirname(file), target!).replaceAll('\\', '/');
    if (!seen.has(resolved)) staticallyLoaded(resolved, seen);
  }
  return seen;
}

describe('the bundled CLI', () => {
  it("is readable: not minified, so what handles a person's tokens can be reviewed", () => {
    const files = ['cli.js', ...chunks].map(read);
    expect(files.join('\n').split('\n').length).toBeGreaterThan(5000);
    expect(read('cli.js').split('\n')).toContain('async function runBootstrap(options, deps) {');
    // The only long lines are third-party data: WebAssembly as base64 (undici's llhttp twice,
    // libsodium once) and libsodium's generated export tables.
    const long = files.flatMap((text) => text.split('\n')).filter((line) => line.length > 1000);
    expect(long.length).toBeLessThanOrEqual(6);
  });

  it("loads GitHub's client, libsodium and undici only when a run needs them", () => {
    const loaded = staticallyLoaded('cli.js');
    expect(loaded.size).toBeGreaterThan(1);
    // esbuild heads each bundled module with its path: none of these is read by --help or a usage error.
    for (const file of loaded)
      expect(read(file)).not.toMatch(
        /^\/\/ .*node_modules\/(undici|libsodium|libsodium-wrappers|@octokit|@actions)\//m,
      );
    const onDemand = chunks.filter((file) => !loaded.has(file)).map(read);
    for (const name of ['undici', 'libsodium', '@octokit'])
      expect(onDemand.some((text) => text.includes(`node_modules/${name}/`))).toBe(true);
  });

  it('ships the licence notice of every third-party package it bundles', () => {
    const notices = read('licenses.txt');
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
