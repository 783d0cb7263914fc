import { parseArgs } from 'node:util';
import { usageError } from './bootstrap-error.js';
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
  --api-url URL            default https://api.dropboxapi.com
  --authorize-url URL      default https://www.dropbox.com/oauth2/authorize
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
  throw usageError(
    `${flag} must be an absolute http(s) URL.`,
    `Pass ${flag} like https://api.dropboxapi.com, or leave it out.`,
  );
}

/** A loopback redirect URI we can listen on: http, localhost or 127.0.0.1, an explicit port. */
export function parseLoopbackRedirect(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(
      '--redirect-uri is not an absolute URL.',
      'Pass it exactly as registered in the App Console, e.g. http://127.0.0.1:53682/callback.',
    );
  }
  if (
    url.protocol !== 'http:' ||
    (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') ||
    url.port === '' ||
    url.search !== '' ||
    url.hash !== ''
  )
    throw usageError(
      '--redirect-uri must be http://127.0.0.1:PORT/PATH or http://localhost:PORT/PATH, with an explicit port and no query.',
      'Register such a URI under OAuth 2 → Redirect URIs in the App Console and pass it exactly; or leave --redirect-uri out to paste the code.',
    );
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
    throw usageError(
      `${first!.replace(/\.$/, '')}.`,
      value
        ? `A value that starts with "-" must be attached with "=": ${value[1]}=VALUE.`
        : rest.join(' ').trim() || 'See --help for the options.',
    );
  }
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  const str = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };

  const appKey = (str('app-key') ?? env['DROPBOX_APP_KEY'] ?? '').trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: credentials never hold control characters
  const badCredential = /[\s\u0000-\u001f\u007f]/;
  if (appKey === '' || badCredential.test(appKey))
    throw usageError(
      'The Dropbox app key is missing.',
      'Pass --app-key KEY or set DROPBOX_APP_KEY (App Console → your app → Settings → App key).',
    );
  const secretText = (str('app-secret') ?? env['DROPBOX_APP_SECRET'] ?? '').trim();
  const appSecret = secretText === '' ? undefined : secretText;
  if (appSecret !== undefined && badCredential.test(appSecret))
    throw usageError(
      'The app secret contains whitespace or control characters.',
      'Copy the app secret again from the App Console.',
    );

  const scopeText = str('scope');
  const scope = scopeText === undefined ? undefined : scopeText.split(/[\s,]+/).filter((s) => s.length > 0);
  if (scope !== undefined && (scope.length === 0 || scope.some((s) => !/^[A-Za-z0-9_.-]+$/.test(s))))
    throw usageError(
      '--scope must list Dropbox scopes separated by spaces.',
      'For example --scope "files.content.write files.content.read account_info.read".',
    );

  const code = str('code');
  const redirect = str('redirect-uri');
  let mode: BootstrapOptions['mode'];
  if (code !== undefined) {
    if (code.trim() === '' || !/^[A-Za-z0-9_\-.~]+$/.test(code.trim()))
      throw usageError(
        '--code is empty or has characters an authorization code never has.',
        'Copy the code again from the Dropbox page.',
      );
    if (appSecret === undefined)
      throw usageError(
        '--code needs the app secret: a code obtained elsewhere was not issued with our PKCE verifier.',
        'Pass --app-secret (or DROPBOX_APP_SECRET), or leave --code out to authorize here with PKCE.',
      );
    if (redirect !== undefined) httpUrl(redirect, '--redirect-uri');
    mode = { kind: 'code', code: code.trim(), redirectUri: redirect };
  } else if (redirect !== undefined) {
    mode = { kind: 'loopback', redirectUri: parseLoopbackRedirect(redirect), raw: redirect };
  } else {
    mode = { kind: 'paste' };
  }

  const timeoutText = str('timeout') ?? '300';
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || timeoutSeconds < 1 || timeoutSeconds > 3600)
    throw usageError(
      '--timeout must be a whole number of seconds from 1 to 3600.',
      'For example --timeout 120; the default is 300.',
    );

  const printRefreshToken = values['print-refresh-token'] === true;
  const repo = str('repo');
  const environment = str('environment');
  const org = str('org');
  const visibility = str('visibility');
  const selected = str('selected-repos');
  let target: BootstrapOptions['target'];
  if (org !== undefined) {
    if (repo !== undefined || environment !== undefined)
      throw usageError(
        '--org cannot be combined with --repo or --environment.',
        'Choose one target: a repository, one of its environments, or an organization.',
      );
    if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
      throw usageError(
        '--org needs --visibility all, private or selected.',
        'For example --org octo-org --visibility selected --selected-repos website,docs.',
      );
    const selectedRepos = (selected ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (visibility === 'selected' && selectedRepos.length === 0)
      throw usageError(
        '--visibility selected needs --selected-repos.',
        'List the repositories that may use the secret, e.g. --selected-repos website,docs.',
      );
    if (visibility !== 'selected' && selected !== undefined)
      throw usageError(
        '--selected-repos only works with --visibility selected.',
        'Add --visibility selected, or drop --selected-repos.',
      );
    for (const name of selectedRepos) parseRepoSlug(`${org}/${name}`, '--selected-repos');
    target = { kind: 'organization', org: checkOrgName(org), visibility, selectedRepos };
  } else {
    if (visibility !== undefined || selected !== undefined)
      throw usageError('--visibility and --selected-repos only apply to --org.', 'Add --org NAME, or drop them.');
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
    throw usageError(
      '--secret-name collides with the app credential secrets.',
      'Choose another name, e.g. DROPBOX_REFRESH_TOKEN.',
    );

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
      apiUrl: httpUrl(str('api-url') ?? 'https://api.dropboxapi.com', '--api-url'),
      authorizeUrl: httpUrl(str('authorize-url') ?? 'https://www.dropbox.com/oauth2/authorize', '--authorize-url'),
    },
  };
}
