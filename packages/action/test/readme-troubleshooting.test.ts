import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageStarts } from '../src/messages.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../README.md'), 'utf8');

/** The backticked message starts in the first column of the table under `heading`. */
function listedStarts(heading: string): string[] {
  const start = readme.indexOf(heading);
  expect(start, `README has ${heading.trim()}`).toBeGreaterThan(-1);
  const section = readme.slice(start + heading.length).split(/\n#{2,3} /)[0]!;
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

describe("the README's troubleshooting table for the action", () => {
  const listed = listedStarts('### The action\n');
  const starts = messageStarts();

  it('lists every message the action can print (from its catalog, src/messages.ts)', () => {
    const missing = starts.filter((start) => !listed.some((text) => start.startsWith(text)));
    expect(missing).toEqual([]);
  });

  it('lists nothing the action cannot print', () => {
    const unknown = listed.filter((text) => !starts.some((start) => start.startsWith(text)));
    expect(unknown).toEqual([]);
  });
});
