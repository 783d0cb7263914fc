import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { typecheckUserCode } from './typecheck-user-code.js';

/** The emulator README's example is type-checked and run, like the core README's. */
const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, '../../../packages/emulator/README.md'), 'utf8');
const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
const work = join(here, '../.readme-blocks-emulator');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packages/emulator/README.md', () => {
  it('type-checks and runs, printing what its comments say', () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'example.ts'), `${block}\nexport {};\n`);
    typecheckUserCode(work, ['ES2023', 'ESNext.Disposable', 'DOM']);
    const js = ts.transpileModule(`${block}\nexport {};\n`, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(work, 'example.mjs'), js);
    const out = execFileSync(process.execPath, [join(work, 'example.mjs')], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH']! },
    });
    expect(out.split('\n').filter(Boolean)).toEqual(['14400', 'true', 'undefined']);
  }, 60_000);
});
