import type { DropboxOAuthErrorCode } from '@dropbox-token/core';
import { BootstrapError } from './bootstrap-error.js';

// Every `error:` and `fix:` the CLI can print, as data. The README's troubleshooting table is
// checked against `sample` renderings of this catalog (test/readme-troubleshooting.test.ts).

type Params = Record<string, string | number>;

interface MessageSpec<P extends Params> {
  /** 2 for usage errors (nothing was attempted), 1 for failures. */
  exit: 1 | 2;
  reason: (params: P) => string;
  fix: (params: P) => string;
  /** Parameters for the docs check, as the README writes them (e.g. `N`, `...`). */
  sample: P;
}

function usage<P extends Params = Record<never, never>>(spec: Omit<MessageSpec<P>, 'exit'>): MessageSpec<P> {
  return { exit: 2, ...spec };
}
function failure<P extends Params = Record<never, never>>(spec: Omit<MessageSpec<P>, 'exit'>): MessageSpec<P> {
  return { exit: 1, ...spec };
}

const none = {} as Record<never, never>;
const RUN_AGAIN = 'Run the command again';

export const MESSAGES = {
  // The command line (exit 2).
  badOption: usage<{ problem: string; fix: string }>({
    reason: (p) => p.problem,
    fix: (p) => p.fix,
    sample: { problem: 'Unknown option --x.', fix: 'See --help for the options.' },
  }),
  appKeyMissing: usage({
    reason: () => 'The Dropbox app key is missing.',
    fix: () => 'Pass --app-key KEY or set DROPBOX_APP_KEY (App Console → your app → Settings → App key).',
    sample: none,
  }),
  appSecretStray: usage({
    reason: () => 'The app secret contains whitespace or control characters.',
    fix: () => 'Copy the app secret again from the App Console.',
    sample: none,
  }),
  gitHubTokenStray: usage<{ variable: string }>({
    reason: (p) => `${p.variable} contains whitespace or control characters.`,
    fix: (p) => `Set ${p.variable} to the token alone, e.g. GH_TOKEN=$(gh auth token).`,
    sample: { variable: 'GH_TOKEN' },
  }),
  // A proxy variable is named, never shown: its value may hold a password.
  proxyNotUrl: usage<{ variable: string }>({
    reason: (p) => `Proxy variable ${p.variable} is not a URL.`,
    fix: (p) =>
      `Set ${p.variable} to http://host:port (with user:password@ before the host if the proxy needs them), or unset it.`,
    sample: { variable: 'HTTPS_PROXY' },
  }),
  proxySchemeUnsupported: usage<{ variable: string }>({
    reason: (p) =>
      `Proxy variable ${p.variable} is not an http:// or https:// proxy (SOCKS proxies are not supported).`,
    fix: (p) => `Set ${p.variable} to an HTTP proxy, e.g. http://host:port, or unset it.`,
    sample: { variable: 'HTTPS_PROXY' },
  }),
  proxyBadEscape: usage<{ variable: string }>({
    reason: (p) =>
      `Proxy variable ${p.variable} has a % in its user name or password that is not followed by two hex digits.`,
    fix: (p) => `Percent-encode the user name and password in ${p.variable} (a % is %25, an @ is %40), or unset it.`,
    sample: { variable: 'HTTPS_PROXY' },
  }),
  scopeInvalid: usage({
    reason: () => '--scope must list Dropbox scopes separated by spaces.',
    fix: () => 'For example --scope "files.content.write files.content.read account_info.read".',
    sample: none,
  }),
  codeInvalid: usage({
    reason: () => '--code is empty or has characters an authorization code never has.',
    fix: () => 'Copy the code again from the Dropbox page.',
    sample: none,
  }),
  codeNeedsSecret: usage({
    reason: () => '--code needs the app secret: a code obtained elsewhere was not issued with our PKCE verifier.',
    fix: () => 'Pass --app-secret (or DROPBOX_APP_SECRET), or leave --code out to authorize here with PKCE.',
    sample: none,
  }),
  urlInvalid: usage<{ flag: string }>({
    reason: (p) =>
      `${p.flag} must be an absolute https URL (plain http only to a loopback host: it would carry tokens in clear text).`,
    fix: (p) => `Pass ${p.flag} like https://api.dropboxapi.com, or leave it out.`,
    sample: { flag: '--api-url' },
  }),
  gitHubApiUrlInvalid: usage({
    reason: () =>
      'GITHUB_API_URL must be an absolute https URL (plain http only to a loopback host: it would carry the GitHub token in clear text).',
    fix: () => 'Set it like https://ghe.example.com/api/v3, or unset it for github.com.',
    sample: none,
  }),
  redirectNotUrl: usage({
    reason: () => '--redirect-uri is not an absolute URL.',
    fix: () => 'Pass it exactly as registered in the App Console, e.g. http://127.0.0.1:53682/callback.',
    sample: none,
  }),
  redirectNotLoopback: usage({
    reason: () =>
      '--redirect-uri must be http://127.0.0.1:PORT/PATH or http://localhost:PORT/PATH (an explicit port, no query), or an https address of your website (no fragment).',
    fix: () =>
      'Pass a redirect URI exactly as registered under OAuth 2 → Redirect URIs in the App Console; or leave --redirect-uri out to paste the code.',
    sample: none,
  }),
  timeoutInvalid: usage({
    reason: () => '--timeout must be a whole number of seconds from 1 to 3600.',
    fix: () => 'For example --timeout 120; the default is 300.',
    sample: none,
  }),
  orgWithRepo: usage({
    reason: () => '--org cannot be combined with --repo or --environment.',
    fix: () => 'Choose one target: a repository, one of its environments, or an organization.',
    sample: none,
  }),
  visibilityInvalid: usage({
    reason: () => '--visibility must be all, private or selected.',
    fix: () => 'For example --org octo-org --visibility selected --selected-repos website,docs.',
    sample: none,
  }),
  dependabotEnvironment: usage({
    reason: () => '--dependabot writes to a repository or an organization: Dependabot secrets have no environments.',
    fix: () => 'Leave out --environment to write the Dependabot copies to the repository, or leave out --dependabot.',
    sample: none,
  }),
  dependabotWithoutTarget: usage({
    reason: () => '--dependabot needs somewhere to store: it cannot be used with --print-refresh-token alone.',
    fix: () => 'Add --repo OWNER/NAME or --org NAME, or leave out --dependabot.',
    sample: none,
  }),
  selectedNeedsRepos: usage({
    reason: () => '--visibility selected needs --selected-repos.',
    fix: () => 'List the repositories that may use the secret, e.g. --selected-repos website,docs.',
    sample: none,
  }),
  selectedReposWithoutSelected: usage({
    reason: () => '--selected-repos only works with --visibility selected.',
    fix: () => 'Add --visibility selected, or drop --selected-repos.',
    sample: none,
  }),
  visibilityWithoutOrg: usage({
    reason: () => '--visibility and --selected-repos only apply to --org.',
    fix: () => 'Add --org NAME, or drop them.',
    sample: none,
  }),
  secretNameCollides: usage({
    reason: () => '--secret-name collides with the app credential secrets.',
    fix: () => 'Choose another name, e.g. DROPBOX_REFRESH_TOKEN.',
    sample: none,
  }),
  repoSlugInvalid: usage<{ flag: string }>({
    reason: (p) => `${p.flag} must be owner/name, e.g. octo-org/website.`,
    fix: (p) => `Pass ${p.flag} OWNER/REPO with the repository's exact owner and name.`,
    sample: { flag: '--repo' },
  }),
  environmentInvalid: usage({
    reason: () => '--environment must be a non-empty environment name without control characters.',
    fix: () => 'Pass the environment name as shown under Settings → Environments.',
    sample: none,
  }),
  orgInvalid: usage({
    reason: () => '--org must be an organization login, e.g. octo-org.',
    fix: () => 'Pass --org with the organization name as it appears in its URL.',
    sample: none,
  }),
  secretNameInvalid: usage<{ flag: string; name: string }>({
    reason: (p) => `${p.flag} "${p.name}" is not a valid GitHub secret name.`,
    fix: () => 'Use letters, digits and underscores, not starting with a digit or GITHUB_, e.g. DROPBOX_REFRESH_TOKEN.',
    sample: { flag: '--secret-name', name: '...' },
  }),
  noGitHubToken: usage({
    reason: () => 'No GitHub token: set GH_TOKEN (or GITHUB_TOKEN), or log in with `gh auth login`.',
    fix: () =>
      'Use a fine-grained token with "Secrets: write" on the repository (organization secrets: the "Secrets" organization permission).',
    sample: none,
  }),
  remoteOnOtherHost: usage<{ remoteHost: string; gitHubHost: string }>({
    reason: (p) =>
      `The origin remote is on ${p.remoteHost}, not on ${p.gitHubHost} where the GitHub token and GITHUB_API_URL point.`,
    fix: (p) =>
      `Pass --repo OWNER/NAME for the repository on ${p.gitHubHost}, or set GITHUB_API_URL for ${p.remoteHost}.`,
    sample: { remoteHost: 'gitlab.com', gitHubHost: 'github.com' },
  }),
  noRepository: usage({
    reason: () =>
      'Could not tell which repository to store the secret in: this is not a git checkout with a GitHub origin remote.',
    fix: () => 'Pass --repo OWNER/NAME (or --org NAME --visibility ...).',
    sample: none,
  }),

  // GitHub (exit 1).
  gitHubUnauthorized: failure<{ action: string }>({
    reason: (p) => `GitHub rejected the token while ${p.action} (401 Bad credentials).`,
    fix: () => 'Set GH_TOKEN to a valid token (or run `gh auth login`), then run again.',
    sample: { action: '...' },
  }),
  gitHubForbidden: failure<{ action: string; where: string; fix: string }>({
    reason: (p) => `GitHub refused ${p.action} for the ${p.where} (403): the token lacks a permission.`,
    fix: (p) => p.fix,
    sample: { action: '...', where: '...', fix: 'Use a token that may write secrets.' },
  }),
  gitHubNotFound: failure<{ where: string; fix: string }>({
    reason: (p) => `GitHub found no ${p.where}, or the token cannot see it (404).`,
    fix: (p) => p.fix,
    sample: { where: '...', fix: 'Check --repo.' },
  }),
  gitHubRequestFailed: failure<{ action: string; detail: string }>({
    reason: (p) => `GitHub request failed while ${p.action}${p.detail}.`,
    fix: () => 'Check the network and GITHUB_API_URL (for GitHub Enterprise Server), then run again.',
    sample: { action: '...', detail: '' },
  }),
  gitHubTimeout: failure<{ action: string; seconds: number | string }>({
    reason: (p) => `GitHub did not answer within ${p.seconds} s while ${p.action}, three times.`,
    fix: () => 'Check the network and GITHUB_API_URL (for GitHub Enterprise Server), then run again.',
    sample: { action: '...', seconds: 'N' },
  }),
  brokerConfigExists: usage<{ path: string }>({
    reason: (p) => `--broker-config names a file that exists already (${p.path}); nothing was done.`,
    fix: () => 'Name a new file, then merge its account and identity into your broker.yaml.',
    sample: { path: '...' },
  }),
  brokerConfigFolderMissing: usage<{ path: string }>({
    reason: (p) => `--broker-config names a file in a folder that does not exist (${p.path}); nothing was done.`,
    fix: () => 'Create the folder first, or name a file in an existing one.',
    sample: { path: '...' },
  }),
  brokerFlagWithoutConfig: usage<{ flag: string }>({
    reason: (p) => `${p.flag} only applies with --broker-config.`,
    fix: (p) => `Add --broker-config FILE, or leave ${p.flag} out.`,
    sample: { flag: '--broker-identity' },
  }),
  brokerIdentityInvalid: usage({
    reason: () =>
      '--broker-identity must be a name of letters, digits, ".", "_" or "-" (at most 64), e.g. deploy-docs.',
    fix: () => 'Pass --broker-identity with the name the workflow will ask the broker for.',
    sample: none,
  }),
  brokerConfigNoRepository: usage({
    reason: () =>
      '--broker-config needs the repository its policy allows: there is no --repo, --broker-repo or GitHub origin remote.',
    fix: () => 'Pass --broker-repo OWNER/NAME (the repository whose workflows will ask the broker).',
    sample: none,
  }),
  brokerConfigNeedsGitHub: usage({
    reason: () => "--broker-config reads the repository's IDs from GitHub, and no GitHub token was found.",
    fix: () =>
      'Set GH_TOKEN (or GITHUB_TOKEN), or log in with `gh auth login`; reading a repository needs no write permission.',
    sample: none,
  }),
  brokerConfigWriteFailed: failure<{ path: string; code: string }>({
    reason: (p) => `Could not write the broker configuration to ${p.path} (${p.code}).`,
    fix: () =>
      'Name a new file in a folder you can write to, then run again; the new refresh token was revoked and nothing was stored.',
    sample: { path: '...', code: 'EEXIST' },
  }),
  orgNeedsVisibility: failure<{ name: string; org: string }>({
    reason: (p) =>
      `${p.name} does not exist in the organization ${p.org} yet, so it needs a visibility; nothing was written.`,
    fix: () =>
      'Pass --visibility all, private or selected (with --selected-repos A,B). An existing organization secret keeps its own when --visibility is left out.',
    sample: { name: 'DROPBOX_REFRESH_TOKEN', org: '...' },
  }),
  gitHubTokenScopes: failure<{ scope: string; where: string }>({
    reason: (p) => `The GitHub token lacks the ${p.scope} scope that writing secrets of the ${p.where} needs.`,
    fix: (p) =>
      `Add the ${p.scope} scope to the classic token (or use a fine-grained token with "Secrets: write"), then run again.`,
    sample: { scope: 'repo', where: '...' },
  }),
  sealedValueRefused: failure<{ name: string }>({
    reason: (p) => `GitHub refused the sealed value of ${p.name} twice (422), even with a freshly fetched key.`,
    fix: () => 'Run again; if it persists, check GITHUB_API_URL points at the GitHub instance that holds the target.',
    sample: { name: 'DROPBOX_REFRESH_TOKEN' },
  }),

  // The browser and the pasted code (exit 1).
  portInUse: failure<{ port: number | string }>({
    reason: (p) => `Port ${p.port} of the redirect URI is in use, so the answer from Dropbox cannot be received.`,
    fix: () => 'Stop the program using that port, or register and pass another loopback redirect URI.',
    sample: { port: 'N' },
  }),
  cannotListen: failure<{ port: number | string; reason: string }>({
    reason: (p) => `Could not listen on 127.0.0.1:${p.port} (${p.reason}).`,
    fix: () => 'Stop the program using that port, or register and pass another loopback redirect URI.',
    sample: { port: 'N', reason: '...' },
  }),
  browserTimeout: failure<{ seconds: number | string }>({
    reason: (p) => `No answer from the browser within ${p.seconds} s.`,
    fix: () => `${RUN_AGAIN}, open the printed URL and click Allow; raise --timeout if you need longer.`,
    sample: { seconds: 'N' },
  }),
  loopbackNeedsTerminal: usage({
    reason: () =>
      '--redirect-uri on loopback needs someone to confirm the linked Dropbox account, and there is no terminal: the code comes back through a local web server, where another program could deliver its own.',
    fix: () =>
      'Run it in a terminal, paste the code instead (leave out --redirect-uri), or pass --yes to store without confirming.',
    sample: none,
  }),
  startLinkReused: failure({
    reason: () =>
      'The sign-in link was opened twice: another program on this machine may have used it; nothing was stored.',
    fix: () => `${RUN_AGAIN}, and open the link only in your browser.`,
    sample: none,
  }),
  accessDeclined: failure({
    reason: () => 'You declined access on the Dropbox page; nothing was stored.',
    fix: () => `${RUN_AGAIN} and click Allow.`,
    sample: none,
  }),
  authorizeError: failure<{ error: string }>({
    reason: (p) => `Dropbox answered the authorization with an error (${p.error}); nothing was stored.`,
    fix: () => 'Check the app settings in the App Console and run again.',
    sample: { error: '...' },
  }),
  callbackNoCode: failure({
    reason: () => 'The browser callback had no authorization code.',
    fix: () => `${RUN_AGAIN}.`,
    sample: none,
  }),
  nothingPasted: failure({
    reason: () => 'No code was pasted.',
    fix: () => 'Run again, approve in the browser, and paste the code Dropbox shows.',
    sample: none,
  }),
  pastedUrlUnreadable: failure({
    reason: () => 'The pasted text looks like a URL but cannot be read.',
    fix: () => 'Paste the whole address from the browser, or just the code.',
    sample: none,
  }),
  pastedUrlWrongState: failure({
    reason: () => 'The pasted URL belongs to a different authorization (its state does not match this one).',
    fix: () => 'Open the URL printed by this run, approve, and paste the address you land on.',
    sample: none,
  }),
  pastedUrlNoCode: failure({
    reason: () => 'The pasted URL has no authorization code.',
    fix: () => 'Paste the address you land on after clicking Allow.',
    sample: none,
  }),
  pastedAccessToken: failure({
    reason: () => 'The pasted text is an access token, not an authorization code.',
    fix: () => 'Paste the code Dropbox shows after Allow (or the whole address), not a token from the App Console.',
    sample: none,
  }),
  pastedBareCode: failure({
    reason: () => 'With an https redirect URI, paste the whole address the browser landed on, not just the code.',
    fix: () => 'Copy the address bar after Allow (it holds code= and state=), so its state can be checked.',
    sample: none,
  }),
  pastedUrlElsewhere: failure({
    reason: () => 'The pasted address is not at the --redirect-uri this run sent to Dropbox.',
    fix: () => 'Copy the address the browser landed on after Allow, then paste it whole.',
    sample: none,
  }),
  pastedTextNotCode: failure({
    reason: () => 'The pasted text is not an authorization code.',
    fix: () => 'Copy the code from the Dropbox page again (it has letters, digits, - and _ only).',
    sample: none,
  }),
  stdinEnded: failure({
    reason: () => 'Standard input ended before a code was pasted.',
    fix: () => 'Paste the code and press Enter, or pipe it: echo CODE | dropbox-token-bootstrap ...',
    sample: none,
  }),
  interrupted: failure({
    reason: () => 'Interrupted.',
    fix: () => `${RUN_AGAIN} when ready.`,
    sample: none,
  }),

  // Dropbox (exit 1): the fix comes from DROPBOX_ADVICE, by the error's code.
  exchangeFailed: failure<{ detail: string; advice: string }>({
    reason: (p) => `The code exchange failed: ${p.detail}.`,
    fix: (p) => p.advice,
    sample: { detail: '...', advice: 'Run again.' },
  }),
  verifyFailed: failure<{ detail: string; advice: string }>({
    reason: (p) => `Verifying the new refresh token failed: ${p.detail}. Nothing was stored.`,
    fix: (p) => p.advice,
    sample: { detail: '...', advice: 'Enable the scope, then run again.' },
  }),
  scopesNotGranted: failure<{ missing: string }>({
    reason: (p) => `Dropbox granted fewer scopes than asked for (missing: ${p.missing}); nothing was stored.`,
    fix: () => "Enable those scopes under the app's Permissions tab, then run again and allow them.",
    sample: { missing: 'files.content.write' },
  }),
  notConfirmed: failure({
    reason: () => 'You did not confirm the linked account; nothing was stored.',
    fix: () => 'Run again and sign in to Dropbox as the account the workflow should use.',
    sample: none,
  }),
  noRefreshToken: failure({
    reason: () => 'Dropbox returned no refresh token.',
    fix: () => 'This happens when token_access_type=offline was not used: authorize again with this command.',
    sample: none,
  }),
  // dropbox-token-bootstrap revoke
  revokeNoToken: failure({
    reason: () => 'No refresh token was given on standard input; nothing was revoked.',
    fix: () =>
      'Run it on a terminal to paste the token at a hidden prompt, or pipe it in, e.g. pbpaste | dropbox-token-bootstrap revoke --app-key KEY.',
    sample: none,
  }),
  revokeTokenStray: failure({
    reason: () => 'The token given contains whitespace or control characters; nothing was revoked.',
    fix: () => 'Give the token alone, on one line.',
    sample: none,
  }),
  revokeNotConfirmed: failure({
    reason: () => 'You did not confirm; nothing was revoked.',
    fix: () => 'Run again and answer y, or pass --yes.',
    sample: none,
  }),
  revokeTokenRefused: failure({
    reason: () =>
      'Dropbox does not accept this refresh token (invalid_grant): it is already revoked, or not the whole token.',
    fix: () =>
      'A revoked token can no longer be used. If you meant another one, copy it whole and run again (with --app-secret if it was minted with the secret).',
    sample: none,
  }),
  revokeFailed: failure<{ detail: string; advice: string }>({
    reason: (p) => `Revoking failed: ${p.detail}; it may still work.`,
    fix: (p) => p.advice,
    sample: { detail: '...', advice: 'Run again.' },
  }),
  unexpected: failure<{ step: string; name: string }>({
    reason: (p) => `${p.step} failed unexpectedly (${p.name}).`,
    fix: () => 'Run again; if it persists, report it with the command you ran (not its secrets).',
    sample: { step: 'The bootstrap', name: '...' },
  }),
};

