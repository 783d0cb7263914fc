import { suiteConfig } from '../../vitest.shared.js';

export default suiteConfig({
  testTimeout: 30_000,
  // The entry and the platform module run only in the bundled CLI (black-box tests), out of V8's sight here.
  coverage: { exclude: ['src/cli.ts', 'src/platform.ts'] },
});
