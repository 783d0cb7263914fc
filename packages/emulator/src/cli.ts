#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { type Emulator, startEmulator } from './start-emulator.js';

const HELP = `Usage: dropbox-token-emulator [--port N] [--json] [--consent approve|deny|page]

Starts a local Dropbox OAuth + GitHub Actions secrets API on 127.0.0.1 and runs until Ctrl-C.

  --port N      listen on port N (default: a free port)
  --json        print the connection details as one JSON object
  --consent M   how the emulated user answers the consent screen (default: approve;
                "page" shows an Allow/Deny page for a real browser)
  --help        show this help
`;

/** The options, or the exit code and message of a usage error. */
function readArguments():
  | { port: number; json: boolean; consent: 'approve' | 'deny' | 'page' }
  | { exit: number; text: string } {
  let values: { port?: string; json?: boolean; consent?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        json: { type: 'boolean' },
        consent: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return { exit: 2, text: `${error instanceof Error ? error.message : String(error)}\n\n${HELP}` };
  }
  if (values.help) return { exit: 0, text: HELP };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { exit: 2, text: `--port must be a whole number from 0 to 65535\n\n${HELP}` };
  const consent = values.consent ?? 'approve';
  if (consent !== 'approve' && consent !== 'deny' && consent !== 'page')
    return { exit: 2, text: `--consent must be approve, deny or page\n\n${HELP}` };
  return { port, json: values.json === true, consent };
}

/** What a script or a person needs to use the running emulator. */
function detailsOf(emu: Emulator) {
  return {
    dropboxUrl: emu.dropboxUrl,
    apiUrl: emu.apiUrl,
    githubUrl: emu.githubUrl,
    authorizeUrl: emu.authorizeUrl,
    app: { key: emu.app.key, secret: emu.app.secret, redirectUris: emu.app.redirectUris, scopes: emu.app.scopes },
    // As if the bootstrap had already run: a PKCE-issued refresh token for the app, for scripts and CI.
    refreshToken: emu.dropbox.issueRefreshToken(),
    github: {
      token: emu.github.token,
      repository: emu.github.repository,
      environment: emu.github.environment,
      organization: emu.github.organization,
    },
  };
}

/** The banner a person reads (the credentials are the emulator's own throwaway ones). */
function banner(details: ReturnType<typeof detailsOf>): string {
  return [
    'dropbox-token emulator is running (Ctrl-C to stop)',
    '',
    `  Dropbox authorize   ${details.authorizeUrl}`,
    `  Dropbox API         ${details.apiUrl}        (token: /oauth2/token, RPC: /2/...)`,
    `  GitHub API          ${details.githubUrl}`,
    '',
    `  App key             ${details.app.key}`,
    `  App secret          ${details.app.secret}`,
    `  Redirect URIs       ${details.app.redirectUris.join(', ')}`,
    `  Refresh token       ${details.refreshToken}   (PKCE-issued: refreshes with the app key alone)`,
    '',
    `  GitHub token        ${details.github.token}`,
    `    may write secrets of repository ${details.github.repository}, environment ${details.github.environment}, organization ${details.github.organization}`,
    '',
    'These are throwaway local credentials; nothing here reaches Dropbox or GitHub.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const args = readArguments();
  if ('exit' in args) {
    (args.exit === 0 ? process.stdout : process.stderr).write(args.text);
    return args.exit;
  }
  const emu = await startEmulator({ port: args.port, consent: args.consent });
  const details = detailsOf(emu);
  process.stdout.write(args.json ? `${JSON.stringify(details)}\n` : banner(details));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await emu.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dropbox-token-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
