import { useEmulator } from '@dropbox-token/emulator/testing';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { INPUTS } from '../src/inputs.js';
import { INPUT_DESCRIPTIONS, OUTPUT_DESCRIPTIONS } from '../src/descriptions.js';
import { OUTPUTS } from '../src/main.js';
import { revokeRefreshToken } from './mint.js';
import { maskedBeforeUse, runAction } from './run-action.js';

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

  // What every run loads: the entry alone. Verification, rclone, keyless mode and proxy support are
  // chunks of their own, required inside a promise only by the runs that need them.
  const entry = () => readFileSync(join(packageDir, 'dist/index.cjs'), 'utf8');
  const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

  it('keeps the common path lean: one CommonJS file, no HTTP stack or OIDC client, the rest loaded lazily', () => {
    // 72 kB: the readable bundle keeps its comments (about 10 kB) and the whole message catalog; features beyond the
    // refresh itself (verification, rclone, keyless, proxies) stay out of it in lazy chunks.
    expect(statSync(join(packageDir, 'dist/index.cjs')).size).toBeLessThanOrEqual(72 * 1024);
    const code = withoutComments(entry());
    expect(code).not.toMatch(/OidcClient|getIDToken|undici|tunnel|get_authenticated_admin/);
    // CommonJS, so Node never starts its ESM loader: no import statements, no import() calls.
    expect(code).not.toMatch(/^\s*import\b|\bimport\(/m);
    // Required at the top: Node built-ins only. Our chunks are required inside a promise.
    const topLevel = [...code.matchAll(/^const \w+ = require\(['"]([^'"]+)['"]\);$/gm)].map((match) => match[1]!);
    expect(topLevel.length).toBeGreaterThan(0);
    expect(topLevel.filter((specifier) => !specifier.startsWith('node:') && !/^[a-z_]+$/.test(specifier))).toEqual([]);
    const lazy = [...code.matchAll(/Promise\.resolve\(\)\.then\(\(\) => require\(['"]\.\/([\w-]+)\.cjs['"]\)\)/g)].map(
      (match) => match[1],
    );
    expect(lazy.sort()).toEqual(['broker-client', 'proxy-fetch', 'rclone-remote', 'verify-token']);
  });

  it('is ASCII: Node reads a source with any other character as UTF-16, twice the bytes at each start', () => {
    for (const file of readdirSync(join(packageDir, 'dist')).filter((name) => name.endsWith('.cjs')))
      expect(readFileSync(join(packageDir, 'dist', file), 'latin1'), file).toMatch(/^[\0-\x7f]*$/);
  });

  it("is readable: not minified, so reviewers can read what runs with users' secrets", () => {
    const lines = entry().split('\n');
    expect(lines.length).toBeGreaterThan(500);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(400);
    expect(entry()).toContain('async function run(');
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
    inputs: Record<string, { required?: boolean; default?: string; description: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('runs the committed bundle on node24 and has Marketplace metadata', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'packages/action/dist/index.cjs' });
    expect(statSync(join(repoRoot, action.runs.main)).isFile()).toBe(true);
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.author).toBeTruthy();
    expect(action.branding.icon).toBeTruthy();
  });

  it("declares exactly the inputs of the action's input table: required, default, description", () => {
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUTS));
    for (const [name, input] of Object.entries(INPUTS)) {
      const declared = action.inputs[name]!;
      expect(declared.required ?? false, name).toBe(input.required);
      expect(declared.default, name).toBe(input.default);
      expect(declared.description, name).toBe(INPUT_DESCRIPTIONS[name as keyof typeof INPUT_DESCRIPTIONS]);
    }
    expect(Object.keys(INPUT_DESCRIPTIONS)).toEqual(Object.keys(INPUTS));
  });

  it('declares exactly the outputs the step sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUTS]);
    expect(Object.keys(OUTPUT_DESCRIPTIONS)).toEqual([...OUTPUTS]);
    for (const [name, description] of Object.entries(OUTPUT_DESCRIPTIONS))
      expect(action.outputs[name]!.description, name).toBe(description);
  });
});

