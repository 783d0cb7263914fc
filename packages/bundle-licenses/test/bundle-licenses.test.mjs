import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPackages, packageRootOf, renderLicenseNotices } from '../index.mjs';

function fakePackage(root, manifest, files) {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
}

describe('bundle licence notices', () => {
  const base = mkdtempSync(join(tmpdir(), 'licenses-'));
  const modules = join(base, 'node_modules');
  fakePackage(
    join(modules, 'plain'),
    { name: 'plain', version: '1.2.3', license: 'MIT' },
    { LICENSE: 'MIT text of plain', 'index.js': '' },
  );
  fakePackage(
    join(modules, '@scope', 'pkg'),
    { name: '@scope/pkg', version: '2.0.0', license: 'ISC' },
    { 'LICENSE.md': 'ISC text', 'a.js': '' },
  );
  fakePackage(
    join(modules, '@scope', 'pkg', 'node_modules', 'nested'),
    { name: 'nested', version: '0.1.0', license: 'BSD-3-Clause' },
    {},
  );

  it('maps bundled files to their package, scoped and nested, and ignores our own sources', () => {
    expect(packageRootOf(join(modules, 'plain', 'lib', 'x.js'))).toBe(join(modules, 'plain'));
    expect(packageRootOf(`\0${join(modules, '@scope', 'pkg', 'a.js')}?commonjs-module`)).toBe(
      join(modules, '@scope', 'pkg'),
    );
    expect(packageRootOf(join(modules, '@scope', 'pkg', 'node_modules', 'nested', 'i.js'))).toBe(
      join(modules, '@scope', 'pkg', 'node_modules', 'nested'),
    );
    expect(packageRootOf(join(base, 'packages', 'core', 'dist', 'index.js'))).toBeUndefined();
  });

  it('lists each package once, sorted, with its licence text or a note that it ships none', () => {
    const packages = collectPackages([
      join(modules, 'plain', 'index.js'),
      join(modules, 'plain', 'other.js'),
      join(modules, '@scope', 'pkg', 'a.js'),
      join(modules, '@scope', 'pkg', 'node_modules', 'nested', 'i.js'),
      join(base, 'src', 'own.ts'),
    ]);
    expect(packages.map((entry) => `${entry.name}@${entry.version} ${entry.license}`)).toEqual([
      '@scope/pkg@2.0.0 ISC',
      'nested@0.1.0 BSD-3-Clause',
      'plain@1.2.3 MIT',
    ]);
    const text = renderLicenseNotices('the thing', packages);
    expect(text).toContain('code from the 3 packages below');
    expect(text).toContain(`plain@1.2.3 — MIT\n${'='.repeat(78)}\n\nMIT text of plain`);
    expect(text).toContain('(The package ships no licence file; its package.json says BSD-3-Clause.)');
  });
});
