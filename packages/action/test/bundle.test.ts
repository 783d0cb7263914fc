import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoRoot = join(packageDir, '../..');

function insideGit(): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: repoRoot, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the committed bundle', () => {
  // `npm test` builds first, so dist/ here is a fresh build: it must equal what is committed.
  it.runIf(insideGit())('equals a fresh build (commit dist/ after changing the action)', () => {
    const status = execFileSync('git', ['status', '--porcelain', '--', 'packages/action/dist'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(status, 'packages/action/dist differs from a fresh build: run `npm run build` and commit dist/').toBe('');
  });

  it('keeps the common path lean: no HTTP stack or OIDC client in the entry chunk', () => {
    const entry = readFileSync(join(packageDir, 'dist/index.js'), 'utf8');
    expect(statSync(join(packageDir, 'dist/index.js')).size).toBeLessThanOrEqual(64_000);
    expect(entry).not.toMatch(/OidcClient|getIDToken|undici|tunnel/);
    // Proxy support lives in its own chunk, loaded only through a dynamic import.
    expect(entry).toMatch(/import\(["']\.\/proxy-fetch\.js["']\)/);
  });

  it("is readable: not minified, so reviewers can read what runs with users' secrets", () => {
    const entry = readFileSync(join(packageDir, 'dist/index.js'), 'utf8');
    const lines = entry.split('\n');
    expect(lines.length).toBeGreaterThan(500);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(400);
    expect(entry).toContain('async function run(');
  });

  it('carries the licence notice of every third-party package it bundles', () => {
    const notices = readFileSync(join(packageDir, 'dist/licenses.txt'), 'utf8');
    const listed = [...notices.matchAll(/^(\S+)@\d[^ ]* — /gm)].map((match) => match[1]);
    expect(listed).toEqual(['@actions/core', 'undici']);
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    name: string;
    description: string;
    author: string;
    branding: { icon: string; color: string };
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('runs the committed bundle on node24 and has Marketplace metadata', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'packages/action/dist/index.js' });
    expect(statSync(join(repoRoot, action.runs.main)).isFile()).toBe(true);
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.author).toBeTruthy();
    expect(action.branding.icon).toBeTruthy();
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    const source = ['inputs.ts', 'main.ts'].map((f) => readFileSync(join(packageDir, 'src', f), 'utf8')).join('\n');
    const read = new Set([...source.matchAll(/(?:optional\(getInput, |getInput\()'([a-z-]+)'/g)].map((m) => m[1]!));
    for (const name of ['app-secret', 'refresh-token']) read.add(name);
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
    const set = new Set([...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!));
    expect(Object.keys(action.outputs).sort()).toEqual([...set].sort());
    expect(action.inputs['app-key']!.required).toBe(true);
    expect(action.inputs['refresh-token']!.required).toBe(true);
    expect(action.inputs['verify']!.default).toBe('false');
    expect(action.inputs['timeout-seconds']!.default).toBe('60');
    expect(action.inputs['api-url']!.default).toBe('https://api.dropboxapi.com');
  });
});
