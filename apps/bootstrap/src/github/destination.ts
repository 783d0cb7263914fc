import { readOrgAudience, repositoryIds } from './organization.js';
import type { GitHubRequester } from './request.js';
import { type OrgVisibility, checkTokenScopes, getPublicKey } from './secrets.js';
import { variableExists } from './variables.js';
import type { SecretTarget } from './target.js';
import { fail } from '../errors/catalog.js';
import type { PlannedWrite } from './plan.js';

/** Where the writes go, and for an organization the audience each write sends (undefined: keep it). */
export interface Destination {
  target: SecretTarget | undefined;
  /** Every write of this run, computed once (planWrites): the store, the report and the clean-up read it. */
  plan: PlannedWrite[];
  audiences: Map<string, OrgVisibility | undefined>;
  /** Variables that exist already: updated, not created. */
  existingVariables: Set<string>;
}

/**
 * Before a single-use code exists: the token can reach every store the plan writes to (each
 * store's public key, the variables), and every organization write knows its audience.
 */
export async function prepareDestination(
  target: SecretTarget,
  plan: PlannedWrite[],
  github: GitHubRequester,
): Promise<Destination> {
  for (const store of new Set(plan.map((write) => write.store))) {
    if (store === 'variables') continue;
    checkTokenScopes((await getPublicKey(github, target, store)).tokenScopes, target);
  }
  const existingVariables = new Set<string>();
  for (const write of plan.filter((w) => w.store === 'variables'))
    if (await variableExists(github, target, write.name)) existingVariables.add(write.name);
  const audiences = new Map<string, OrgVisibility | undefined>();
  if (target.kind === 'organization') {
    const given: OrgVisibility | undefined =
      target.visibility === undefined
        ? undefined
        : {
            visibility: target.visibility,
            selectedRepositoryIds:
              target.visibility === 'selected'
                ? await repositoryIds(github, target.org, target.selectedRepos)
                : undefined,
          };
    for (const write of plan)
      audiences.set(write.label, given ?? (await keptAudience(github, target, write, existingVariables)));
  }
  return { target, plan, audiences, existingVariables };
}

type Organization = Extract<SecretTarget, { kind: 'organization' }>;

/**
 * Without `--visibility`, what exists keeps its audience: a secret's is read back (a PUT replaces
 * it), a variable is updated without one (a PATCH keeps it). What does not exist yet cannot be
 * given an audience by guessing, so the run stops before authorizing.
 */
async function keptAudience(
  github: GitHubRequester,
  target: Organization,
  write: PlannedWrite,
  existingVariables: Set<string>,
): Promise<OrgVisibility | undefined> {
  if (write.store === 'variables') {
    if (existingVariables.has(write.name)) return undefined;
  } else {
    const current = await readOrgAudience(github, target, write.name, write.store);
    if (current !== undefined) return current;
  }
  throw fail('orgNeedsVisibility', { name: write.label, org: target.org });
}
