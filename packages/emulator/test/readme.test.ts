import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every source file (relative to src/) that still marks a choice UNCONFIRMED. */
function filesWithMarkers(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesWithMarkers(path);
    return /UNCONFIRMED:|UNCONFIRMED wording|UNCONFIRMED whether|UNCONFIRMED when|UNCONFIRMED in the reference/.test(
      readFileSync(path, 'utf8'),
    )
      ? [relative(join(root, 'src'), path)]
      : [];
  });
}

describe("the emulator's README", () => {
  it('lists exactly the source files that still mark a choice UNCONFIRMED', () => {
    const section = readme.slice(readme.indexOf('<!-- unconfirmed:'));
    const listed = [...section.matchAll(/^- `([^`]+)`:/gm)].map((match) => match[1]!);
    expect(listed.sort()).toEqual(filesWithMarkers().sort());
  });
});
