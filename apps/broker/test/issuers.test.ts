import { describe, expect, it } from 'vitest';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach } from 'vitest';
import { type AuditLine, ConfigError, createBroker, parseBrokerConfig } from '../src/index.js';
import { AUDIENCE, tokenRequest } from './helpers.js';

/** Two issuers: the emulator's GitHub Actions and its GitLab, each trusted by its own identity. */
const yaml = (github: string, gitlab: string, appKey: string, extraPolicy = '') => `audience: ${AUDIENCE}
issuers:
  github: { url: ${github} }
  gitlab: { url: ${gitlab}, kind: gitlab }
accounts:
  docs: { app_key: ${appKey}, refresh_token_env: DOCS }
  site: { app_key: ${appKey}, refresh_token_env: SITE }
identities:
  deploy-docs:
    issuer: github
    account: docs
    scopes: [files.content.write]
    allow: { repository: octo-org/demo-repo, repository_id: 690439361, repository_owner_id: 9919 }
  ship-site:
    issuer: gitlab
    account: site
    scopes: [files.content.write]
    allow: { project_path: octo-group/demo-project, project_id: 4815162342, namespace_id: 4242${extraPolicy} }
`;

describe('many issuers, and GitLab CI', () => {
  const ctx = useEmulator({ beforeEach, afterEach });
  const broker = (extraPolicy = '') => {
    const audit: AuditLine[] = [];
    const fetched: string[] = [];
    const refreshToken = ctx.emu.dropbox.issueRefreshToken();
    const handler = createBroker({
      config: parseBrokerConfig(yaml(ctx.emu.oidc.issuer, ctx.emu.gitlab.issuer, ctx.emu.app.key, extraPolicy)),
      secrets: () => refreshToken,
      audit: (line) => audit.push(line),
      dropbox: { apiUrl: ctx.emu.apiUrl },
      fetch: (input, init) => {
        fetched.push(String(input));
        return fetch(input, init);
      },
    });
    const ask = async (bearer: string, identity: string) => {
      const answer = await handler.handle(tokenRequest(bearer, { identity }));
      return { status: answer.status, json: (await answer.json()) as Record<string, string> };
    };
    return { ask, audit, fetched };
  };

  it("each identity takes its own issuer's tokens; a token from one issuer never matches the other's identity", async () => {
    const { ask, audit } = broker();
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE), 'deploy-docs')).status).toBe(200);
    const gitlab = await ask(ctx.emu.gitlab.issue(AUDIENCE), 'ship-site');
    expect(gitlab.status).toBe(200);
    expect(audit.at(-1)).toMatchObject({
      identity: 'ship-site',
      iss: ctx.emu.gitlab.issuer,
      project_path: 'octo-group/demo-project',
      pipeline_source: 'push',
      decision: 'allowed',
    });
    expect((await ask(ctx.emu.gitlab.issue(AUDIENCE), 'deploy-docs')).json).toMatchObject({ error: 'access_denied' });
    expect(audit.at(-1)!.reason).toBe('iss: the identity deploy-docs trusts another issuer');
    expect((await ask(ctx.emu.oidc.issue(AUDIENCE), 'ship-site')).json).toMatchObject({ error: 'access_denied' });
  });

  it('a token from an issuer that is not configured is refused (401) without any fetch to it', async () => {
    const { ask, fetched } = broker();
    const elsewhere = `${ctx.emu.url}/attacker-issuer`;
    const forged = ctx.emu.oidc.sign(
      { alg: 'RS256', kid: ctx.emu.oidc.keys()[0]!.kid },
      { ...ctx.emu.oidc.claimsFor(AUDIENCE), iss: elsewhere },
    );
    const answer = await ask(forged, 'deploy-docs');
    expect(answer).toMatchObject({ status: 401, json: { error: 'invalid_token' } });
    expect(answer.json['error_description']).toMatch(/an issuer this broker does not trust/);
    expect(fetched).toEqual([]);
    expect(ctx.emu.requests).toEqual([]);
  });

  it.each([
    [
      'a merge request pipeline (it can run a fork’s code)',
      { pipeline_source: 'merge_request_event' },
      'pipeline_source',
    ],
    ['an unprotected ref', { ref: 'feature', ref_protected: 'false' as const }, 'ref_protected'],
    ['another project under a lookalike namespace', { project_path: 'octo-group-x/demo-project' }, 'project_path'],
    ['a re-registered project', { project_id: '999' }, 'project_id'],
  ])('GitLab defaults refuse %s', async (_what, run, claim) => {
    const { ask, audit } = broker();
    ctx.emu.gitlab.run = { ...ctx.emu.gitlab.run, ...run };
    expect((await ask(ctx.emu.gitlab.issue(AUDIENCE), 'ship-site')).json).toMatchObject({ error: 'access_denied' });
    expect(audit.at(-1)!.reason).toMatch(new RegExp(`^${claim}: `));
  });

  it('a policy that lists merge_request_event and names ref_protected lets them in', async () => {
    const { ask } = broker(', pipeline_source: [push, merge_request_event], ref_protected: ["true", "false"]');
    ctx.emu.gitlab.run = { ...ctx.emu.gitlab.run, pipeline_source: 'merge_request_event', ref_protected: 'false' };
    expect((await ask(ctx.emu.gitlab.issue(AUDIENCE), 'ship-site')).status).toBe(200);
  });

  it.each([
    [
      'issuer: https://a.example\nissuers: { x: { url: https://b.example } }\n',
      /issuer and issuers cannot both be set/,
    ],
    ['issuers: { x: { url: https://b.example, kind: bitbucket } }\n', /issuers.x.kind must be github or gitlab/],
    ['issuers: { x: { url: http://b.example } }\n', /issuers.x.url must be an https URL/],
  ])('refuses issuers %#', (top, message) => {
    const source = `audience: a\n${top}accounts: {}\nidentities: {}\n`;
    expect(() => parseBrokerConfig(source)).toThrow(ConfigError);
    expect(() => parseBrokerConfig(source)).toThrow(message);
  });

  it('with two issuers an identity must name one; GitLab paths and namespaces follow the owner rules', () => {
    const two = yaml('https://token.actions.githubusercontent.com', 'https://gitlab.com', 'key');
    expect(() => parseBrokerConfig(two.replace('    issuer: github\n', ''))).toThrow(
      /identities.deploy-docs.issuer must name one of the issuers \(github, gitlab\)/,
    );
    expect(() =>
      parseBrokerConfig(two.replace('project_path: octo-group/demo-project', 'project_path: "octo-*/x"')),
    ).toThrow(/the owner in "octo-\*\/x" cannot contain \*/);
    expect(() =>
      parseBrokerConfig(two.replace('project_path: octo-group/demo-project', 'namespace_path: "octo-*"')),
    ).toThrow(/an owner cannot contain \*/);
    expect(() => parseBrokerConfig(two.replace('project_path: octo-group/demo-project,', 'repository: a/b,'))).toThrow(
      /allow.repository is not a claim a GitLab policy can match/,
    );
    const unpinned = parseBrokerConfig(two.replace(', project_id: 4815162342, namespace_id: 4242', ''));
    expect(unpinned.warnings).toEqual([
      expect.stringContaining('identity ship-site pins project_path without project_id'),
    ]);
  });
});
