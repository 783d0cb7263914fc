import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleMessages } from '../src/errors/catalog.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../README.md'), 'utf8');

/** The backticked phrases in the first column of the table under `heading`; `...` stands for any text. */
function listedPhrases(heading: string): { text: string; pattern: RegExp }[] {
  const start = readme.indexOf(heading);
  expect(start, `README has ${heading.trim()}`).toBeGreaterThan(-1);
  const section = readme.slice(start + heading.length).split(/\n#{2,3} /)[0]!;
  // The first row is the table's header.
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .slice(1);
  return rows.flatMap((row) =>
    [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => {
      const text = match[1]!;
      const source = text
        .split('...')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*?');
      return { text, pattern: new RegExp(`^${source}`) };
    }),
  );
}

describe("the README's troubleshooting table for the CLI", () => {
  const listed = listedPhrases('### The bootstrap CLI\n');
  const samples = sampleMessages();

  it('lists every error the CLI can print (its catalog, src/messages.ts, rendered with sample values)', () => {
    const missing = samples.filter(({ reason }) => !listed.some(({ pattern }) => pattern.test(reason)));
    expect(missing).toEqual([]);
  });

  it('lists nothing the CLI cannot print', () => {
    const unknown = listed.filter(({ pattern }) => !samples.some(({ reason }) => pattern.test(reason)));
    expect(unknown.map(({ text }) => text)).toEqual([]);
  });
});
