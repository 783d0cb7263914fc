import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '../dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  envFile: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT / GITHUB_ENV. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    result[match[1]!] = value.join('\n');
  }
  return result;
}

/**
 * Runs the committed bundle exactly as the runner does: a fresh process, inputs as INPUT_<NAME>
 * variables with hyphens kept, and the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY files.
 */
export async function runAction(node: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dropbox-token-action-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_ENV: join(dir, 'env'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', RUNNER_TEMP: dir, ...files, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = Date.now();
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(node, [BUNDLE], { env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : -1;
      resolve({ code, stdout, stderr });
    });
  });
  const run: ActionRun = {
    ...result,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    envFile: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    durationMs: Date.now() - started,
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

/** Every occurrence of `secret` in stdout comes after (or is) its own `::add-mask::` line. */
export function maskedBeforeUse(stdout: string, secret: string): boolean {
  const mask = stdout.indexOf(`::add-mask::${secret}`);
  if (mask < 0) return !stdout.includes(secret);
  return stdout.indexOf(secret) === mask + '::add-mask::'.length;
}