export type MessageId = keyof typeof MESSAGES;
type ParamsOf<K extends MessageId> = Parameters<(typeof MESSAGES)[K]['reason']>[0];

/** The error for a catalog entry: its reason, its fix and its exit code. */
export function fail<K extends MessageId>(
  id: K,
  ...params: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]
): BootstrapError {
  const spec = MESSAGES[id] as MessageSpec<Params>;
  const values = (params[0] ?? {}) as Params;
  return new BootstrapError(id, spec.reason(values), spec.fix(values), spec.exit);
}

/** Added to an exchange Dropbox refused when the pasted value is longer than its codes: a guess that explains, never one that blocks. */
export const LOOKS_LIKE_REFRESH_TOKEN =
  'The pasted text is longer than the codes Dropbox issues and looks like a refresh token: paste the code Dropbox shows after Allow (or the whole address). A refresh token you already have can go straight into the secret (gh secret set DROPBOX_REFRESH_TOKEN).';

/** The CLI's advice for each Dropbox error code (the core's own hints stay neutral). */
export const DROPBOX_ADVICE: Record<DropboxOAuthErrorCode, string> = {
  invalid_grant:
    'Codes are single-use and expire within minutes, and the redirect URI must match the registered one exactly: run again.',
  invalid_client: 'Check the app key and app secret in the App Console (Settings).',
  client_secret_required:
    'This app needs its secret for this code: pass --app-secret, or authorize with PKCE (leave out --code).',
  invalid_request: 'Check the app key, the redirect URI and --scope against the App Console, then run again.',
  invalid_scope: "Ask only for scopes enabled under the app's Permissions tab, then run again.",
  unauthorized_client: 'Enable the app for this grant in the App Console, then run again.',
  unsupported_grant_type: 'Check --api-url points at Dropbox.',
  access_denied: 'Run again and click Allow.',
  expired_access_token: 'Run again.',
  invalid_access_token: 'Run again; if it persists, check that the app was not unlinked under Connected apps.',
  missing_scope:
    "Enable the scope named above (account_info.read; team_info.read for an app with team scopes) under the app's Permissions tab, then run again.",
  team_token_on_user_route:
    'The token is for a whole Dropbox team: run again; if it persists, report it with the command you ran (not its secrets).',
  user_token_on_team_route:
    'Dropbox linked one account, not the team: give the app its team scopes and run again as a team admin.',
  invalid_path_root: 'Run again; if it persists, report it with the command you ran (not its secrets).',
  user_suspended: 'The Dropbox account is suspended: sign in at dropbox.com to see why.',
  route_access_denied: 'The app may not call this route: check its access type in the App Console.',
  network: 'Check the network, HTTPS_PROXY/NO_PROXY and --api-url, then run again.',
  timeout: 'Dropbox did not answer in time: run again later.',
  aborted: 'Run again when ready.',
  rate_limited: 'Dropbox asked us to slow down: wait a minute and run again.',
  server_error: 'Dropbox had a problem: run again in a few minutes (status.dropbox.com).',
  invalid_response: 'Check --api-url points at Dropbox (not a proxy page or a portal).',
  bad_request: 'Check --api-url points at Dropbox.',
  http_error: 'Check --api-url points at Dropbox.',
  invalid_options: 'Run again; if it persists, report it with the command you ran (not its secrets).',
};

/** Every message rendered with its sample parameters, as the README lists them. */
export function sampleMessages(): { id: MessageId; reason: string }[] {
  return (Object.keys(MESSAGES) as MessageId[]).map((id) => {
    const spec = MESSAGES[id] as MessageSpec<Params>;
    return { id, reason: spec.reason(spec.sample) };
  });
}