// Black-box: the committed bundle in a fresh process, as the runner starts it, under both runtimes.
describe.each([
  ['Node 20 (this process)', () => process.execPath],
  ['Node 24 (what action.yml declares)', () => inject('node24')],
])('the committed bundle under %s', (_label, nodePath) => {
  const ctx = useEmulator({ beforeEach, afterEach });

  it('refreshes, verifies and exports: masked first, outputs in GITHUB_OUTPUT, a summary, exit 0', async () => {
    // A team member's token: verification sets every output, the team space's path root included.
    const team = ctx.emu.dropbox.addTeam();
    const refreshToken = ctx.emu.dropbox.issueRefreshToken({ for: team.members[1]! });
    const run = await runAction(nodePath(), {
      'app-key': ctx.emu.app.key,
      'refresh-token': refreshToken,
      'api-url': ctx.emu.apiUrl,
      verify: 'true',
      'export-env': 'DROPBOX_ACCESS_TOKEN',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const token = run.outputs['access-token']!;
    expect(token).toMatch(/^sl\./);
    for (const secret of [token, refreshToken]) expect(maskedBeforeUse(run.stdout, secret)).toBe(true);
    expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUTS].sort());
    expect(run.env).toEqual({ DROPBOX_ACCESS_TOKEN: token });
    expect(JSON.parse(run.outputs['path-root']!)).toEqual({ '.tag': 'root', root: team.rootNamespaceId });
    expect(run.summary).toContain(`a member of team ${team.name}`);
    expect(`${run.summary}${run.stderr}`).not.toContain(token);
  });

  // The internal modules a process loaded (process.moduleLoadList), written by a preloaded probe.
  const probe = join(here, 'fixtures/loaded-modules-probe.cjs');
  const probeOutput = () => join(mkdtempSync(join(tmpdir(), 'loaded-modules-')), 'loaded.json');
  const readLoaded = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as string[];
  async function loadedByScript(script: string): Promise<string[]> {
    const out = probeOutput();
    await promisify(execFile)(nodePath(), ['--require', probe, script], { env: { LOADED_MODULES_OUT: out } });
    return readLoaded(out);
  }
  async function loadedByAction(inputs: Record<string, string>): Promise<string[]> {
    const out = probeOutput();
    const run = await runAction(nodePath(), inputs, { NODE_OPTIONS: `--require ${probe}`, LOADED_MODULES_OUT: out });
    expect(run.exitCode).toBe(0);
    return readLoaded(out);
  }
  const refreshInputs = () => ({
    'app-key': ctx.emu.app.key,
    'refresh-token': ctx.emu.dropbox.issueRefreshToken(),
    'api-url': ctx.emu.apiUrl,
  });

  it("never loads undici (node:http instead of fetch) nor Node's ESM file reading, and keeps the connection alive", async () => {
    // undici loads on the first use of fetch; the promise-based fs loads when the ESM loader reads a file.
    const costly = (names: string[]) => names.filter((name) => /undici|internal\/fs\/promises/.test(name));
    expect(costly(await loadedByAction({ ...refreshInputs(), verify: 'true' }))).toEqual([]);
    // The refresh and the verification were sent on a kept-alive connection.
    expect(ctx.emu.requests.slice(-2).map((r) => r.headers['connection'])).toEqual(['keep-alive', 'keep-alive']);
    // The probe does see both when they load: fetch, and an ES module entry.
    const esm = join(mkdtempSync(join(tmpdir(), 'loaded-modules-')), 'entry.mjs');
    writeFileSync(esm, "await fetch('http://127.0.0.1:9').catch(() => {});\n");
    const seen = costly(await loadedByScript(esm));
    expect(seen.some((name) => name.includes('undici'))).toBe(true);
    expect(seen.some((name) => name.includes('internal/fs/promises'))).toBe(true);
  });

  it('loads no built-in module that a bare CommonJS node:http POST does not load', async () => {
    const floor = join(mkdtempSync(join(tmpdir(), 'loaded-modules-')), 'floor.cjs');
    writeFileSync(
      floor,
      `require('node:http').request(${JSON.stringify(`${ctx.emu.apiUrl}/oauth2/token`)}, { method: 'POST' }, (response) => response.resume()).end();\n`,
    );
    const byFloor = await loadedByScript(floor);
    const byAction = await loadedByAction(refreshInputs());
    expect(byFloor).toContain('NativeModule http');
    expect(byAction.filter((name) => !byFloor.includes(name))).toEqual([]);
  });

  it('fails with one ::error:: line and exit 1 on a revoked token', async () => {
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    await revokeRefreshToken(ctx.emu, refreshToken);
    const run = await runAction(nodePath(), {
      'app-key': ctx.emu.app.key,
      'refresh-token': refreshToken,
      'api-url': ctx.emu.apiUrl,
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(/^::error::Dropbox refused the refresh token: it is invalid or revoked/),
    ]);
    expect(maskedBeforeUse(run.stdout, refreshToken)).toBe(true);
    expect(run.outputs).toEqual({});
  });
});
