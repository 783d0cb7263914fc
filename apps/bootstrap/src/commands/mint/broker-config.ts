import { STORED_NAMES } from '../../names.js';
import { lstatSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BootstrapOptions } from '../../args.js';
import { gitHubFailure } from '../../github/errors.js';
import { readRepositoryIds } from '../../github/organization.js';
import type { GitHubRequester } from '../../github/request.js';
import type { SecretTarget } from '../../github/target.js';
import { fail } from '../../errors/catalog.js';

/** The broker's names: letters, digits, `.`, `_`, `-`, at most 64 (the broker's config rule). */
export const BROKER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Events a stanza allows: a push and a manual run; every other event must be listed by the operator. */
const STANZA_EVENTS = ['push', 'workflow_dispatch'];

/** What the stanza names, settled before the browser opens: the identity, its variable, and the repository with its IDs. */
export interface BrokerStanza {
  file: string;
  identity: string;
  refreshTokenEnv: string;
  appSecretEnv: string | undefined;
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
}

/** `DROPBOX_REFRESH_TOKEN_<IDENTITY>`: each identity its own refresh token, so no identity can revoke another's. */
export const envNameFor = (prefix: string, identity: string) =>
  `${prefix}_${identity.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/** The file must be new (a dangling symlink counts as existing: lstat, not exists) in a folder that exists. */
function checkBrokerConfigPath(file: string): void {
  try {
    lstatSync(file);
    throw fail('brokerConfigExists', { path: file });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let folder: ReturnType<typeof statSync> | undefined;
  try {
    folder = statSync(dirname(resolve(file)));
  } catch {
    folder = undefined;
  }
  if (!folder?.isDirectory()) throw fail('brokerConfigFolderMissing', { path: file });
}

/** The repository the policy allows: --broker-repo, else the target's repository, else the origin remote's. */
function policyRepository(
  options: BootstrapOptions,
  target: SecretTarget | undefined,
  remote: { owner: string; repo: string } | undefined,
): { owner: string; repo: string } {
  if (options.brokerRepo !== undefined) return options.brokerRepo;
  if (target !== undefined && target.kind !== 'organization') return { owner: target.owner, repo: target.repo };
  if (remote !== undefined) return remote;
  throw fail('brokerConfigNoRepository');
}

/**
 * Step 1 for `--broker-config`: the file can be written, the repository is known and its IDs are
 * read from GitHub (a policy pins IDs: names can be registered again by someone else).
 */
export async function prepareBrokerStanza(
  options: BootstrapOptions,
  target: SecretTarget | undefined,
  remote: { owner: string; repo: string } | undefined,
  github: GitHubRequester | undefined,
): Promise<BrokerStanza | undefined> {
  const file = options.brokerConfig;
  if (file === undefined) return undefined;
  checkBrokerConfigPath(file);
  const { owner, repo } = policyRepository(options, target, remote);
  const identity = options.brokerIdentity ?? repo.replace(/^[^A-Za-z0-9]+/, '').slice(0, 64);
  if (!BROKER_NAME.test(identity)) throw fail('brokerIdentityInvalid');
  if (github === undefined) throw fail('brokerConfigNeedsGitHub');
  const ids = await readRepositoryIds(github, owner, repo).catch((error: unknown) => {
    throw gitHubFailure(
      error,
      { kind: 'repository', owner, repo },
      'reading the repository IDs for the broker',
      github,
    );
  });
  return {
    file,
    identity,
    refreshTokenEnv: envNameFor(STORED_NAMES.refreshToken, identity),
    appSecretEnv: options.appSecret === undefined ? undefined : envNameFor(STORED_NAMES.appSecret, identity),
    repository: `${owner}/${repo}`,
    repositoryId: ids.repositoryId,
    repositoryOwnerId: ids.ownerId,
  };
}

/** The account and identity for the token just minted: its own account, so a revoke by another identity never reaches it. */
export function brokerConfigText(appKey: string, stanza: BrokerStanza, scopes: string[]): string {
  const yaml = (value: string) => JSON.stringify(value);
  const name = stanza.identity;
  return `# dropbox-token broker: one account and one identity, for ${stanza.repository}.
# No secret is in this file: the refresh token goes to the environment variable (or Worker
# secret) ${stanza.refreshTokenEnv}. A revoke reaches every token minted from that refresh
# token, so this account serves this identity only; authorize another identity separately.
audience: "https://YOUR-BROKER.example"   # exactly the URL the action's broker-url names

accounts:
  ${name}:
    app_key: ${yaml(appKey)}
    refresh_token_env: ${stanza.refreshTokenEnv}
${stanza.appSecretEnv === undefined ? '' : `    app_secret_env: ${stanza.appSecretEnv}\n`}
identities:
  ${name}:
    account: ${name}
    scopes: [${scopes.map(yaml).join(', ') || '"files.content.write"'}]
    allow:   # every rule must match the workflow's OIDC token; edit to fit
      repository: ${yaml(stanza.repository)}
      repository_id: ${yaml(stanza.repositoryId)}
      repository_owner_id: ${yaml(stanza.repositoryOwnerId)}
      ref: "refs/heads/main"
      event_name: [${STANZA_EVENTS.join(', ')}]
`;
}

/**
 * Writes the stanza to a new file (`wx`: never over an existing one, nor through a symlink planted
 * since the check). Any failure is a BootstrapError: the caller has printed nothing yet.
 */
export function writeBrokerConfig(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    throw fail('brokerConfigWriteFailed', { path: file, code: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
}

/** Takes back a stanza this run wrote, when the run then fails before the token is stored or printed. */
export function removeBrokerConfig(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never written.
  }
}
