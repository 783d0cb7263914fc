import { STORED_NAMES } from '../../names.js';
import type { BootstrapOptions } from '../../args.js';
import { type BrokerStanza, prepareBrokerStanza } from './broker-config.js';
import { type Destination, prepareDestination } from '../../github/destination.js';
import { type SecretTarget, describeTarget, repoFromRemoteUrl } from '../../github/target.js';
import { fail } from '../../errors/catalog.js';
import { style } from '../../terminal/terminal.js';
import { planWrites } from '../../github/plan.js';
import { type BootstrapDeps, announce, say } from './context.js';

/** The origin remote's repository on this GitHub, or undefined when this is no checkout of one. */
export async function remoteRepository(deps: BootstrapDeps): Promise<{ owner: string; repo: string } | undefined> {
  const remote = await deps.gitRemoteUrl();
  const found = remote === undefined ? undefined : repoFromRemoteUrl(remote);
  if (found === undefined) return undefined;
  // The same owner/name on another host (GitLab, another GitHub) is somebody else's repository.
  const { host, ...slug } = found;
  if (host !== deps.gitHubHost) throw fail('remoteOnOtherHost', { remoteHost: host, gitHubHost: deps.gitHubHost });
  return slug;
}

export async function resolveTarget(options: BootstrapOptions, deps: BootstrapDeps): Promise<SecretTarget | undefined> {
  const target = options.target;
  if (target === undefined || target.kind !== 'git-remote') return target;
  const slug = await remoteRepository(deps);
  if (slug === undefined) throw fail('noRepository');
  return target.environment === undefined
    ? { kind: 'repository', ...slug }
    : { kind: 'environment', ...slug, environment: target.environment };
}

/** What step 1 settles: where the secrets go, and the broker stanza's names and IDs. */
export interface Preflight {
  destination: Destination;
  broker: BrokerStanza | undefined;
}

/** Step 1: everything that can be checked before a single-use code exists. */
export async function checkBeforeAuthorizing(options: BootstrapOptions, deps: BootstrapDeps): Promise<Preflight> {
  // Whoever answers the loopback first delivers the code: a person must confirm whose account it is.
  if (options.mode.kind === 'loopback' && deps.ask === undefined && !options.yes && !options.dryRun)
    throw fail('loopbackNeedsTerminal');
  if (options.appSecretOnCommandLine)
    say(
      deps,
      style(
        deps.terminal,
        'yellow',
        `note: --app-secret on the command line is visible to other users of this machine (ps) and in shell history; prefer ${STORED_NAMES.appSecret}.`,
      ),
    );
  const target = await resolveTarget(options, deps);
  const needsRemote = options.brokerConfig !== undefined && options.brokerRepo === undefined && target === undefined;
  const remote = needsRemote ? await remoteRepository(deps) : undefined;
  const broker = await prepareBrokerStanza(options, target, remote, deps.github);
  if (target === undefined)
    return { destination: { target, plan: [], audiences: new Map(), existingVariables: new Set() }, broker };
  if (deps.github === undefined) throw fail('noGitHubToken');
  announce(deps, `Checking that the GitHub token can reach the ${describeTarget(target)} on ${deps.gitHubHost}`);
  return { destination: await prepareDestination(target, planWrites(options), deps.github), broker };
}
