// Bundles the CLI so `npx @dropbox-token/bootstrap` installs nothing else: dist/cli.js, and in
// dist/chunks/ what only some runs load (GitHub's client, libsodium, the proxy's undici), each
// imported where it is first needed, so `--help` or a usage error never reads them.
// libsodium-wrappers and parts of Octokit's stack are CommonJS: the banner gives them `require`.
// Not minified, so what runs with a person's tokens can be read; dist/licenses.txt carries the
// licence of every package whose code is in the bundle (esbuild's metafile lists the inputs).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { collectPackages, renderLicenseNotices } from '@dropbox-token/bundle-licenses';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Chunk names carry a content hash: a fresh dist/ keeps an earlier build's chunks out of the package.
rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  define: { __BOOTSTRAP_VERSION__: JSON.stringify(version) },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  metafile: true,
});

const bundledFiles = Object.values(result.metafile.outputs).flatMap((output) =>
  Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path),
);
writeFileSync(
  'dist/licenses.txt',
  renderLicenseNotices('@dropbox-token/bootstrap (dist/)', collectPackages([...new Set(bundledFiles)])),
);
