import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DurableObjectBinding, type WorkerdRun, startWorkerd as launch } from '@dropbox-token/test-runtimes';

export type { WorkerdRun };
export { waitForAnswer as waitFor } from '@dropbox-token/test-runtimes';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The storage folder of a Durable Object class: wrangler names it `<worker name>-<class>`. */
export const uniqueKeyOf = (className: string) => `dropbox-token-broker-${className}`;

/** Both Durable Object namespaces the broker's Worker exports, bound as wrangler.toml binds them. */
export const DURABLE_OBJECTS: DurableObjectBinding[] = [
  { binding: 'REPLAY_GUARD', className: 'ReplayGuard', uniqueKey: uniqueKeyOf('ReplayGuard') },
  { binding: 'TOKEN_MINTER', className: 'TokenMinter', uniqueKey: uniqueKeyOf('TokenMinter') },
];

/** The built Worker under workerd; with `storage`, its Durable Objects kept on that disk folder. */
export function startWorkerd(
  bindings: Record<string, string>,
  options: { dir?: string; storage?: string } = {},
): Promise<WorkerdRun> {
  return launch({
    bundle: join(packageDir, 'dist/worker.bundle.js'),
    bindings,
    durableObjects: options.storage === undefined ? undefined : DURABLE_OBJECTS,
    ...options,
  });
}
