import type { DropboxOAuthErrorCode } from '@dropbox-token/core';

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
