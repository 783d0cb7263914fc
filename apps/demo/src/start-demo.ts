import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type AuditLine, formatAuditLine, parseBrokerConfig, startNodeBroker } from '@dropbox-token/broker';
import { getCurrentAccount } from '@dropbox-token/core';
import { type Emulator, type RecordedRequest, parseFileCommands, startEmulator } from '@dropbox-token/emulator';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { renderSummary } from './render-summary.js';
import { applyMasks, renderRunnerLog } from './runner-log.js';

const require = createRequire(import.meta.url);
export const BOOTSTRAP_CLI = join(dirname(require.resolve('@dropbox-token/bootstrap/package.json')), 'dist/cli.js');
export const ACTION_BUNDLE = join(dirname(require.resolve('@dropbox-token/action/package.json')), 'dist/index.cjs');

export interface DemoOptions {
  verbose: boolean;
  write: (text: string) => void;
  /** The Node binary that runs the bootstrap and the action (default: this one). */
  node?: string;
}

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

class StepFailure extends Error {}

const SECRET_FIELDS = [
  'code',
  'code_verifier',
  'refresh_token',
  'client_secret',
  'access_token',
  'encrypted_value',
  'id_token',
];

function runProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  onStderr?: (text: string) => void,
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr);
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: `${stderr}${error.message}` }));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const indent = (lines: string[], mark = '│') => lines.map((line) => `      ${mark} ${line}`).join('\n');

/** The browser for a bootstrap run: approves the emulator's consent page when the CLI prints the authorize URL. */
function emulatedBrowser() {
  let page = '';
  let opened = false;
  const onStderr = (stderr: string) => {
    const match = /(http:\/\/\S+\/oauth2\/authorize\?\S+)/.exec(stderr);
    if (!match || opened) return;
    opened = true;
    // Play the browser: the emulator's consent screen approves and redirects to the CLI's loopback page.
    void (async () => {
      const consent = await fetch(match[1]!, { redirect: 'manual' });
      const answer = await fetch(consent.headers.get('location')!);
      page = (await answer.text()).match(/<h1[^>]*>(.*?)<\/h1>/)?.[1] ?? `HTTP ${answer.status}`;
    })().catch((error: unknown) => {
      page = `browser failed: ${String(error)}`;
    });
  };
  return { onStderr, page: () => page };
}

/** The bootstrap for the broker: its own authorization (its own refresh-token lineage), the token on stdout, the stanza in a file. */
async function mintForBroker(e: Emulator, node: string, redirectUri: string, masks: string[], file: string) {
  const browser = emulatedBrowser();
  const result = await runProcess(
    node,
    [
      BOOTSTRAP_CLI,
      ...['--app-key', e.app.key, '--redirect-uri', redirectUri, '--no-browser', '--yes'],
      ...['--print-refresh-token', '--broker-config', file, '--broker-identity', 'deploy-docs'],
      ...['--broker-repo', e.github.repository, '--api-url', e.apiUrl, '--authorize-url', e.authorizeUrl],
    ],
    { PATH: process.env['PATH'] ?? '', GH_TOKEN: e.github.token, GITHUB_API_URL: e.githubUrl, NO_COLOR: '1' },
    browser.onStderr,
  );
  const refreshToken = result.stdout.trim();
  if (refreshToken !== '') masks.push(refreshToken);
  if (result.code !== 0)
    throw new Error(
      `the bootstrap (--broker-config) exited ${result.code}:\n${applyMasks(result.stderr.trim(), masks)}`,
    );
  return refreshToken;
}

/**
 * Keyless: the bootstrap mints the broker its own refresh token and writes its stanza; the broker
 * holds the token, and the action runs with broker-url and identity only, buying its token with the
 * job's OIDC token.
 */
