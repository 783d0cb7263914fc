import type { BootstrapOptions } from '../../args.js';
import { BootstrapError } from '../../errors/bootstrap-error.js';
import { brokerConfigText, writeBrokerConfig } from './broker-config.js';
import type { Destination } from '../../github/destination.js';
import type { GitHubRequester } from '../../github/request.js';
import { type WriteResult, storeSecret } from '../../github/secrets.js';
import { storeVariable } from '../../github/variables.js';
import { describeTarget } from '../../github/target.js';
import { type PlannedWrite, plannedValue } from '../../github/plan.js';
import {
  type BootstrapDeps,
  type MintedToken,
  type StoreProgress,
  type StoreRequest,
  type Written,
  announce,
  say,
} from './context.js';
import type { Preflight } from './preflight.js';

export function writeOne(
  github: GitHubRequester,
  planned: PlannedWrite,
  value: string,
  destination: Destination,
): Promise<WriteResult> {
  const target = destination.target!;
  const audience = destination.audiences.get(planned.label);
  return planned.store === 'variables'
    ? storeVariable(github, target, planned.name, value, audience, destination.existingVariables.has(planned.name))
    : storeSecret(github, target, planned.name, value, audience, planned.store);
}

/** Step 4: seal and write each secret (or, in a dry run, say what would be written). */
export async function storeSecrets(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  store: StoreRequest,
): Promise<Written[]> {
  const { destination, refreshToken, progress } = store;
  const { target } = destination;
  if (target === undefined) return [];
  announce(
    deps,
    `${options.dryRun ? 'Dry run: not writing to' : 'Storing sealed secrets in'} the ${describeTarget(target)}`,
  );
  const written: Written[] = [];
  const { plan } = destination;
  if (!options.dryRun) progress.planned = plan;
  for (const planned of plan) {
    // A dry run stops short of sealing: the preflight already read this target's keys.
    if (options.dryRun) {
      written.push({ name: planned.label, result: 'would write' });
      continue;
    }
    progress.inFlight = planned.label;
    try {
      const value = plannedValue(planned, options, refreshToken);
      written.push({ name: planned.label, result: await writeOne(deps.github!, planned, value, destination) });
    } catch (error) {
      // GitHub answered and refused: the write certainly did not happen. (A cancelled or timed-out
      // write stays "in flight": it may have been applied.)
      if (error instanceof BootstrapError && error.gitHubRefusal !== undefined) progress.inFlight = undefined;
      throw error;
    }
    progress.stored.push(planned.label);
    progress.inFlight = undefined;
  }
  return written;
}

/** Step 4 with a second chance: on a terminal, a token GitHub refused can be replaced before anything is written. */
export async function storeWithAnotherTokenIfRefused(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  store: StoreRequest,
): Promise<Written[]> {
  const { progress } = store;
  try {
    return await storeSecrets(options, deps, store);
  } catch (error) {
    // The token's own refusal (401, 403): another token may do; any other failure stands.
    const refused = error instanceof BootstrapError && [401, 403].includes(error.gitHubRefusal ?? 0);
    if (!refused || progress.stored.length > 0 || deps.anotherGitHubToken === undefined) throw error;
    say(deps, `  ${error.message}`);
    const github = await deps.anotherGitHubToken();
    if (github === undefined) throw error;
    return storeSecrets(options, { ...deps, github }, store);
  }
}

/** Steps 3c and 4: the broker stanza is written first (a file that cannot be written stops the run before anything is stored or printed), then the secrets. */
export async function writeEverything(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  preflight: Preflight,
  minted: MintedToken,
  progress: StoreProgress,
): Promise<Written[]> {
  const { broker, destination } = preflight;
  if (broker !== undefined) {
    writeBrokerConfig(broker.file, brokerConfigText(options.appKey, broker, minted.scopes));
    progress.brokerConfigWritten = broker.file;
  }
  return storeWithAnotherTokenIfRefused(options, deps, { destination, refreshToken: minted.refreshToken, progress });
}
