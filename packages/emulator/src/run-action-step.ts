import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a workflow step left behind, as the runner would see it. */
export interface ActionStepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** `GITHUB_OUTPUT`, parsed. */
  outputs: Record<string, string>;
  /** `GITHUB_ENV`, parsed. */
  env: Record<string, string>;
  /** `GITHUB_STEP_SUMMARY`, as written. */
  summary: string;
  /** Values the step registered with `::add-mask::`, in order. */
  masks: string[];
  durationMs: number;
}

export interface RunActionStepOptions {
  /** The JavaScript file the action's `runs.main` names. */
  script: string;
  /** Inputs by their action.yml names; passed as `INPUT_<NAME>` with hyphens kept, as the runner does. */
  inputs: Record<string, string>;
  /** Extra environment (e.g. HTTPS_PROXY). The step gets only PATH, this, and the runner's files. */
  env?: Record<string, string>;
  /** The Node binary (default: this process's). */
  node?: string;
  timeoutMs?: number;
  /**
   * The runner's OIDC token request (`permissions: id-token: write`): sets `ACTIONS_ID_TOKEN_REQUEST_URL`
   * and `_TOKEN`, e.g. `{ url: emu.oidc.requestUrl, token: emu.oidc.requestToken }`.
   */
  idTokenRequest?: { url: string; token: string } | undefined;
}

/** Parses the `name<<delimiter` blocks (and `name=value` lines) of GITHUB_OUTPUT / GITHUB_ENV. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      result[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      result[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return result;
}

/** True when every occurrence of `secret` in a step's stdout comes after its own `::add-mask::` line. */
export function maskedBeforeUse(stdout: string, secret: string): boolean {
  const mask = stdout.indexOf(`::add-mask::${secret}`);
  if (mask < 0) return !stdout.includes(secret);
  return stdout.indexOf(secret) === mask + '::add-mask::'.length;
}

/** The environment a runner gives a step: PATH, RUNNER_TEMP, the file commands, the OIDC request, the inputs. */
function runnerEnv(options: RunActionStepOptions, dir: string, files: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    RUNNER_TEMP: dir,
    ...files,
    ...(options.idTokenRequest === undefined
      ? {}
      : {
          ACTIONS_ID_TOKEN_REQUEST_URL: options.idTokenRequest.url,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.idTokenRequest.token,
        }),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** The entry file in a fresh process, to its exit: its code (-1 when it was killed), stdout and stderr. */
function runProcess(
  options: RunActionStepOptions,
  env: Record<string, string>,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      options.node ?? process.execPath,
      [options.script],
      { env, encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ exitCode: code, stdout, stderr });
      },
    );
  });
}

/**
 * Runs a JavaScript action's entry file exactly as a GitHub runner does: a fresh process, inputs as
 * `INPUT_<NAME>` environment variables (hyphens kept, which a shell would drop), and the
 * `GITHUB_OUTPUT`, `GITHUB_ENV` and `GITHUB_STEP_SUMMARY` files. For testing actions against the emulator.
 */
export async function runActionStep(options: RunActionStepOptions): Promise<ActionStepResult> {
  const dir = mkdtempSync(join(tmpdir(), 'action-step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env = runnerEnv(options, dir, files);
  const started = Date.now();
  try {
    const { exitCode, stdout, stderr } = await runProcess(options, env);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      masks: [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) =>
        m[1]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
      ),
      durationMs: Date.now() - started,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
