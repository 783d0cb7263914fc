import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { node24Binary } from '@dropbox-token/test-runtimes';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_NAMES } from './contract/contract.js';
import { type ContractHarness, startContractHarness } from './contract/harness.js';
import { type ContractBundles, HOSTS, bundleContract } from './contract/hosts.js';

/**
 * "Runs wherever fetch does", tested: the same contract (every grant over real HTTP against the
 * emulator) in each runtime the README names, each taken from the npm registry by npm ci.
 */
describe('the core contract in every runtime the README names', () => {
  const ctx = useEmulator({ beforeAll, afterAll });
  let harness: ContractHarness;
  let bundles: ContractBundles;

  beforeAll(async () => {
    bundles = await bundleContract();
    harness = await startContractHarness(ctx.emu, bundles.browserSource);
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it.each(HOSTS)(
    '$name',
    async (host) => {
      const results = await host.run(bundles, harness.url);
      expect(results).toEqual(CHECK_NAMES.map((name) => ({ name, ok: true })));
    },
    60_000,
  );
});

describe('the Node that runs the suite', () => {
  it('is the one on your PATH, not the node package installed for the black-box tests', () => {
    // The postinstall step removes node_modules/.bin/node; without it, npm scripts would run on Node 24.
    const onPath = execFileSync('node', ['-p', 'process.execPath'], { encoding: 'utf8' }).trim();
    expect(realpathSync(onPath)).not.toBe(realpathSync(node24Binary()));
    expect(realpathSync(process.execPath)).not.toBe(realpathSync(node24Binary()));
  });
});
