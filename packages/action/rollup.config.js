import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// One lean ESM entry for the common path; proxy support (undici) is a separate chunk loaded only
// when a proxy is configured. `moduleSideEffects: false` lets rollup drop what @actions/core
// imports but this action never calls (its OIDC client and HTTP stack).
export default {
  input: 'lib/index.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: '[name].js',
    banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    generatedCode: 'es2015',
  },
  treeshake: { moduleSideEffects: false },
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs({ ignoreDynamicRequires: true }),
    // Minified (names kept readable) so the runner parses less at every cold start.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, mangle: { keep_classnames: true, keep_fnames: true }, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
