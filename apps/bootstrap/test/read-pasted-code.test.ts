import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { codeFromPaste, readLine } from '../src/terminal/paste.js';

describe('codeFromPaste', () => {
  it('accepts a bare code, trimmed', () => {
    expect(codeFromPaste('  AbC-12_x.y~z \n', 's')).toBe('AbC-12_x.y~z');
  });

  it('accepts a whole redirect URL whose state is ours', () => {
    expect(codeFromPaste('http://localhost:8080/cb?code=THECODE&state=ours', 'ours')).toBe('THECODE');
  });

  it.each([
    ['', /No code was pasted/],
    ['not a code!', /not an authorization code/],
    ['http://localhost/cb?code=X&state=theirs', /different authorization/],
    ['http://localhost/cb?code=X', /different authorization/],
    ['http://localhost/cb?error=access_denied&state=ours', /declined/],
    ['http://localhost/cb?state=ours', /no authorization code/],
  ])('refuses %j', (pasted, message) => {
    expect(() => codeFromPaste(pasted, 'ours')).toThrow(message);
  });
});

describe('readLine', () => {
  it('reads the first line and prompts on the given stream', async () => {
    let prompt = '';
    const line = await readLine(Readable.from(['abc\n', 'def\n']), 'Code: ', { write: (t: string) => (prompt += t) });
    expect(line).toBe('abc');
    expect(prompt).toBe('Code: ');
  });

  it('rejects when input ends or the signal aborts', async () => {
    await expect(readLine(Readable.from([]), '', { write: () => true })).rejects.toThrow(/ended before a code/);
    const controller = new AbortController();
    const never = new Readable({ read() {} });
    const pending = readLine(never, '', { write: () => true }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow(/Interrupted/);
    never.destroy();
  });
});
