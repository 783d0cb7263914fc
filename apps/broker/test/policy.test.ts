import { describe, expect, it } from 'vitest';
import { OUTSIDER_EVENTS } from '@dropbox-token/emulator/testing';
import { DEFAULT_EVENTS, type Identity, parseBrokerConfig } from '../src/index.js';
import { policyMismatch } from '../src/policy.js';

/** An identity with this allow rule (inline YAML), as the parser compiles it. */
const identity = (allow: string): Identity =>
  parseBrokerConfig(
    `audience: a\naccounts:\n  docs: { app_key: abc, refresh_token_env: T }\nidentities:\n  deploy: { account: docs, scopes: [files.content.write], allow: ${allow} }\n`,
  ).identities.get('deploy')!;

/** A push to main of octo-org/website, with every claim GitHub sends as a string. */
const run = (change: Record<string, unknown> = {}) => ({
  sub: 'repo:octo-org/website:ref:refs/heads/main',
  repository: 'octo-org/website',
  repository_id: '690439361',
  repository_owner: 'octo-org',
  repository_owner_id: '9919',
  repository_visibility: 'private',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  ref_protected: 'true',
  event_name: 'push',
  workflow_ref: 'octo-org/website/.github/workflows/deploy.yml@refs/heads/main',
  job_workflow_ref: 'octo-org/shared/.github/workflows/publish.yml@refs/tags/v1',
  runner_environment: 'github-hosted',
  ...change,
});

const matches = (allow: string, change: Record<string, unknown> = {}) =>
  policyMismatch(identity(allow), run(change), 'github')?.claim ?? 'match';

describe('policies: every claim kind', () => {
  it.each([
    // [allow, the run's changed claims, the outcome: "match" or the claim that did not]
    ['{ repository: octo-org/website }', {}, 'match'],
    ['{ repository: octo-org/website }', { repository: 'octo-org/website2' }, 'repository'],
    ['{ repository: "octo-org/web*" }', { repository: 'octo-org/website-docs' }, 'match'],
    ['{ repository: "octo-org/web*" }', { repository: 'octo-org2/website' }, 'repository'],
    ['{ repository: [octo-org/docs, octo-org/website] }', {}, 'match'],
    ['{ repository_owner: octo-org }', { repository_owner: 'octo-org-attacker' }, 'repository_owner'],
    ['{ repository_id: 690439361 }', {}, 'match'],
    ['{ repository_id: 690439361 }', { repository_id: '987654321' }, 'repository_id'],
    ['{ repository_id: 690439361 }', { repository_id: 690439361 }, 'repository_id'],
    ['{ repository_owner_id: 9919 }', { repository_owner_id: '31337' }, 'repository_owner_id'],
    ['{ repository_id: 1, ref: refs/heads/main }', { repository_id: '1', ref: 'refs/heads/mainx' }, 'ref'],
    ['{ repository_id: 1, ref: "refs/tags/v*" }', { repository_id: '1', ref: 'refs/tags/v1.2.3' }, 'match'],
    ['{ repository_id: 690439361, ref_type: tag }', {}, 'ref_type'],
    ['{ repository_id: 690439361, ref_protected: true }', {}, 'match'],
    ['{ repository_id: 690439361, ref_protected: true }', { ref_protected: 'false' }, 'ref_protected'],
    ['{ repository_id: 690439361, ref_protected: true }', { ref_protected: true }, 'ref_protected'],
    ['{ repository_id: 690439361, environment: production }', {}, 'environment'],
    ['{ repository_id: 690439361, environment: production }', { environment: 'production' }, 'match'],
    [
      '{ repository_id: 690439361, workflow_ref: "octo-org/website/.github/workflows/deploy.yml@refs/heads/main" }',
      {},
      'match',
    ],
    [
      '{ repository_id: 690439361, workflow_ref: "octo-org/website/.github/workflows/deploy.yml@refs/heads/main" }',
      { workflow_ref: 'octo-org/website/.github/workflows/evil.yml@refs/heads/main' },
      'workflow_ref',
    ],
    [
      '{ repository_id: 690439361, job_workflow_ref: "octo-org/shared/.github/workflows/publish.yml@refs/tags/*" }',
      {},
      'match',
    ],
    ['{ repository_id: 690439361, sub: "repo:octo-org/website:environment:production" }', {}, 'sub'],
    [
      '{ repository_id: 690439361, runner_environment: github-hosted }',
      { runner_environment: 'self-hosted' },
      'runner_environment',
    ],
    [
      '{ repository_id: 690439361, repository_visibility: [private, internal] }',
      { repository_visibility: 'public' },
      'repository_visibility',
    ],
    // Anchored: a pattern never matches a part of a value.
    ['{ repository: octo-org/website }', { repository: 'xocto-org/websitex' }, 'repository'],
    // Literal dots and brackets: the pattern is not a regular expression.
    ['{ repository: "octo-org/web.ite" }', {}, 'repository'],
    ['{ repository: octo-org/website }', { repository: undefined }, 'repository'],
  ] as const)('%s with %o: %s', (allow, change, outcome) => {
    expect(matches(allow, change)).toBe(outcome);
  });
});

describe('policies: events deny by default', () => {
  const OTHER_EVENTS = ['pull_request', ...OUTSIDER_EVENTS, 'workflow_call', 'check_run'];

  it.each([...DEFAULT_EVENTS])('%s matches without an event_name rule', (event) => {
    expect(matches('{ repository_id: 690439361 }', { event_name: event })).toBe('match');
  });

  it.each(OTHER_EVENTS)('%s does not, unless listed', (event) => {
    expect(matches('{ repository_id: 690439361 }', { event_name: event })).toBe('event_name');
    expect(matches(`{ repository_id: 690439361, event_name: [push, ${event}] }`, { event_name: event })).toBe('match');
  });

  it('a listed event set is the whole set; a * lets no outsider event in; a token without an event matches nothing', () => {
    expect(matches('{ repository_id: 690439361, event_name: [workflow_dispatch] }')).toBe('event_name');
    expect(matches('{ repository_id: 690439361, event_name: "*" }', { event_name: 'issue_comment' })).toBe(
      'event_name',
    );
    expect(matches('{ repository_id: 690439361, event_name: "*" }', { event_name: 'schedule' })).toBe('match');
    expect(matches('{ repository_id: 690439361 }', { event_name: undefined })).toBe('event_name');
  });
});
