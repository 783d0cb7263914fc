import { parseArgs } from 'node:util';
import {
  DEFAULT_API_URL,
  DEFAULT_AUTHORIZE_URL,
  isAuthorizationCodeShaped,
  isCredentialShaped,
  isScopeName,
} from '@dropbox-token/core';
import { fail } from './messages.js';
import {
  type SecretTarget,
  checkEnvironmentName,
  checkOrgName,
  checkSecretName,
  parseRepoSlug,
} from './github-target.js';

export const HELP = `Usage: dropbox-token-bootstrap [options]

Mints a Dropbox refresh token once (PKCE, token_access_type=offline) and stores it,
sealed, as a GitHub Actions secret. The token is never shown.

Dropbox app
  --app-key KEY            app key (or env DROPBOX_APP_KEY)                 required
  --app-secret SECRET      app secret (or env DROPBOX_APP_SECRET); omit for a PKCE
                           public client, so CI needs only the key and the token
  --scope "A B"            scopes to ask for (default: all the app's scopes)

How to get the authorization code
  --redirect-uri URI       loopback: http://127.0.0.1:PORT/PATH or http://localhost:PORT/PATH,
                           registered exactly in the App Console; we listen on it
  (default)                paste: open the URL, then paste the code (or the whole
                           redirect URL) here or into stdin
  --code=CODE              exchange a code obtained elsewhere (needs the app secret)
  --no-browser             print the URL but do not open a browser
  --timeout SECONDS        how long to wait for the browser (default 300)

Where to store it (default: the repository of \`git remote get-url origin\`)
  --repo OWNER/NAME        a repository's Actions secrets
  --environment NAME       an environment's secrets (of --repo)
  --org NAME               an organization's secrets, with
  --visibility V           all | private | selected
  --selected-repos A,B     repositories for --visibility selected
  --secret-name NAME       default DROPBOX_REFRESH_TOKEN
  --store-app-credentials  also store DROPBOX_APP_KEY (and DROPBOX_APP_SECRET)
  --dry-run                do everything except the write; say what would be written
  --print-refresh-token    write the refresh token to stdout (alone, for piping) and
                           everything else to stderr; without a target flag, store nothing

Endpoints
  --api-url URL            default ${DEFAULT_API_URL}
  --authorize-url URL      default ${DEFAULT_AUTHORIZE_URL}
  GITHUB_API_URL           GitHub Enterprise Server API, default https://api.github.com
  GH_TOKEN / GITHUB_TOKEN  GitHub token (else \`gh auth token\`); needs Secrets: write

  --help, --version

Exit codes: 0 done, 1 failed (reason and fix on stderr), 2 usage error, 130 interrupted.
`;

export interface BootstrapOptions {
  appKey: string;
  appSecret: string | undefined;
  /** The secret came from argv, where other local users can see it (ps); worth a warning. */
  appSecretOnCommandLine: boolean;
  scope: string[] | undefined;
  mode:
    | { kind: 'loopback'; redirectUri: URL; raw: string }
    | { kind: 'paste' }
    | { kind: 'code'; code: string; redirectUri: string | undefined };
  openBrowser: boolean;
  timeoutSeconds: number;
  /** Undefined when nothing is to be stored (print-only); `git-remote`: the repository of `git remote get-url origin`. */
  target: SecretTarget | { kind: 'git-remote'; environment?: string } | undefined;
  secretName: string;
  storeAppCredentials: boolean;
  dryRun: boolean;
  printRefreshToken: boolean;
  apiUrl: string;
  authorizeUrl: string;
}

export type ParsedCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: BootstrapOptions };

function httpUrl(value: string, flag: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      return url.href.replace(/\/$/, value.endsWith('/') ? '/' : '');
  } catch {
    // fall through
  }
  throw fail('urlInvalid', { flag });
}

/** A loopback redirect URI we can listen on: http, localhost or 127.0.0.1, an explicit port. */
export function parseLoopbackRedirect(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('redirectNotUrl');
  }
  if (
    url.protocol !== 'http:' ||
    (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') ||
    url.port === '' ||
    url.search !== '' ||
    url.hash !== ''
  )
    throw fail('redirectNotLoopback');
  return url;
}

