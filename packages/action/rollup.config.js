import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { collectPackages, renderLicenseNotices } from '@dropbox-token/bundle-licenses';

// One lean CommonJS entry for the common path; proxy support (undici) is a separate chunk loaded
// only when a proxy is configured. `moduleSideEffects: false` lets rollup drop what @actions/core
// imports but this action never calls (its OIDC client and HTTP stack).
// Stand-ins for two built-ins the bundle imports (@actions/core, and `EOL` in our entry), keeping
// the behaviour they use and dropping their start-up cost:
// - `crypto`, only for randomUUID (file-command delimiters, written only for multi-line values):
//   imported at the top, the builtin loads at every cold start (as an ES module namespace, WebCrypto
//   too); fetched when first needed, it does not (process.getBuiltinModule, Node >= 20.16);
// - `os`, only for EOL: Node's definition, without loading the module (0.3 ms).
// A use of anything else from either fails the build (rollup: not exported).
const STAND_INS = {
  crypto:
    "let crypto;\nexport const randomUUID = () => (crypto ??= process.getBuiltinModule('node:crypto')).randomUUID();\n",
  os: "export const EOL = process.platform === 'win32' ? '\\r\\n' : '\\n';\n",
};
const builtinStandIns = {
  name: 'builtin-stand-ins',
  resolveId(source, importer) {
    const name = source.replace(/^node:/, '');
    // Not for undici (the proxy chunk) nor @actions/core's platform module (tree-shaken away),
    // which use more of them.
    const usesMore = !importer || /\/undici\/|\/@actions\/core\/lib\/platform\.js$/.test(importer);
    if (Object.hasOwn(STAND_INS, name) && !usesMore) return `\0stand-in:${name}`;
    return null;
  },
  load(id) {
    return id.startsWith('\0stand-in:') ? STAND_INS[id.slice('\0stand-in:'.length)] : null;
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

// dist/ is ASCII: Node decodes a source file with a character beyond ASCII as UTF-16, twice the
// bytes to read, hold and scan at every cold start. Such a character (in a comment, a string or a
// regular expression) becomes its \u escape, which means the same in each of those places.
const asciiOnly = {
  name: 'ascii-only',
  renderChunk(code) {
    return code.replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  },
};

// Lazy chunks, each loaded only by the runs that need it: verification (the action's verify-token
// module and the core's modules only it uses), the rclone remote, keyless mode, and the proxy path
// (undici). Everything else is the entry chunk, dist/index.cjs, the one file every run reads.
const VERIFY_ONLY =
  /\/(action\/lib\/verify-token|core\/dist\/(call-api|get-current-account|get-authenticated-admin|get-team-info))\.js$/;
const PROXY_ONLY = /\/action\/lib\/proxy-fetch\.js$|\/proxy-fetch\/dist\/(index|create-proxy-fetch)\.js$|\/undici\//;
const COMMON = /\/(action\/lib\/[^/]+|core\/dist\/[^/]+|proxy-fetch\/dist\/[^/]+)\.js$/;
function chunkOf(id) {
  if (VERIFY_ONLY.test(id)) return 'verify-token';
  if (id.endsWith('/action/lib/rclone-remote.js')) return 'rclone-remote';
  if (/\/action\/lib\/broker-(client|messages)\.js$/.test(id)) return 'broker-client';
  // Named, so that the entry's static dependencies (@actions/http-client imports undici) cannot pull it in.
  if (PROXY_ONLY.test(id)) return 'proxy-fetch';
  // Named after the entry, so the modules a lazy chunk shares with the entry stay in the entry:
  // left alone, rollup places them with the lazy chunk's own modules.
  return COMMON.test(id) ? 'index' : undefined;
}

// CommonJS, not ESM: Node starts a CommonJS entry without its ESM loader (about 150 kB less to
// allocate, so a cold run needs no garbage collection; BENCHMARKS.md). The entry has no top-level
// await, so a lazy chunk can require what it shares with the entry from the entry itself.
// Not minified: this is the code that runs with users' secrets, and reviewers read its diffs.
export default {
  input: 'lib/index.js',
  output: {
    dir: 'dist',
    format: 'cjs',
    entryFileNames: 'index.cjs',
    chunkFileNames: '[name].cjs',
    // A lazy chunk is a require() in a promise, not an import(): import() would start the ESM loader.
    dynamicImportInCjs: false,
    // @actions/core imports `fs` as a namespace (`import * as fs from 'fs'`): use the module itself
    // rather than a copy of its every property, made at each start. Other imports keep rollup's
    // default (undici's CommonJS reads `.default` of the built-ins it requires).
    interop: (id) => (id === 'fs' ? 'esModule' : 'default'),
    // No __esModule marker: only this bundle's own chunks require the entry.
    esModule: false,
    externalLiveBindings: false,
    freeze: false,
    generatedCode: { preset: 'es2015', symbols: false },
    manualChunks: chunkOf,
  },
  treeshake: { moduleSideEffects: false },
  plugins: [
    builtinStandIns,
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs({ ignoreDynamicRequires: true }),
    licenseNotices,
    asciiOnly,
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
