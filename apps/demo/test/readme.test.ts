import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
};

function table(marker: string): string[][] {
  const start = readme.indexOf(`<!-- ${marker}`);
  expect(start, `README has the ${marker} marker`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('README', () => {
  it('gives exactly the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it("CI runs exactly the README's test command: nothing installed beside it", () => {
    const commands = readFileSync(join(root, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));
    expect(commands).toEqual(['npm ci && npm test']);
  });

  it('the inputs table matches action.yml: names, required, defaults', () => {
    const rows = table('inputs-table');
    expect(rows.map((r) => r[0]!.replace(/`/g, ''))).toEqual(Object.keys(action.inputs));
    for (const [name, required, defaultValue] of rows) {
      const input = action.inputs[name!.replace(/`/g, '')]!;
      expect(required === 'yes', name).toBe(input.required === true);
      expect(defaultValue!.replace(/`/g, ''), name).toBe(input.default ?? '');
    }
  });

  it('the outputs table matches action.yml', () => {
    expect(table('outputs-table').map((r) => r[0]!.replace(/`/g, ''))).toEqual(Object.keys(action.outputs));
  });

  // The troubleshooting tables are checked by each product against its own message catalog:
  // packages/action/test/readme-troubleshooting.test.ts and apps/bootstrap/test/readme-troubleshooting.test.ts.
});

describe('README screenshots', () => {
  it('shows the consent page and both loopback pages, committed under docs/images', async () => {
    const { existsSync } = await import('node:fs');
    for (const image of ['consent.png', 'loopback-success.png', 'loopback-denied.png']) {
      expect(readme).toContain(`(docs/images/${image})`);
      expect(existsSync(join(root, 'docs/images', image))).toBe(true);
    }
  });
});
