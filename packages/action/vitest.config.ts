import { suiteConfig } from '../../vitest.shared.js';

export default suiteConfig({
  testTimeout: 30_000,
  hookTimeout: 30_000,
  globalSetup: ['test/global-setup.ts'],
  // The entry and the proxy chunk run only inside the bundle (black-box tests), out of V8's sight here.
  coverage: { exclude: ['src/index.ts', 'src/proxy-fetch.ts'], reporter: ['text-summary'] },
});
