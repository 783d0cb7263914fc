import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_CLAIMS,
  CONFIG_DEFAULTS,
  DEFAULT_EVENTS,
  GITLAB_AUDIT_CLAIMS,
  GITLAB_POLICY_CLAIMS,
  POLICY_CLAIMS,
} from '../src/index.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8');

/** The text from a `<!-- marker: ... -->` comment to the next heading. */
const section = (marker: string) => {
  const start = readme.indexOf(`<!-- ${marker}:`);
  expect(start, `README has the ${marker} marker`).toBeGreaterThan(-1);
  return readme.slice(start).split(/\n#{2,3} /)[0]!;
};
const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

describe("the broker's README, checked against the code", () => {
  it('lists exactly the claims a policy can match, in its table', () => {
    const rows = section('policy-claims')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => backticked(row.split('|')[1]!)[0])).toEqual([...POLICY_CLAIMS]);
  });

  it('lists exactly the claims a GitLab policy can match, in its table', () => {
    const rows = section('gitlab-claims')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.map((row) => backticked(row.split('|')[1]!)[0])).toEqual([...GITLAB_POLICY_CLAIMS]);
  });

  it('names the default events, in order', () => {
    const sentence = section('default-events').split(' runs match.')[0]!.split('only ')[1]!;
    expect(backticked(sentence)).toEqual([...DEFAULT_EVENTS]);
  });

  it('lists every verified claim of the audit line', () => {
    const claims = backticked(section('audit-claims').split('- `token_sha256`')[0]!.split('the verified claims')[1]!);
    expect(claims).toEqual([...AUDIT_CLAIMS]);
    const gitlab = backticked(section('audit-claims').split('for a GitLab token, its')[1]!.split(';')[0]!);
    expect(gitlab).toEqual(GITLAB_AUDIT_CLAIMS.filter((claim) => !(AUDIT_CLAIMS as readonly string[]).includes(claim)));
  });

  it("shows every optional setting with its default, as broker.yaml's comments", () => {
    for (const [name, value] of Object.entries(CONFIG_DEFAULTS))
      expect(readme).toMatch(new RegExp(`^# ${name}: ${value}\\s`, 'm'));
  });
});
