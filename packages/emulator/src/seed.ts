import { createClock } from './clock.js';
import { DropboxState } from './dropbox/dropbox-state.js';
import type { StartEmulatorOptions } from './emulator-types.js';
import { GitHubState } from './github/github-state.js';

export const DEFAULT_REDIRECT_URIS = ['http://127.0.0.1:53682/callback', 'http://localhost:53682/callback'];

/** The emulator's state before it listens: the clock, the Dropbox app and accounts, the GitHub repository, organization and tokens. */
export async function seedState(options: StartEmulatorOptions) {
  const clock = options.clock ?? createClock();
  const dropbox = new DropboxState();
  if (options.consent !== undefined) dropbox.consent = options.consent;
  const apps = options.apps ?? [{}];
  const registered = apps.map((app) => dropbox.addApp({ redirectUris: DEFAULT_REDIRECT_URIS, ...app }));

  const github = await GitHubState.create();
  const seed = {
    repository: options.github?.repository ?? 'octo-org/demo-repo',
    environment: options.github?.environment ?? 'production',
    organization: options.github?.organization ?? 'octo-org',
    token: options.github?.token ?? `ghp_emu${crypto.randomUUID().replace(/-/g, '')}`,
  };
  // The repository the OIDC issuer's runs describe (repository_id 690439361): one repository, seen from both sides.
  github.addRepository(seed.repository, { environments: [seed.environment], id: 690439361 });
  github.addOrganization(seed.organization);
  // Tokens that say what they are (reference: "Classic tokens (ghp_…) always send X-OAuth-Scopes;
  // fine-grained tokens (github_pat_…) never do"): the seeded one classic, the read-only one fine-grained.
  github.addToken(seed.token, {
    repositories: [seed.repository],
    organizations: [seed.organization],
    secrets: 'write',
    orgSecrets: 'write',
    oauthScopes: seed.token.startsWith('ghp_') ? ['admin:org', 'repo', 'workflow'] : undefined,
  });
  const readOnlyToken = `github_pat_11EMU${crypto.randomUUID().replace(/-/g, '').toUpperCase()}_${crypto.randomUUID().replace(/-/g, '')}`;
  github.addToken(readOnlyToken, {
    repositories: [seed.repository],
    organizations: [seed.organization],
    secrets: 'read',
    orgSecrets: 'read',
  });

  return { clock, dropbox, registered, github, seed, readOnlyToken };
}

export type SeededState = Awaited<ReturnType<typeof seedState>>;
