import { revokeLineage } from '../../dropbox/revoke-lineage.js';
import type { BootstrapOptions } from '../../args.js';
import { removeBrokerConfig } from './broker-config.js';
import { type BootstrapDeps, type MintedToken, type StoreProgress, say } from './context.js';

/**
 * A refresh token minted but never stored is a live credential nobody will use: revoke it
 * (Dropbox revokes a refresh token through an access token minted from it) and say so.
 */
export async function revokeUnstoredToken(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  minted: MintedToken,
): Promise<void> {
  const dropbox = {
    apiUrl: options.apiUrl,
    fetch: deps.fetch,
    signal: AbortSignal.timeout(10_000),
    retry: false as const,
  };
  try {
    await revokeLineage({
      token: minted.refreshToken,
      appKey: options.appKey,
      appSecret: options.appSecret,
      dropbox,
      // A team token acts on user routes, revoke included, only as a selected admin (reference §9).
      adminMemberId: minted.owner.adminMemberId,
    });
    say(deps, '  The new refresh token was not stored, so it was revoked: no unused credential is left behind.');
  } catch {
    say(
      deps,
      '  The new refresh token was not stored and could not be revoked: unlink the app under Dropbox → Settings → Connected apps.',
    );
  }
}

/** After a failure: a token nobody holds is revoked; one that was printed is live, and the person is told so. */
export async function cleanUpAfterFailure(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  minted: MintedToken | undefined,
  progress: StoreProgress,
): Promise<void> {
  if (progress.printed) {
    say(
      deps,
      '  The refresh token printed above is live and was not revoked: finish storing it, or revoke it with dropbox-token-bootstrap revoke.',
    );
    return;
  }
  if (progress.brokerConfigWritten !== undefined) removeBrokerConfig(progress.brokerConfigWritten);
  // Once storing began, the plan is in progress.planned; before, nothing can hold the token.
  const holdsToken = progress.planned
    .filter((planned) => planned.holds === 'refresh-token')
    .map((planned) => planned.label);
  const refreshTokenMayBeStored = holdsToken.some(
    (label) => progress.stored.includes(label) || progress.inFlight === label,
  );
  if (minted !== undefined && !refreshTokenMayBeStored) await revokeUnstoredToken(options, deps, minted);
}
