import { describe, expect, it } from 'vitest';
import { ConfigError, GITHUB_ISSUER, parseBrokerConfig } from '../src/index.js';

const valid = `audience: https://broker.example
accounts:
  docs: { app_key: abc, refresh_token_env: DOCS_TOKEN, app_secret_env: DOCS_SECRET }
identities:
  deploy:
    account: docs
    scopes: files.content.write
    allow: { repository_owner: octo-org, ref: "refs/heads/*" }
`;

describe('parseBrokerConfig', () => {
  it('reads YAML (or JSON), with github.com as the default issuer and single values as lists', () => {
    const config = parseBrokerConfig(valid);
    expect(config.issuer).toBe(GITHUB_ISSUER);
    expect(config.accounts.get('docs')).toEqual({
      name: 'docs',
      appKey: 'abc',
      refreshTokenEnv: 'DOCS_TOKEN',
      appSecretEnv: 'DOCS_SECRET',
    });
    expect(config.identities.get('deploy')).toEqual({
      name: 'deploy',
      account: 'docs',
      scopes: ['files.content.write'],
      allow: { repository_owner: ['octo-org'], ref: ['refs/heads/*'] },
    });
    expect(parseBrokerConfig(JSON.stringify({ audience: 'a', accounts: {}, identities: {} })).identities.size).toBe(0);
  });

  it.each([
    ['[', /not YAML or JSON/],
    [valid.replace('audience: https://broker.example\n', ''), /audience must be/],
    [valid.replace('account: docs', 'account: nope'), /names no account/],
    [valid.replace('scopes: files.content.write', 'scopes: "files read"'), /not a Dropbox scope/],
    [valid.replace('repository_owner: octo-org, ', 'branch: main, '), /allow.branch is not a claim/],
    [valid.replace('repository_owner: octo-org, ', ''), /must name a repository or a repository_owner/],
    [valid.replace('refresh_token_env: DOCS_TOKEN', 'refresh_token_env: "1 BAD"'), /refresh_token_env must be/],
    [`issuer: http://example.com\n${valid}`, /issuer must be an https URL/],
  ])('refuses a bad configuration %#, naming the field', (source, message) => {
    expect(() => parseBrokerConfig(source)).toThrow(ConfigError);
    expect(() => parseBrokerConfig(source)).toThrow(message);
  });
});
