import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maskedBeforeUse, runActionStep } from '@dropbox-token/emulator';

export const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '../dist/index.js');
export { maskedBeforeUse };

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  envFile: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Runs the committed bundle as the runner does (see runActionStep in @dropbox-token/emulator). */
export async function runAction(node: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const step = await runActionStep({ node, script: BUNDLE, inputs, env: extraEnv });
  return { code: step.exitCode, stdout: step.stdout, stderr: step.stderr, outputs: step.outputs, envFile: step.env, summary: step.summary, durationMs: step.durationMs };
}
