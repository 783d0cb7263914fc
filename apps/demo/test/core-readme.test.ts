import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typecheckUserCode } from './typecheck-user-code.js';

/**
 * The core README's code blocks are type-checked and run against the emulator, so the docs cannot rot.
 * Blocks are written inside the workspace so `@dropbox-token/core` resolves as it does for users.
 */
const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, '../../../packages/core/README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const work = join(here, '../.readme-blocks');

const ctx = useEmulator({ beforeAll, afterAll });
let refreshToken: string;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  refreshToken = ctx.emu.dropbox.issueRefreshToken();
});

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

function runBlock(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [file], {
    cwd: work,
    env: {
      PATH: process.env['PATH']!,
      DROPBOX_APP_KEY: ctx.emu.app.key,
      DROPBOX_REFRESH_TOKEN: refreshToken,
      DROPBOX_API_URL: ctx.emu.apiUrl,
      DROPBOX_AUTHORIZE_URL: ctx.emu.authorizeUrl,
    },
  });
  let stdout = '';
  let stderr = '';
  let answered = false;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', async (d: Buffer) => {
    stdout += d.toString();
    // Play the person: open the printed authorize URL, copy the code from the page, paste it.
    const match = /Open (\S+\/oauth2\/authorize\?\S+)/.exec(stdout);
    if (match && stdout.includes('Code: ') && !answered) {
      answered = true;
      const page = await (await fetch(match[1]!)).text();
      child.stdin.end(`${/id="code" readonly value="([^"]+)"/.exec(page)![1]}\n`);
    }
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('packages/core/README.md', () => {
  it('has the examples this test expects', () => {
    expect(blocks.length).toBe(4);
  });

  it('every block type-checks under the strict base config', () => {
    for (const [i, block] of blocks.entries()) writeFileSync(join(work, `block-${i}.ts`), `${block}\nexport {};\n`);
    expect(() => typecheckUserCode(work, ['ES2023', 'DOM'])).not.toThrow();
  }, 60_000);

  it.each([
    [0, /^token type bearer, expires at \d{4}-/m],
    [1, /^linked to Ada Lovelace\nsame token: true$/m],
    [2, /got a refresh token: true; account Ada Lovelace$/m],
    [3, /^invalid_grant: The refresh token is revoked or malformed: authorize again\.$/m],
  ])('block %i runs against the emulator', async (index, expected) => {
    const source = `${blocks[index]!}\nexport {};\n`;
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(work, `run-${index}.mjs`);
    writeFileSync(file, js);
    const run = await runBlock(file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(expected);
  });
});
