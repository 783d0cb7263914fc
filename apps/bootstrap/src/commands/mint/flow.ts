import type { BootstrapOptions } from '../../args.js';
import { BootstrapError } from '../../errors/bootstrap-error.js';
import { fail } from '../../errors/catalog.js';
import { failurePage, successPage } from '../../browser/pages.js';
import { obtainCode } from './authorize.js';
import { cleanUpAfterFailure, revokeUnstoredToken } from './clean-up.js';
import {
  type BootstrapDeps,
  BootstrapInterrupted,
  type MintedToken,
  type ObtainedCode,
  type StoreProgress,
} from './context.js';
import { checkBeforeAuthorizing } from './preflight.js';
import { report, reportBrokerConfig, storedWhere } from './report.js';
import { writeEverything } from './store.js';
import { confirmAccount, mintAndVerify } from './verify.js';

/** The whole flow, as the named steps of this folder. Returns the exit code; throws BootstrapError or BootstrapInterrupted. */
export async function runBootstrap(options: BootstrapOptions, deps: BootstrapDeps): Promise<number> {
  const progress: StoreProgress = { planned: [], stored: [], inFlight: undefined, printed: false };
  let obtained: ObtainedCode | undefined;
  let minted: MintedToken | undefined;
  try {
    const preflight = await checkBeforeAuthorizing(options, deps);
    obtained = await obtainCode(options, deps);
    minted = await mintAndVerify(options, deps, obtained);
    await confirmAccount(options, deps, minted);
    // The last moment the start link's reuse can stop the run: storing begins here.
    if (obtained.startLinkReused()) throw fail('startLinkReused');
    const written = await writeEverything(options, deps, preflight, minted, progress);
    if (options.dryRun) await revokeUnstoredToken(options, deps, minted);
    const target = preflight.destination.target;
    await obtained.browser?.finish(successPage(minted.owner.label, storedWhere(options, target)));
    await obtained.closeLoopback();
    report(options, deps, preflight.destination, written, minted);
    reportBrokerConfig(deps, preflight.broker);
    if (options.printRefreshToken) {
      // From here on the token may be in another store (| wrangler secret put): never revoke it.
      progress.printed = true;
      deps.terminal.out.write(`${minted.refreshToken}\n`);
    }
    return 0;
  } catch (error) {
    const failure =
      error instanceof BootstrapError
        ? error
        : fail('unexpected', { step: 'The bootstrap', name: (error as Error)?.name ?? 'error' });
    await obtained?.browser?.finish(failurePage('Dropbox is not connected', failure.message, failure.fix), 500);
    await obtained?.closeLoopback();
    await cleanUpAfterFailure(options, deps, minted, progress);
    if (deps.signal.aborted) {
      const possiblyStored = progress.inFlight === undefined ? [] : [progress.inFlight];
      const notStored = progress.planned
        .map((planned) => planned.label)
        .filter((name) => !progress.stored.includes(name) && !possiblyStored.includes(name));
      throw new BootstrapInterrupted(progress.stored, possiblyStored, notStored);
    }
    throw failure;
  }
}
