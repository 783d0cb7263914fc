import { STORED_NAMES } from './names.js';
import { parseArgs } from 'node:util';
import { PARSE_OPTIONS } from './help.js';
import {
  DEFAULT_API_URL,
  DEFAULT_AUTHORIZE_URL,
  isAuthorizationCodeShaped,
  isCredentialShaped,
  isLoopbackHost,
  isScopeName,
  isSecureOrLoopbackUrl,
} from '@dropbox-token/core';
import { BROKER_NAME } from './commands/mint/broker-config.js';
import { fail } from './errors/catalog.js';
import type { RevokeOptions } from './commands/revoke/revoke.js';
import {
  type SecretTarget,
  checkEnvironmentName,
  checkOrgName,
  checkSecretName,
  parseRepoSlug,
} from './github/target.js';

export { HELP } from './help.js';

export interface BootstrapOptions {
  appKey: string;
  appSecret: string | undefined;
  /** The secret came from argv, where other local users can see it (ps); worth a warning. */
  appSecretOnCommandLine: boolean;
  scope: string[] | undefined;
  mode:
    | { kind: 'loopback'; redirectUri: URL; raw: string }
    | { kind: 'paste' }
    /** A website registered as the redirect URI: the person pastes the address they landed on. */
    | { kind: 'web'; redirectUri: URL; raw: string }
    | { kind: 'code'; code: string; redirectUri: string | undefined };
  openBrowser: boolean;
  timeoutSeconds: number;
  /** Undefined when nothing is to be stored (print-only); `git-remote`: the repository of `git remote get-url origin`. */
  target: SecretTarget | { kind: 'git-remote'; environment?: string } | undefined;
  secretName: string;
  storeAppCredentials: boolean;
  /** With storeAppCredentials: DROPBOX_APP_KEY as an Actions variable (default) or a secret. */
  appKeyAs: 'variable' | 'secret';
  /** Also write every secret to the target's Dependabot secrets. */
  dependabot: boolean;
  dryRun: boolean;
  printRefreshToken: boolean;
  /** A new file to write the broker stanza for the linked account to (keyless mode). */
  brokerConfig: string | undefined;
  /** The stanza's identity and account name (default: the repository's name). */
  brokerIdentity: string | undefined;
  /** The repository the stanza's policy allows (default: the target's, or the origin remote's). */
  brokerRepo: { owner: string; repo: string } | undefined;
  /** Store without asking to confirm the linked account. */
  yes: boolean;
  apiUrl: string;
  authorizeUrl: string;
}

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; options: BootstrapOptions }
  | { kind: 'revoke'; options: RevokeOptions };

function httpUrl(value: string, flag: string): string {
  if (!isSecureOrLoopbackUrl(value)) throw fail('urlInvalid', { flag });
  return new URL(value).href.replace(/\/$/, value.endsWith('/') ? '/' : '');
}

/**
 * A redirect URI: a loopback one we can listen on (http, localhost or 127.0.0.1, an explicit
 * port), or an https address of the app's website, where the person copies the address from.
 */
export function parseRedirect(value: string): BootstrapOptions['mode'] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('redirectNotUrl');
  }
  if (url.protocol === 'https:' && !isLoopbackHost(url.hostname)) {
    if (url.hash !== '' || url.username !== '' || url.password !== '') throw fail('redirectNotLoopback');
    return { kind: 'web', redirectUri: url, raw: value };
  }
  if (
    url.protocol !== 'http:' ||
    (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') ||
    url.port === '' ||
    url.search !== '' ||
    url.hash !== ''
  )
    throw fail('redirectNotLoopback');
  return { kind: 'loopback', redirectUri: url, raw: value };
}

/** The option table: node:util parseArgs, strict, no positionals. */
const OPTIONS = PARSE_OPTIONS;

/** `revoke`'s options: the app, Dropbox's address, and --yes. The token itself is never an option. */
const REVOKE_OPTIONS = Object.fromEntries(
  ['app-key', 'app-secret', 'api-url', 'yes', 'help'].map((name) => [name, OPTIONS[name]!]),
) as typeof OPTIONS;

type Values = Record<string, string | boolean | undefined>;

/** A string option's value, or undefined. */
function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function readValues(argv: string[], options: typeof OPTIONS = OPTIONS): Values {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values as Values;
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
}

/** The Dropbox side: the app's credentials, the scopes to ask for, and where Dropbox is. */
function readDropboxApp(values: Values, env: Record<string, string | undefined>) {
  const appKey = (text(values, 'app-key') ?? env[STORED_NAMES.appKey] ?? '').trim();
  if (!isCredentialShaped(appKey)) throw fail('appKeyMissing');
  const secretText = (text(values, 'app-secret') ?? env[STORED_NAMES.appSecret] ?? '').trim();
  const appSecret = secretText === '' ? undefined : secretText;
  if (appSecret !== undefined && !isCredentialShaped(appSecret)) throw fail('appSecretStray');
  const scopeText = text(values, 'scope');
  const scope = scopeText === undefined ? undefined : scopeText.split(/[\s,]+/).filter((s) => s.length > 0);
  if (scope !== undefined && (scope.length === 0 || scope.some((s) => !isScopeName(s)))) throw fail('scopeInvalid');
  return {
    appKey,
    appSecret,
    appSecretOnCommandLine: text(values, 'app-secret') !== undefined,
    scope,
    apiUrl: httpUrl(text(values, 'api-url') ?? DEFAULT_API_URL, '--api-url'),
    authorizeUrl: httpUrl(text(values, 'authorize-url') ?? DEFAULT_AUTHORIZE_URL, '--authorize-url'),
  };
}

