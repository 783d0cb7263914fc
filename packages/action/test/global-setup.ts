import { execFileSync } from 'node:child_process';
import { node24Binary } from '@dropbox-token/test-runtimes';
import type { TestProject } from 'vitest/node';

/**
 * The action declares `node24`, so the bundle is also run under Node 24: the `node` package, a
 * pinned devDependency that npm ci installs. Tests spawn its binary directly, because shells drop
 * variables with a hyphen such as INPUT_APP-KEY.
 */
export default function setup(project: TestProject): void {
  const node24 = node24Binary();
  const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected Node 24 from the node package, got ${version}`);
  project.provide('node24', node24);
}

declare module 'vitest' {
  export interface ProvidedContext {
    node24: string;
  }
}