async function runKeyless(e: Emulator, node: string, redirectUri: string, masks: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dropbox-token-demo-'));
  const audit: AuditLine[] = [];
  const port = await freeLoopbackPort();
  const stanza = join(dir, 'broker.yaml');
  const refreshToken = await mintForBroker(e, node, redirectUri, masks, stanza);
  // The stanza as written, with this broker's URL and the emulator's issuer.
  const config = parseBrokerConfig(
    readFileSync(stanza, 'utf8').replace(
      /^audience: .*$/m,
      `audience: http://127.0.0.1:${port}\nissuer: ${e.oidc.issuer}`,
    ),
  );
  const broker = await startNodeBroker({
    config,
    env: { DROPBOX_REFRESH_TOKEN_DEPLOY_DOCS: refreshToken },
    port,
    audit: (line) => audit.push(line),
    dropbox: { apiUrl: e.apiUrl },
  });
  try {
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const result = await runProcess(node, [ACTION_BUNDLE], {
      PATH: process.env['PATH'] ?? '',
      GITHUB_OUTPUT: output,
      'INPUT_BROKER-URL': broker.url,
      INPUT_IDENTITY: 'deploy-docs',
      ACTIONS_ID_TOKEN_REQUEST_URL: e.oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: e.oidc.requestToken,
    });
    const log = renderRunnerLog(result.stdout, masks);
    masks.push(...log.masks.filter((m) => !masks.includes(m)));
    if (result.code !== 0) throw new Error(`the keyless action exited ${result.code}:\n${log.lines.join('\n')}`);
    if (!parseFileCommands(readFileSync(output, 'utf8'))['access-token']) throw new Error('no access-token output');
    return {
      value: undefined,
      line: 'Keyless: the bootstrap gave the broker its own refresh token (identity deploy-docs, pinned to the repository IDs); the action ran with broker-url and identity only',
      details: [
        '      Workflow log:',
        indent(log.lines),
        '      Broker audit log:',
        indent(audit.map((line) => formatAuditLine(line))),
      ].join('\n'),
    };
  } finally {
    await broker.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bootstrap CLI as a person runs it, with the emulator's consent page as the browser. */
async function runBootstrapAct(e: Emulator, node: string, redirectUri: string, masks: string[], verbose: boolean) {
  const browser = emulatedBrowser();
  const result = await runProcess(
    node,
    [
      BOOTSTRAP_CLI,
      '--app-key',
      e.app.key,
      '--redirect-uri',
      redirectUri,
      '--repo',
      e.github.repository,
      '--store-app-credentials',
      '--no-browser',
      // The demo plays the person at the browser; there is no terminal to confirm the account on.
      '--yes',
      '--api-url',
      e.apiUrl,
      '--authorize-url',
      e.authorizeUrl,
    ],
    { PATH: process.env['PATH'] ?? '', GH_TOKEN: e.github.token, GITHUB_API_URL: e.githubUrl, NO_COLOR: '1' },
    browser.onStderr,
  );
  const refreshToken = e.github.secret(e.github.repository, 'DROPBOX_REFRESH_TOKEN');
  if (refreshToken !== undefined) masks.push(refreshToken);
  if (result.code !== 0)
    throw new Error(`the bootstrap CLI exited ${result.code}:\n${applyMasks(result.stderr.trim(), masks)}`);
  if (refreshToken === undefined)
    throw new Error('the bootstrap exited 0 but the emulated GitHub holds no DROPBOX_REFRESH_TOKEN');
  const stderrLines = result.stderr.split('\n').filter((l) => l.trim() !== '');
  const keyLines = verbose
    ? stderrLines
    : stderrLines.filter((l) => /^\s+(Dropbox account|Granted scopes|Client type):/.test(l)).map((l) => l.trim());
  const outLines = result.stdout.split('\n').filter((l) => l.trim() !== '');
  const snippetAt = outLines.findIndex((l) => l.startsWith('Use it in a workflow'));
  const shownOut = verbose || snippetAt < 0 ? outLines : outLines.slice(0, snippetAt);
  return {
    value: undefined,
    line: `Bootstrap CLI: PKCE authorization through the browser page, code exchanged, token verified, stored sealed in GitHub secrets`,
    details: [
      indent([`browser page: "${browser.page()}"`, ...keyLines.map((l) => applyMasks(l, masks))]),
      indent(shownOut.map((l) => applyMasks(l, masks))),
      verbose ? '' : indent(['(the workflow snippet it printed: run with --verbose)']),
    ]
      .filter((s) => s !== '')
      .join('\n'),
  };
}

/** The committed action, as a runner starts it, with the secret and variable the bootstrap stored. */
async function runActionAct(e: Emulator, node: string, masks: string[]) {
  // The bootstrap stored the app key as an Actions variable (vars.DROPBOX_APP_KEY in a workflow).
  const appKey = e.github.variable(e.github.repository, 'DROPBOX_APP_KEY')!;
  const refreshToken = e.github.secret(e.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
  const dir = mkdtempSync(join(tmpdir(), 'dropbox-token-demo-'));
  try {
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const result = await runProcess(node, [ACTION_BUNDLE], {
      PATH: process.env['PATH'] ?? '',
      ...files,
      'INPUT_APP-KEY': appKey,
      'INPUT_REFRESH-TOKEN': refreshToken,
      'INPUT_API-URL': e.apiUrl,
      INPUT_VERIFY: 'true',
      'INPUT_EXPORT-ENV': 'DROPBOX_ACCESS_TOKEN',
    });
    const log = renderRunnerLog(result.stdout, masks);
    masks.push(...log.masks.filter((m) => !masks.includes(m)));
    if (result.code !== 0) throw new Error(`the action exited ${result.code}:\n${log.lines.join('\n')}`);
    const parsed = parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
    const token = parsed['access-token'];
    if (token === undefined) throw new Error('the action exited 0 without an access-token output');
    if (!log.masks.includes(token)) throw new Error('the action set the access token without masking it first');
    const width = Math.max(...Object.keys(parsed).map((k) => k.length));
    return {
      value: token,
      line: 'Action: ran packages/action/dist/index.cjs as a runner does (inputs from the stored secrets)',
      details: [
        '      Workflow log:',
        indent(log.lines),
        '      Step outputs:',
        indent(
          Object.entries(parsed).map(([k, v]) => `${k.padEnd(width)}  ${v === '' ? '(empty)' : applyMasks(v, masks)}`),
        ),
        '      Exported environment:',
        indent(Object.keys(parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'))).map((name) => `${name}=***`)),
        '      Job summary:',
        indent(renderSummary(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).map((l) => applyMasks(l, masks))),
      ].join('\n'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One recorded request as a log line, every secret field and header replaced by ***. */
export function describeRequest(request: RecordedRequest, masks: string[]): string {
  const body = request.body;
  let detail = '';
  if (body !== null && typeof body === 'object') {
    detail = Object.entries(body as Record<string, unknown>)
      .map(([k, v]) => `${k}=${SECRET_FIELDS.includes(k) ? '***' : typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
  }
  const auth =
    request.headers['authorization'] === undefined ? '' : ` [${request.headers['authorization'].split(' ')[0]} ***]`;
  const query = Object.keys(request.query).length === 0 ? '' : `?${new URLSearchParams(request.query).toString()}`;
  return applyMasks(
    `${request.method} ${request.path}${query}${auth} → ${request.status ?? '-'}${detail === '' ? '' : `  ${detail}`}`,
    masks,
  );
}

/** A numbered step: its line with its duration, or a ✗ line (secrets masked) and a StepFailure. */
function numberedSteps(total: number, write: (text: string) => void, masks: string[]) {
  let stepNumber = 0;
  return async <T>(name: string, body: () => Promise<{ value: T; line: string; details?: string }>): Promise<T> => {
    stepNumber++;
    const t0 = Date.now();
    try {
      const { value, line, details } = await body();
      write(` ${stepNumber}/${total}  ${line}  (${Date.now() - t0} ms)\n`);
      if (details) write(`${details}\n`);
      return value;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      write(` ${stepNumber}/${total}  ✗ ${name} failed: ${applyMasks(reason, masks)}\n`);
      throw new StepFailure(name);
    }
  };
}

/** Step 1: the emulator, with a free loopback redirect URI registered for the bootstrap. */
async function startEmulatorAct() {
  const emulator = await startEmulator();
  const redirectUri = await emulator.dropbox.registerFreeLoopbackRedirectUri('/dropbox/callback');
  return {
    value: { emulator, redirectUri },
    line: `Emulator: Dropbox OAuth and GitHub secrets API on ${emulator.url} (app ${emulator.app.key}, repository ${emulator.github.repository})`,
  };
}

/** Runs the whole product against the emulator. Returns the exit code; the transcript goes to `write`. */
export async function startDemo(options: DemoOptions): Promise<number> {
  const { write, verbose } = options;
  const node = options.node ?? process.execPath;
  const started = Date.now();
  const masks: string[] = [];
  let emu: Emulator | undefined;
  const step = numberedSteps(6, write, masks);

  write('dropbox-token-action demo: the whole product, on this machine, against the local emulator.\n');
  write('No Dropbox app, GitHub token or network needed. (`npm start -- --verbose` shows every HTTP exchange.)\n\n');
  try {
    const { emulator, redirectUri } = await step('Start the emulator', startEmulatorAct);
    emu = emulator;
    const e = emulator;
    masks.push(e.github.token, e.app.secret);

    await step('Bootstrap', () => runBootstrapAct(e, node, redirectUri, masks, verbose));

    const accessToken = await step('Action', () => runActionAct(e, node, masks));

    await step('Proof', async () => {
      const account = await getCurrentAccount({ accessToken: accessToken, apiUrl: e.apiUrl });
      return {
        value: undefined,
        line: `Proof: users/get_current_account with the fresh token → ${account.displayName} (${account.accountId})`,
      };
    });

    await step('Keyless', () => runKeyless(e, node, redirectUri, masks));

    const exchanges = e.requests.map((r) => describeRequest(r, masks));
    await step('Shut down', async () => {
      await e.close();
      emu = undefined;
      const line = `Shut down the emulator after ${exchanges.length} HTTP exchanges`;
      return verbose ? { value: undefined, line, details: indent(exchanges, '·') } : { value: undefined, line };
    });
    write(
      `\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s. Every secret above is masked (***), as in a real workflow log.\n`,
    );
    write(
      'Next: create a Dropbox app and run `npx @dropbox-token/bootstrap --app-key YOUR_KEY` (README → Quick start).\n',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof StepFailure)) write(`✗ unexpected failure: ${applyMasks(String(error), masks)}\n`);
    write('\nThe demo failed at the step marked ✗ above.\n');
    return 1;
  } finally {
    await emu?.close();
  }
}
