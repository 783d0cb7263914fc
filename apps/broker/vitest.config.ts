import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Files share a worker and its module cache (the tests use no module mocks and no global state):
    // the seven largest suites took 159 s of CPU with isolation, 114 s without (two cores, 2026-12-05).
    isolate: false,
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The command-line entry runs as a process in the black-box test; the Worker's modules under workerd.
      exclude: ['src/cli.ts', 'src/worker.ts', 'src/durable-objects.ts', 'src/worker-stores.ts', 'src/cloudflare.d.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90, statements: 90, functions: 90, branches: 80 },
    },
  },
});
