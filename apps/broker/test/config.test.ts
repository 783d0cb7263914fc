import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, ConfigError, GITHUB_ISSUER, missingSecrets, parseBrokerConfig } from '../src/index.js';

const valid = `audience: https://broker.example
accounts:
  docs: { app_key: abc, refresh_token_env: DOCS_TOKEN, app_secret_env: DOCS_SECRET }
identities:
  deploy:
    account: docs
    scopes: [files.content.write, files.content.write]
    allow: { repository_owner: octo-org, repository_owner_id: 9919, ref: "refs/heads/*", ref_protected: true }
`;

const problemsOf = (source: string): string[] => {
  try {
    parseBrokerConfig(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('the configuration was accepted');
};

describe('parseBrokerConfig', () => {
  it('reads YAML (or JSON): github.com as the default issuer, single values as lists, every value a string', () => {
    const config = parseBrokerConfig(valid);
    expect(config.issuers).toEqual(new Map([['github', { name: 'github', url: GITHUB_ISSUER, kind: 'github' }]]));
    expect(config).toMatchObject({
      replayStore: { kind: 'memory' },
      explainRefusals: CONFIG_DEFAULTS.explain_refusals,
      maxConnections: CONFIG_DEFAULTS.max_connections,
      revokeCheckSeconds: CONFIG_DEFAULTS.revoke_check_seconds,
      warnings: [],
    });
    expect(config.accounts.get('docs')).toEqual({
      name: 'docs',
      appKey: 'abc',
      refreshTokenEnv: 'DOCS_TOKEN',
      appSecretEnv: 'DOCS_SECRET',
    });
    expect(config.identities.get('deploy')).toMatchObject({
      name: 'deploy',
      account: 'docs',
      scopes: ['files.content.write'],
      // As GitHub sends them: the ID and ref_protected are strings.
      allow: {
        repository_owner: ['octo-org'],
        repository_owner_id: ['9919'],
        ref: ['refs/heads/*'],
        ref_protected: ['true'],
      },
    });
    expect(parseBrokerConfig(JSON.stringify({ audience: 'a', accounts: {}, identities: {} })).identities.size).toBe(0);
  });

  it('reads the top-level settings', () => {
    const config = parseBrokerConfig(`explain_refusals: true\nmax_connections: 64\nrevoke_check_seconds: 5\n${valid}`);
    expect(config).toMatchObject({ explainRefusals: true, maxConnections: 64, revokeCheckSeconds: 5 });
  });

  it.each([
    ['[', /not YAML or JSON/],
    [valid.replace('audience: https://broker.example\n', ''), /^audience must be/],
    [valid.replace('account: docs', 'account: nope'), /^identities.deploy.account names no account/],
    [
      valid.replace('scopes: [files.content.write, files.content.write]', 'scopes: "files read"'),
      /not a Dropbox scope/,
    ],
    [valid.replace('repository_owner: octo-org, ', 'branch: main, '), /^identities.deploy.allow.branch is not a claim/],
    [
      valid.replace('repository_owner: octo-org, repository_owner_id: 9919, ', ''),
      /must name a repository, a repository_owner or their IDs/,
    ],
    [
      valid.replace('refresh_token_env: DOCS_TOKEN', 'refresh_token_env: "1 BAD"'),
      /^accounts.docs.refresh_token_env must be/,
    ],
    [`issuer: http://example.com\n${valid}`, /issuer must be an https URL/],
    [`replay: memory\n${valid}`, /^replay is not a setting/],
    [`max_connections: 0\n${valid}`, /^max_connections must be a whole number/],
    [`revoke_check_seconds: 600\n${valid}`, /^revoke_check_seconds must be a whole number of seconds from 1 to 60/],
    [`explain_refusals: "yes"\n${valid}`, /^explain_refusals must be true or false/],
  ])('refuses a bad configuration %#, naming the field by its path', (source, message) => {
    expect(problemsOf(source)).toEqual([expect.stringMatching(message)]);
  });

  it('replay_store: memory, a redis or postgres URL, or { url, password_env }; never a password in the file', () => {
    const store = (setting: string) => parseBrokerConfig(`replay_store: ${setting}\n${valid}`).replayStore;
    expect(store('memory')).toEqual({ kind: 'memory' });
    expect(store('redis://cache.internal:6379/0')).toEqual({
      kind: 'redis',
      url: 'redis://cache.internal:6379/0',
      passwordEnv: undefined,
    });
    expect(store('rediss://cache.internal')).toMatchObject({ kind: 'redis' });
    expect(store('postgresql://broker@db.internal/broker')).toMatchObject({ kind: 'postgres' });
    expect(store('{ url: "postgres://broker@db.internal/broker", password_env: BROKER_DB_PASSWORD }')).toEqual({
      kind: 'postgres',
      url: 'postgres://broker@db.internal/broker',
      passwordEnv: 'BROKER_DB_PASSWORD',
    });
    // The named password is a secret serve needs; check does not.
    const config = parseBrokerConfig(`replay_store: { url: "redis://c", password_env: R_PASS }\n${valid}`);
    expect(missingSecrets(config, (name) => (name === 'DOCS_TOKEN' ? 't' : undefined))).toEqual([
      "the replay store's password is not set: R_PASS",
    ]);
  });

  it.each([
    ['redis://user:s3cret@cache:6379', /replay_store must not hold a password: name the variable that holds it/],
    ['mysql://db', /replay_store must be memory, or a redis:\/\/, rediss:\/\/ or postgres:\/\/ URL/],
    ['not a url', /replay_store must be memory/],
    ['{ url: "redis://c", extra: 1 }', /replay_store.extra is not a setting/],
    ['{ url: "redis://c", password_env: "1 BAD" }', /replay_store.password_env must be a string matching/],
  ])('refuses replay_store %s', (setting, message) => {
    expect(problemsOf(`replay_store: ${setting}\n${valid}`)).toEqual([expect.stringMatching(message)]);
    expect(problemsOf(`replay_store: ${setting}\n${valid}`).join('\n')).not.toContain('s3cret');
  });

  it('names every problem at once, each by its path', () => {
    const problems = problemsOf(`audience: ""
max_connections: -1
accounts:
  docs: { app_key: abc }
identities:
  a: { account: nope, scopes: [files.content.write], allow: { repository: "*" } }
  b: { account: docs, scopes: [files.content.write], allow: { repository_owner: "octo-*" } }
`);
    expect(problems).toEqual([
      'audience must be a non-empty string',
      'max_connections must be a whole number from 1 to 65535',
      expect.stringMatching(/^accounts.docs.refresh_token_env must be/),
      'identities.a.account names no account under accounts',
      'identities.a.allow.repository: "*" is not OWNER/NAME',
      'identities.b.allow.repository_owner: an owner cannot contain *: name it exactly',
    ]);
  });

  describe('names and IDs', () => {
    const withAllow = (allow: string) =>
      `audience: a\naccounts:\n  docs: { app_key: abc, refresh_token_env: T }\nidentities:\n  deploy: { account: docs, scopes: [files.content.write], allow: ${allow} }\n`;

    it.each([
      ['{ repository: "*" }', /"\*" is not OWNER\/NAME/],
      ['{ repository: "*/website" }', /the owner in "\*\/website" cannot contain \*/],
      ['{ repository: "octo-*/website" }', /the owner in "octo-\*\/website" cannot contain \*/],
      ['{ repository_owner: "octo-*" }', /an owner cannot contain \*/],
      ['{ repository_owner: "*" }', /an owner cannot contain \*/],
      ['{ repository_id: "69*" }', /"69\*" is not an ID/],
      ['{ repository_owner_id: octo-org }', /"octo-org" is not an ID/],
      ['{ repository_id: 12, repository_owner_id: "" }', /repository_owner_id\[0\] must be a non-empty string/],
    ])('refuses %s', (allow, message) => {
      expect(problemsOf(withAllow(allow))).toEqual([expect.stringMatching(message)]);
    });

    it.each([
      ['{ repository: octo-org/website }', ['repository without repository_id']],
      ['{ repository_owner: octo-org }', ['repository_owner without repository_owner_id']],
      [
        '{ repository: octo-org/website, repository_owner: octo-org }',
        ['repository without repository_id and repository_owner without repository_owner_id'],
      ],
      ['{ repository: octo-org/website, repository_id: 1 }', []],
      ['{ repository: "octo-org/*", repository_owner_id: 2 }', []],
      ['{ repository_owner: octo-org, repository_owner_id: 2 }', []],
      ['{ repository_id: 1 }', []],
    ])('warns when %s pins a name without its ID', (allow, pinned) => {
      const { warnings } = parseBrokerConfig(withAllow(allow));
      expect(warnings).toEqual(pinned.map((what) => expect.stringContaining(`identity deploy pins ${what}:`)));
    });
  });

  it('warns once for each account that identities of different repositories share', () => {
    const { warnings } = parseBrokerConfig(`audience: a
accounts:
  docs: { app_key: abc, refresh_token_env: T }
  site: { app_key: abc, refresh_token_env: U }
identities:
  docs-main: { account: docs, scopes: [files.content.write], allow: { repository_id: 1, ref: refs/heads/main } }
  docs-tags: { account: docs, scopes: [files.content.read], allow: { repository_id: 1, ref: "refs/tags/*" } }
  sandbox: { account: docs, scopes: [files.content.read], allow: { repository_id: 2 } }
  site: { account: site, scopes: [files.content.write], allow: { repository_id: 3 } }
`);
    expect(warnings).toEqual([
      'account docs is shared by identities with different repositories (docs-main, docs-tags, sandbox): a revoke by any one of them stops all of them; give each its own account (dropbox-token-bootstrap --broker-config)',
    ]);
  });
});
