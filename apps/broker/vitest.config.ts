import { suiteConfig } from '../../vitest.shared.js';

export default suiteConfig({
  testTimeout: 30_000,
  // The command-line entry runs as a process in the black-box test; the Worker's modules under workerd.
  coverage: {
    exclude: ['src/cli.ts', 'src/worker.ts', 'src/durable-objects.ts', 'src/worker-stores.ts', 'src/cloudflare.d.ts'],
  },
});
