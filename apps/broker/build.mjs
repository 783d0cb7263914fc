// The Cloudflare Worker as one ES module (jose and the core bundled), for wrangler and workerd.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/worker.ts'],
  outfile: 'dist/worker.bundle.js',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  conditions: ['worker', 'browser', 'import'],
  legalComments: 'eof',
  // Provided by the Workers runtime (Durable Objects).
  external: ['cloudflare:workers'],
  logLevel: 'warning',
});
