import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const exe = process.platform === 'win32' ? '.exe' : '';

/** The directory of an installed package (every package here ships its package.json). */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Fails loudly when an install step did not run: the tests must not quietly fall back to something else. */
function existing(path: string, packageName: string): string {
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm ci\` (the ${packageName} package installs it).`);
  return path;
}

/**
 * Node 24, the runtime `action.yml` declares, from the `node` package (a pinned devDependency).
 * Spawn it directly: shells drop variables whose names hold a hyphen, such as `INPUT_APP-KEY`.
 */
export function node24Binary(): string {
  const bin = process.platform === 'win32' ? 'bin/node.exe' : 'bin/node';
  return existing(join(packageDir('node'), bin), 'node');
}

/** Bun, from the `bun` package (its postinstall puts the platform's binary in place). */
export function bunBinary(): string {
  return existing(join(packageDir('bun'), 'bin', 'bun.exe'), 'bun');
}

/** Deno, from the `deno` package (its postinstall puts the platform's binary beside `bin.cjs`). */
export function denoBinary(): string {
  return existing(join(packageDir('deno'), `deno${exe}`), 'deno');
}

/** Cloudflare's workerd, from the `workerd` package (its postinstall puts the platform's binary in place). */
export function workerdBinary(): string {
  return existing(join(packageDir('workerd'), 'bin', `workerd${exe}`), 'workerd');
}
