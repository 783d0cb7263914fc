import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { collectPackages, renderLicenseNotices } from '@dropbox-token/bundle-licenses';

// One lean ESM entry for the common path; proxy support (undici) is a separate chunk loaded only
// when a proxy is configured. `moduleSideEffects: false` lets rollup drop what @actions/core
// imports but this action never calls (its OIDC client and HTTP stack).
// @actions/core does `import * as crypto from 'crypto'` only for randomUUID (file-command delimiters).
// An ESM import of the builtin evaluates all its lazy getters, loading WebCrypto at every cold start;
// fetching the builtin directly does not. This stand-in keeps the behaviour and drops the cost.
const cryptoForActionsCore = {
  name: 'crypto-for-actions-core',
  resolveId(source, importer) {
    if ((source === 'crypto' || source === 'node:crypto') && importer?.includes('@actions/core'))
      return '\0crypto-for-actions-core';
    return null;
  },
  load(id) {
    if (id !== '\0crypto-for-actions-core') return null;
    // process.getBuiltinModule (Node >= 20.16) fetches the builtin without any module-loader work.
    return "let crypto;\nexport const randomUUID = () => (crypto ??= process.getBuiltinModule('node:crypto')).randomUUID();\n";
  },
};

// dist/licenses.txt: the licence of every package whose code reached a chunk (tree-shaken modules
// whose rendered length is zero are not in the bundle, so they are not listed).
const licenseNotices = {
  name: 'license-notices',
  generateBundle(_options, bundle) {
    const files = Object.values(bundle)
      .filter((item) => item.type === 'chunk')
      .flatMap((chunk) =>
        Object.entries(chunk.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id]) => id),
      );
    this.emitFile({
      type: 'asset',
      fileName: 'licenses.txt',
      source: renderLicenseNotices('the dropbox-token-action bundle (packages/action/dist)', collectPackages(files)),
    });
  },
};

// Lazy chunks, each loaded only by the runs that need it: verification (the action's verify-token
// module and the core's modules only it uses), the rclone remote, and the proxy path (undici). The action's
// and the core's other modules are named into one chunk (dist/main.js) under a two-line entry:
// left alone, rollup splits the code the entry shares with the verify chunk into more files.
const VERIFY_ONLY =
  /\/(action\/lib\/verify-token|core\/dist\/(call-api|get-current-account|get-authenticated-admin|get-team-info))\.js$/;
const PROXY_ONLY = /\/action\/lib\/proxy-fetch\.js$|\/proxy-fetch\/dist\/(index|create-proxy-fetch)\.js$|\/undici\//;
const COMMON = /\/(action\/lib\/(?!index\.js$)[^/]+|core\/dist\/[^/]+|proxy-fetch\/dist\/[^/]+)\.js$/;
function chunkOf(id) {
  if (VERIFY_ONLY.test(id)) return 'verify-token';
  if (id.endsWith('/action/lib/rclone-remote.js')) return 'rclone-remote';
  if (/\/action\/lib\/broker-(client|messages)\.js$/.test(id)) return 'broker-client';
  // Named, so that the entry's static dependencies (@actions/http-client imports undici) cannot pull it in.
  if (PROXY_ONLY.test(id)) return 'proxy-fetch';
  // Not the entry chunk itself: the entry awaits run() at the top level, and a lazy chunk that
  // imported from it would wait for that await, which waits for the lazy chunk.
  return COMMON.test(id) ? 'main' : undefined;
}

// Not minified: this is the code that runs with users' secrets, and reviewers read its diffs.
export default {
  input: 'lib/index.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: '[name].js',
    // Only the proxy chunk bundles CommonJS (undici) and needs `require`; the entry stays lean.
    banner: (chunk) =>
      chunk.name === 'proxy-fetch'
        ? "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
        : '',
    generatedCode: 'es2015',
    manualChunks: chunkOf,
  },
  treeshake: { moduleSideEffects: false },
  plugins: [
    cryptoForActionsCore,
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs({ ignoreDynamicRequires: true }),
    licenseNotices,
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
