import type { InputName } from './inputs.js';
import type { OutputName } from './main.js';

// action.yml's descriptions of the inputs and outputs, checked against it by a test. Kept out of
// the tables the step runs from: nothing at run time reads them, and every run would compile them.

export const INPUT_DESCRIPTIONS: Record<InputName, string> = {
  'app-key':
    'The Dropbox app key (client ID), e.g. `${{ vars.DROPBOX_APP_KEY }}` (the bootstrap stores it as a variable: it is not a secret). Required unless `broker-url` is set.',
  'app-secret':
    "The Dropbox app secret. Omit it when the refresh token was issued with PKCE (the bootstrap's default).",
  'refresh-token':
    'The long-lived refresh token, e.g. `${{ secrets.DROPBOX_REFRESH_TOKEN }}`. Mint it once with `npx @dropbox-token/bootstrap`. Required unless `broker-url` is set.',
  scope: 'Space-separated scopes to ask for a narrower token (a subset of those granted to the refresh token).',
  'export-env':
    'Also export the masked token to this environment variable for later steps, e.g. `DROPBOX_ACCESS_TOKEN`.',
  verify:
    'Check the new token works (`users/get_current_account`, or the team routes for a team token) and output whose it is: `account-id`, `team-id`, `team-member-id`, `root-namespace-id`, `path-root`.',
  'rclone-remote':
    'Also export the token as this rclone remote (`RCLONE_CONFIG_<NAME>_TYPE` and `_TOKEN`, masked), so `rclone copy dist NAME:/builds` works with no config file.',
  'broker-url':
    "Keyless mode: the URL of a dropbox-token broker that trades this job's OIDC token for an access token (the job needs `permissions: id-token: write`). Then no `app-key` or `refresh-token`.",
  identity: 'With `broker-url`: the broker identity (trust policy) to ask for, e.g. `deploy-docs`.',
  'api-url': 'Base URL of the Dropbox API, for proxies, regional endpoints and the local emulator.',
  'timeout-seconds': 'Bound on the whole step, retries included, in seconds.',
};

export const OUTPUT_DESCRIPTIONS: Record<OutputName, string> = {
  'access-token': 'The short-lived access token (masked in logs).',
  'expires-in': 'Seconds until the access token expires (typically 14400).',
  'expires-at': 'When the access token expires, ISO 8601 in UTC.',
  scope: 'Space-separated scopes of the token, when Dropbox lists them or when narrowed with `scope`.',
  'token-type': 'The token type, `bearer`.',
  'account-id': 'The Dropbox account ID of a user token, also for a team member (only with `verify`).',
  'team-id': 'The Dropbox team ID: of a team token, or of the team a member belongs to (only with `verify`).',
  'team-member-id':
    'For a team token, the admin who authorized it (for `Dropbox-API-Select-Admin`); for a team member, their own member ID (only with `verify`).',
  'root-namespace-id':
    "The namespace a user token's paths start from: the team space for a team member (only with `verify`).",
  'path-root':
    'For a team member, the `Dropbox-API-Path-Root` header value that makes later calls see the team space; empty otherwise (only with `verify`).',
};
