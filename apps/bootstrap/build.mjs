// Bundles the CLI into one ESM file so `npx @dropbox-token/bootstrap` installs nothing else.
// libsodium-wrappers and parts of Octokit's stack are CommonJS: the banner gives them `require`.
// Not minified, so what runs with a person's tokens can be read; dist/licenses.txt carries the
// licence of every package whose code is in the bundle (esbuild's metafile lists the inputs).
import { readFileSync, writeFileSync } from 'node:fs';
import { collectPackages, renderLicenseNotices } from '@dropbox-token/bundle-licenses';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const result = await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
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

const bundledFiles = Object.entries(result.metafile.outputs['dist/cli.js'].inputs)
  .filter(([, input]) => input.bytesInOutput > 0)
  .map(([path]) => path);
writeFileSync(
  'dist/licenses.txt',
  renderLicenseNotices('@dropbox-token/bootstrap (dist/cli.js)', collectPackages(bundledFiles)),
);
