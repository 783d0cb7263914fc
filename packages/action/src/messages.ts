import type { DropboxOAuthError, DropboxOAuthErrorCode } from '@dropbox-token/core';
import type { ProxyProblemKind } from '@dropbox-token/proxy-fetch/environment';
import { BROKER_ADVICE } from './broker-messages.js';

// Every message the step can print, as data: the README's troubleshooting table is checked
// against this file (apps/demo/test/readme.test.ts), and nothing else writes a message.

const BOOTSTRAP = '`npx @dropbox-token/bootstrap`';

/** Problems with the inputs, each `<what failed>. <what to do>`. None quotes an input's value. */
export const INPUT_PROBLEMS = {
  appKeyEmpty: 'The app-key input is empty. Set it to your Dropbox app key, e.g. app-key: ${{ vars.DROPBOX_APP_KEY }}.',
  appKeyStray:
    'The app-key input contains whitespace or control characters. Set it to the app key exactly as the Dropbox App Console shows it.',
  appSecretStray:
    'The app-secret input contains whitespace or control characters. Set it to the app secret exactly as the Dropbox App Console shows it.',
  refreshTokenEmpty:
    'The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). ' +
    `Create the secret with ${BOOTSTRAP} and pass it as refresh-token: \${{ secrets.DROPBOX_REFRESH_TOKEN }}.`,
  refreshTokenIsAccessToken: `The refresh-token input holds an access token, not a refresh token. Access tokens start with sl. and expire within hours; mint a refresh token with ${BOOTSTRAP}, which stores it in the secret for you.`,
  refreshTokenStray: `The refresh-token input contains whitespace, a line break or control characters. Store the refresh token again with ${BOOTSTRAP}.`,
  scopeInvalid:
    'The scope input has an invalid scope name. List Dropbox scopes separated by spaces, e.g. scope: files.content.write files.content.read.',
  exportEnvInvalid:
    'The export-env input is not a valid environment variable name. Use letters, digits and underscores, not starting with a digit, e.g. export-env: DROPBOX_ACCESS_TOKEN.',
  exportEnvReserved:
    'The export-env input names a variable the runner reserves or relies on. Choose another name, e.g. export-env: DROPBOX_ACCESS_TOKEN.',
  brokerUrlInvalid:
    'The broker-url input must be an https URL (plain http only for a loopback host), e.g. broker-url: https://dropbox-broker.example.workers.dev.',
  identityEmpty:
    'The identity input is empty, and broker-url needs it. Set it to the broker identity this job may use, e.g. identity: deploy-docs.',
  identityInvalid:
    'The identity input is not an identity name. Use letters, digits, dots, dashes and underscores, as in the broker configuration.',
  identityWithoutBroker: 'The identity input only applies with broker-url. Set broker-url too, or leave identity out.',
  brokerWithCredentials:
    'The broker-url input was set together with app-key, app-secret or refresh-token. With a broker the job holds no Dropbox credentials: leave those inputs out.',
  rcloneRemoteInvalid:
    'The rclone-remote input is not a name rclone can read from environment variables. Use letters, digits and underscores, not starting with a digit, e.g. rclone-remote: dropbox.',
  verifyInvalid:
    'The verify input must be true or false. Set verify: true to check the new token with users/get_current_account.',
  apiUrlNotAbsolute:
    'The api-url input is not an absolute URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
  apiUrlNotHttps:
    'The api-url input must be an https URL: plain http would send the refresh token in clear text (it is allowed only for a loopback host such as 127.0.0.1). Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
  timeoutInvalid:
    'The timeout-seconds input must be a number of seconds from 1 to 3600. Leave it unset for the default of 60.',
} as const;

export type InputProblem = keyof typeof INPUT_PROBLEMS;

/** Proxy variables the step cannot use, named by the variable: its value may hold a password. */
export const PROXY_PROBLEMS: Record<ProxyProblemKind, (variable: string) => string> = {
  not_a_url: (variable) =>
    `Proxy variable ${variable} is not a URL. Set it to http://host:port (with user:password@ before the host if the proxy needs them), or unset it.`,
  unsupported_scheme: (variable) =>
    `Proxy variable ${variable} is not an http:// or https:// proxy (SOCKS proxies are not supported). Set an HTTP proxy, or unset it.`,
  bad_escape: (variable) =>
    `Proxy variable ${variable} has a % in its user name or password that is not followed by two hex digits. Percent-encode them (a % is %25, an @ is %40), or unset it.`,
};

interface Advice {
  /** What failed: the start of the message, before the server's detail in parentheses. */
  what: string;
  /** What to do, given the error's fields (never its message) and what the refresh-token input looks like. */
  fix: (error: DropboxOAuthError, elapsedMs: number, looksLike: CredentialKind | undefined) => string;
}