/** How the code arrives: `--code`, a loopback redirect, or pasted (the default). */
function readMode(values: Values, appSecret: string | undefined): BootstrapOptions['mode'] {
  const code = text(values, 'code');
  const redirect = text(values, 'redirect-uri');
  if (code !== undefined) {
    if (!isAuthorizationCodeShaped(code.trim())) throw fail('codeInvalid');
    if (appSecret === undefined) throw fail('codeNeedsSecret');
    if (redirect !== undefined) httpUrl(redirect, '--redirect-uri');
    return { kind: 'code', code: code.trim(), redirectUri: redirect };
  }
  if (redirect !== undefined) return parseRedirect(redirect);
  return { kind: 'paste' };
}

function readTimeoutSeconds(values: Values): number {
  const timeoutText = text(values, 'timeout') ?? '300';
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || timeoutSeconds < 1 || timeoutSeconds > 3600) throw fail('timeoutInvalid');
  return timeoutSeconds;
}

function readOrganizationTarget(values: Values, org: string): SecretTarget {
  if (text(values, 'repo') !== undefined || text(values, 'environment') !== undefined) throw fail('orgWithRepo');
  const visibility = text(values, 'visibility');
  if (visibility !== undefined && visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
    throw fail('visibilityInvalid');
  const selected = text(values, 'selected-repos');
  const selectedRepos = (selected ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (visibility === 'selected' && selectedRepos.length === 0) throw fail('selectedNeedsRepos');
  if (visibility !== 'selected' && selected !== undefined) throw fail('selectedReposWithoutSelected');
  for (const name of selectedRepos) parseRepoSlug(`${org}/${name}`, '--selected-repos');
  return { kind: 'organization', org: checkOrgName(org), visibility, selectedRepos };
}

/** Where the secrets go: an organization, a repository or one of its environments, or the origin remote's. */
function readTarget(values: Values): BootstrapOptions['target'] {
  const org = text(values, 'org');
  if (org !== undefined) return readOrganizationTarget(values, org);
  if (text(values, 'visibility') !== undefined || text(values, 'selected-repos') !== undefined)
    throw fail('visibilityWithoutOrg');
  const repo = text(values, 'repo');
  const environment = text(values, 'environment');
  if (repo !== undefined) {
    const slug = parseRepoSlug(repo);
    return environment === undefined
      ? { kind: 'repository', ...slug }
      : { kind: 'environment', ...slug, environment: checkEnvironmentName(environment) };
  }
  if (environment !== undefined) return { kind: 'git-remote', environment: checkEnvironmentName(environment) };
  return values['print-refresh-token'] === true ? undefined : { kind: 'git-remote' };
}

/** What is written besides the refresh token, and where: app credentials, Dependabot copies. */
function readStorage(values: Values, target: BootstrapOptions['target']) {
  const secretName = checkSecretName(text(values, 'secret-name') ?? STORED_NAMES.refreshToken);
  // --app-key-as-secret says how to store the app credentials, so it implies storing them.
  const appKeyAs = values['app-key-as-secret'] === true ? 'secret' : 'variable';
  const storeAppCredentials = values['store-app-credentials'] === true || appKeyAs === 'secret';
  if (storeAppCredentials && (secretName === STORED_NAMES.appKey || secretName === STORED_NAMES.appSecret))
    throw fail('secretNameCollides');
  const dependabot = values['dependabot'] === true;
  if (dependabot && target === undefined) throw fail('dependabotWithoutTarget');
  if (dependabot && (target?.kind === 'environment' || (target?.kind === 'git-remote' && target.environment)))
    throw fail('dependabotEnvironment');
  return { secretName, storeAppCredentials, appKeyAs, dependabot } as const;
}

/** `--broker-config` and the two flags that shape its stanza (which mean nothing without it). */
function readBroker(values: Values) {
  const brokerConfig = text(values, 'broker-config');
  const identity = text(values, 'broker-identity');
  const repo = text(values, 'broker-repo');
  for (const [flag, value] of [
    ['--broker-identity', identity],
    ['--broker-repo', repo],
  ] as const)
    if (value !== undefined && brokerConfig === undefined) throw fail('brokerFlagWithoutConfig', { flag });
  if (identity !== undefined && !BROKER_NAME.test(identity)) throw fail('brokerIdentityInvalid');
  return {
    brokerConfig,
    brokerIdentity: identity,
    brokerRepo: repo === undefined ? undefined : parseRepoSlug(repo, '--broker-repo'),
  };
}

/** Reads the command line: every value is checked here, before any request or browser. */
export function parseCommandLine(argv: string[], env: Record<string, string | undefined>): ParsedCommand {
  if (argv[0] === 'revoke') {
    const values = readValues(argv.slice(1), REVOKE_OPTIONS);
    if (values['help']) return { kind: 'help' };
    const { appKey, appSecret, apiUrl } = readDropboxApp(values, env);
    return { kind: 'revoke', options: { appKey, appSecret, apiUrl, yes: values['yes'] === true } };
  }
  const values = readValues(argv);
  if (values['help']) return { kind: 'help' };
  if (values['version']) return { kind: 'version' };
  const dropbox = readDropboxApp(values, env);
  const mode = readMode(values, dropbox.appSecret);
  const timeoutSeconds = readTimeoutSeconds(values);
  const target = readTarget(values);
  return {
    kind: 'run',
    options: {
      ...dropbox,
      mode,
      openBrowser: values['no-browser'] !== true,
      timeoutSeconds,
      target,
      ...readStorage(values, target),
      dryRun: values['dry-run'] === true,
      printRefreshToken: values['print-refresh-token'] === true,
      ...readBroker(values),
      yes: values['yes'] === true,
    },
  };
}
