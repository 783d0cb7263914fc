// The licence notices of the third-party packages a bundle contains, written beside it as
// licenses.txt. Both bundlers report which files went in (rollup: each chunk's modules; esbuild:
// the metafile's inputs); this maps those files to their packages and copies each package's
// licence text. Our own workspace packages resolve outside node_modules and are covered by the
// repository's LICENSE.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package directory a bundled file belongs to, or undefined for files outside node_modules. */
export function packageRootOf(file) {
  const normalized = resolve(file.replace(/^\0+/, '').split('?')[0]);
  const marker = `${sep}node_modules${sep}`;
  const at = normalized.lastIndexOf(marker);
  if (at === -1) return undefined;
  const rest = normalized.slice(at + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return undefined;
  return normalized.slice(0, at + marker.length) + rest.slice(0, depth).join(sep);
}

function licenseTexts(root) {
  return readdirSync(root)
    .filter((name) => LICENSE_FILE.test(name))
    .sort()
    .map((name) => readFileSync(join(root, name), 'utf8').trim());
}

/** One entry per package: name, version, SPDX licence and the licence files' text. */
export function collectPackages(bundledFiles) {
  const roots = new Set();
  for (const file of bundledFiles) {
    const root = packageRootOf(file);
    if (root !== undefined && existsSync(join(root, 'package.json'))) roots.add(root);
  }
  const byName = new Map();
  for (const root of roots) {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
    byName.set(`${manifest.name}@${manifest.version}`, {
      name: manifest.name,
      version: manifest.version,
      license,
      texts: licenseTexts(root),
    });
  }
  return [...byName.values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
  );
}

/** The text of licenses.txt for a bundle of `product`. */
export function renderLicenseNotices(product, packages) {
  const header = [
    `Third-party software in ${product}`,
    '',
    'Our own code is MIT-licensed (LICENSE at the root of the repository). The bundle also contains',
    `code from the ${packages.length} packages below, each under the licence quoted.`,
    '',
  ];
  const sections = packages.map((entry) => {
    const body =
      entry.texts.length > 0
        ? entry.texts.join('\n\n')
        : `(The package ships no licence file; its package.json says ${entry.license}.)`;
    return [
      `${'='.repeat(78)}`,
      `${entry.name}@${entry.version} — ${entry.license}`,
      `${'='.repeat(78)}`,
      '',
      body,
      '',
    ].join('\n');
  });
  return `${[...header, ...sections].join('\n').trimEnd()}\n`;
}
