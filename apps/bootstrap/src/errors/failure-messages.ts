import { RUN_AGAIN, failure, none, usage } from './message-spec.js';

/** Once the command runs: GitHub, the broker stanza, the browser and the pasted code, Dropbox, revoke (failures exit 1). */
export const FAILURE_MESSAGES = {
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
    fix: () =>
      'Check the network, HTTPS_PROXY and NO_PROXY if you are behind a proxy, and GITHUB_API_URL (for GitHub Enterprise Server), then run again.',
    sample: { action: '...', detail: '' },
  }),
  gitHubTimeout: failure<{ action: string; seconds: number | string }>({
    reason: (p) => `GitHub did not answer within ${p.seconds} s while ${p.action}, three times.`,
    fix: () =>
      'Check the network, HTTPS_PROXY and NO_PROXY if you are behind a proxy, and GITHUB_API_URL (for GitHub Enterprise Server), then run again.',
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