export function parseCommandLine(argv: string[], env: Record<string, string | undefined>): ParsedCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'app-key': { type: 'string' },
        'app-secret': { type: 'string' },
        scope: { type: 'string' },
        'redirect-uri': { type: 'string' },
        code: { type: 'string' },
        'no-browser': { type: 'boolean' },
        timeout: { type: 'string' },
        repo: { type: 'string' },
        environment: { type: 'string' },
        org: { type: 'string' },
        visibility: { type: 'string' },
        'selected-repos': { type: 'string' },
        'secret-name': { type: 'string' },
        'store-app-credentials': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'print-refresh-token': { type: 'boolean' },
        'api-url': { type: 'string' },
        'authorize-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    const [first, ...rest] = (error as Error).message.split('\n');
    const value = /^Option '(--[a-z-]+)[^']*' argument is ambiguous/.exec(first ?? '');
    throw fail('badOption', {
      problem: `${first!.replace(/\.$/, '')}.`,
      fix: value
        ? `A value that starts with "-" must be attached with "=": ${value[1]}=VALUE.`
        : rest.join(' ').trim() || 'See --help for the options.',
    });
  }
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  const str = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  const appKey = (str('app-key') ?? env['DROPBOX_APP_KEY'] ?? '').trim();
  if (!isCredentialShaped(appKey)) throw fail('appKeyMissing');
  const secretText = (str('app-secret') ?? env['DROPBOX_APP_SECRET'] ?? '').trim();
  const appSecret = secretText === '' ? undefined : secretText;
  if (appSecret !== undefined && !isCredentialShaped(appSecret)) throw fail('appSecretStray');

  const scopeText = str('scope');
  const scope = scopeText === undefined ? undefined : scopeText.split(/[\s,]+/).filter((s) => s.length > 0);
  if (scope !== undefined && (scope.length === 0 || scope.some((s) => !isScopeName(s)))) throw fail('scopeInvalid');

  const code = str('code');
  const redirect = str('redirect-uri');
  let mode: BootstrapOptions['mode'];
  if (code !== undefined) {
    if (code.trim() === '' || !isAuthorizationCodeShaped(code.trim())) throw fail('codeInvalid');
    if (appSecret === undefined) throw fail('codeNeedsSecret');
    if (redirect !== undefined) httpUrl(redirect, '--redirect-uri');
    mode = { kind: 'code', code: code.trim(), redirectUri: redirect };
  } else if (redirect !== undefined) {
    mode = { kind: 'loopback', redirectUri: parseLoopbackRedirect(redirect), raw: redirect };
  } else {
    mode = { kind: 'paste' };
  }

  const timeoutText = str('timeout') ?? '300';
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || timeoutSeconds < 1 || timeoutSeconds > 3600) throw fail('timeoutInvalid');

  const printRefreshToken = values['print-refresh-token'] === true;
  const repo = str('repo');
  const environment = str('environment');
  const org = str('org');
  const visibility = str('visibility');
  const selected = str('selected-repos');
  let target: BootstrapOptions['target'];
  if (org !== undefined) {
    if (repo !== undefined || environment !== undefined) throw fail('orgWithRepo');
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected') throw fail('orgNeedsVisibility');
    const selectedRepos = (selected ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (visibility === 'selected' && selectedRepos.length === 0) throw fail('selectedNeedsRepos');
    if (visibility !== 'selected' && selected !== undefined) throw fail('selectedReposWithoutSelected');
    for (const name of selectedRepos) parseRepoSlug(`${org}/${name}`, '--selected-repos');
    target = { kind: 'organization', org: checkOrgName(org), visibility, selectedRepos };
  } else {
    if (visibility !== undefined || selected !== undefined) throw fail('visibilityWithoutOrg');
    if (repo !== undefined) {
      const slug = parseRepoSlug(repo);
      target =
        environment === undefined
          ? { kind: 'repository', ...slug }
          : { kind: 'environment', ...slug, environment: checkEnvironmentName(environment) };
    } else if (environment !== undefined) {
      target = { kind: 'git-remote', environment: checkEnvironmentName(environment) };
    } else {
      target = printRefreshToken ? undefined : { kind: 'git-remote' };
    }
  }

  const secretName = checkSecretName(str('secret-name') ?? 'DROPBOX_REFRESH_TOKEN');
  const storeAppCredentials = values['store-app-credentials'] === true;
  if (storeAppCredentials && (secretName === 'DROPBOX_APP_KEY' || secretName === 'DROPBOX_APP_SECRET'))
    throw fail('secretNameCollides');

  return {
    kind: 'run',
    options: {
      appKey,
      appSecret,
      appSecretOnCommandLine: str('app-secret') !== undefined,
      scope,
      mode,
      openBrowser: values['no-browser'] !== true,
      timeoutSeconds,
      target,
      secretName,
      storeAppCredentials,
      dryRun: values['dry-run'] === true,
      printRefreshToken,
      apiUrl: httpUrl(str('api-url') ?? DEFAULT_API_URL, '--api-url'),
      authorizeUrl: httpUrl(str('authorize-url') ?? DEFAULT_AUTHORIZE_URL, '--authorize-url'),
    },
  };
}
