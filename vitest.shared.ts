import { defineConfig } from 'vitest/config';

/** What differs between the workspaces' suites; everything else is set once here. */
export interface SuiteOptions {
  testTimeout: number;
  hookTimeout?: number;
  globalSetup?: string[];
  /** Coverage of src/, with the files V8 cannot see here (entries that run only as processes). */
  coverage?: { exclude?: string[]; reporter?: string[] };
}

/** One workspace's vitest configuration. */
export function suiteConfig(options: SuiteOptions) {
  const { coverage, ...timing } = options;
  return defineConfig({
    test: {
      include: ['test/**/*.test.ts'],
      // Files share a worker and its module cache (the tests use no module mocks and no global state):
      // the seven largest suites took 159 s of CPU with isolation, 114 s without (two cores, 2026-12-05).
      isolate: false,
      ...timing,
      ...(coverage && {
        coverage: {
          provider: 'v8' as const,
          include: ['src/**/*.ts'],
          exclude: coverage.exclude ?? [],
          reporter: coverage.reporter ?? ['text-summary', 'text'],
          thresholds: { lines: 90, statements: 90, functions: 90, branches: 80 },
        },
      }),
    },
  });
}
