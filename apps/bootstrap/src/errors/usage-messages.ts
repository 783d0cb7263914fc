import { none, usage } from './message-spec.js';

/** The command line's messages (exit 2): nothing was attempted yet. */
export const USAGE_MESSAGES = {
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
};
