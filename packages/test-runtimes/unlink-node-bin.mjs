// Runs after every `npm ci` / `npm install` (the root package's postinstall).
//
// The `node` package (Node 24 for the action's black-box tests) declares a `node` bin, so npm
// links node_modules/.bin/node, and npm puts that folder first on PATH for every script: the
// whole suite, npm itself included, would silently run on Node 24 instead of the Node you chose.
// The tests spawn that binary by its path (src/runtime-binaries.ts), so the link is removed.
import { lstatSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';

const bin = join(process.cwd(), 'node_modules', '.bin');
const nodePackage = join(process.cwd(), 'node_modules', 'node') + sep;

/** Whether a link (POSIX) or a shim (Windows .cmd/.ps1) starts the node package's binary. */
function startsNodePackage(path) {
  if (lstatSync(path).isSymbolicLink()) return realpathSync(path).startsWith(nodePackage);
  return /\.\.[\\/]node[\\/]bin[\\/]node/.test(readFileSync(path, 'utf8'));
}

for (const name of ['node', 'node.cmd', 'node.ps1']) {
  const path = join(bin, name);
  try {
    if (!startsNodePackage(path)) continue;
  } catch {
    continue; // not there
  }
  rmSync(path, { force: true });
  console.log(
    `postinstall: removed node_modules/.bin/${name}; the tests spawn the node package's Node 24 by its path.`,
  );
}
