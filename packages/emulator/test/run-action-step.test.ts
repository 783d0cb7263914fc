import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maskedBeforeUse, parseFileCommands, runActionStep } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'step-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runActionStep', () => {
  it('passes inputs with hyphens kept and collects outputs, env, summary and masks', async () => {
    const script = join(dir, 'step.mjs');
    writeFileSync(
      script,
      `import { appendFileSync } from 'node:fs';
const value = process.env['INPUT_MY-INPUT'];
console.log('::add-mask::' + value);
console.log('got ' + value);
appendFileSync(process.env.GITHUB_OUTPUT, 'out<<EOF\\n' + value + '\\nline2\\nEOF\\nplain=1\\n');
appendFileSync(process.env.GITHUB_ENV, 'NAME<<X\\nv\\nX\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# hi');
process.exitCode = 3;`,
    );
    const step = await runActionStep({ script, inputs: { 'my-input': 'secret-value' } });
    expect(step.exitCode).toBe(3);
    expect(step.outputs).toEqual({ out: 'secret-value\nline2', plain: '1' });
    expect(step.env).toEqual({ NAME: 'v' });
    expect(step.summary).toBe('# hi');
    expect(step.masks).toEqual(['secret-value']);
    expect(maskedBeforeUse(step.stdout, 'secret-value')).toBe(true);
  });

  it('maskedBeforeUse catches a value shown before its mask', () => {
    expect(maskedBeforeUse('leak x\n::add-mask::x\n', 'x')).toBe(false);
    expect(maskedBeforeUse('nothing here', 'x')).toBe(true);
    expect(maskedBeforeUse('x', 'x')).toBe(false);
    expect(parseFileCommands('a=b\nc<<D\n1\nD\n')).toEqual({ a: 'b', c: '1' });
  });
});
