import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionStepResult, maskedBeforeUse, runActionStep } from '@dropbox-token/emulator';

export const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '../dist/index.cjs');
export { maskedBeforeUse };
export type ActionRun = ActionStepResult;

/** Runs the committed bundle as the runner does (see runActionStep in @dropbox-token/emulator). */
export function runAction(
  node: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  return runActionStep({ node, script: BUNDLE, inputs, env: extraEnv });
}
