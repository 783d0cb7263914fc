import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Type-checks the .ts files in `work` as a user's project would: the strict base config, but
 * `process.env.NAME` allowed (bracket access is this project's own convention). Throws with tsc's
 * output when they do not compile. `work` sits three folders below the repository's root.
 */
export function typecheckUserCode(work: string, lib: string[]): void {
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, noPropertyAccessFromIndexSignature: false, types: ['node'], lib },
      include: ['*.ts'],
    }),
  );
  const tsc = join(dirname(fileURLToPath(import.meta.resolve('typescript'))), '../bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
}