/** A guess at what the refresh-token input holds, from its shape alone (the core's guessCredentialKind). */
export type CredentialKind = 'access-token' | 'refresh-token' | 'authorization-code';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The one advice table of the action, keyed by what failed. */
export const FAILURE_ADVICE = {
  revoked: {
    what: 'Dropbox refused the refresh token: it is invalid or revoked',
    fix: (_error, _elapsedMs, looksLike) =>
      `${looksLike === 'authorization-code' ? 'It is shorter than the refresh tokens Dropbox issues and looks like an authorization code, which is single-use and expires within minutes. ' : ''}Mint a new one with ${BOOTSTRAP} and update the secret passed as refresh-token.`,
  },
  appCredentials: {
    what: 'Dropbox refused the app credentials',
    fix: () => 'Check the app-key and app-secret inputs against the Dropbox App Console.',
  },
  secretRequired: {
    what: 'Dropbox needs the app secret for this refresh token',
    fix: () =>
      'It was not minted with PKCE: set the app-secret input, e.g. app-secret: ${{ secrets.DROPBOX_APP_SECRET }}, or mint a PKCE token with the bootstrap.',
  },
  tokenRequest: {
    what: 'Dropbox rejected the token request',
    fix: () => 'Check the app-key, app-secret and scope inputs.',
  },
  scope: {
    what: 'Dropbox refused the requested scope',
    fix: () => 'Ask only for scopes this refresh token was granted, or remove the scope input.',
  },
  unavailable: {
    what: 'Dropbox is unavailable',
    fix: (error, elapsedMs) =>
      `Gave up after ${plural(error.attempts, 'attempt')} in ${(elapsedMs / 1000).toFixed(1)} s. ` +
      `Re-run the job later, check status.dropbox.com, or raise timeout-seconds${error.code === 'network' ? '; on a self-hosted runner check HTTPS_PROXY and NO_PROXY' : ''}.`,
  },
  unusableAnswer: {
    what: "Dropbox's answer could not be used",
    fix: () => 'Check the api-url input points at Dropbox or a proxy that passes answers through.',
  },
  verification: {
    what: 'The new access token failed verification',
    fix: (error) =>
      error.code === 'missing_scope'
        ? `Enable ${error.requiredScope ?? 'account_info.read'} for the app in the Dropbox App Console and mint a new refresh token, or set verify: false.`
        : 'Check the api-url input, or set verify: false.',
  },
  unexpected: {
    what: 'The step failed unexpectedly',
    fix: () => "Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker.",
  },
} satisfies Record<string, Advice>;

export type FailureKind = keyof typeof FAILURE_ADVICE;

/** Which advice a refresh failure gets, for every code the core defines (the compiler checks it is complete). */
export const ADVICE_FOR_CODE: Record<DropboxOAuthErrorCode, FailureKind> = {
  invalid_grant: 'revoked',
  invalid_client: 'appCredentials',
  client_secret_required: 'secretRequired',
  invalid_request: 'tokenRequest',
  unauthorized_client: 'tokenRequest',
  unsupported_grant_type: 'tokenRequest',
  invalid_scope: 'scope',
  network: 'unavailable',
  timeout: 'unavailable',
  server_error: 'unavailable',
  rate_limited: 'unavailable',
  invalid_response: 'unusableAnswer',
  http_error: 'unusableAnswer',
  bad_request: 'unusableAnswer',
  // Codes a refresh never produces: a bug if they reach the step.
  access_denied: 'unexpected',
  expired_access_token: 'unexpected',
  invalid_access_token: 'unexpected',
  missing_scope: 'unexpected',
  user_suspended: 'unexpected',
  route_access_denied: 'unexpected',
  team_token_on_user_route: 'unexpected',
  user_token_on_team_route: 'unexpected',
  invalid_path_root: 'unexpected',
  aborted: 'unexpected',
  invalid_options: 'unexpected',
};

/**
 * How each message starts, for the docs check: the README's troubleshooting table lists exactly these.
 * (Only tests call it: it reads the keyless catalog too, which the step loads only in that mode.)
 */
export function messageStarts(): string[] {
  const inputs = [
    ...Object.values(INPUT_PROBLEMS),
    ...Object.values(PROXY_PROBLEMS).map((message) => message('HTTPS_PROXY')),
  ].map((text) => text.split(/[.:]/)[0]!);
  const failures = [...Object.values(FAILURE_ADVICE), ...Object.values(BROKER_ADVICE)].map((advice) => advice.what);
  return [...new Set([...inputs, ...failures])];
}
