import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

/**
 * The action declares `node24`, so the bundle is also run under Node 24. Its binary comes from the
 * npm registry; we ask npx once for the path and spawn that binary directly, because npx runs
 * commands through /bin/sh, which drops variables with a hyphen such as INPUT_APP-KEY.
 */
export default function setup(project: TestProject): void {
  const node24 = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 280_000,
  }).trim();
  const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected Node 24 from the npm registry, got ${version}`);
  project.provide('node24', node24);
}

declare module 'vitest' {
  export interface ProvidedContext {
    node24: string;
  }
}
