import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { gh, seal, useEmulator } from './helpers.js';

/**
 * Conformance with GitHub's published OpenAPI description: the operations the emulator serves,
 * extracted from @octokit/openapi by scripts/extract-openapi.mjs into test/fixtures/github-openapi.json
 * (which records the package version it read):
 * every request the emulator accepts and every answer it gives on the GitHub side
 * must fit the documented operation, status and schema.
 */
type Schema = {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  nullable?: boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Operation = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Spec = { source: { package: string; version: string }; paths: Record<string, Record<string, Operation>> };

/** A small JSON Schema checker, enough for these operations: returns the problems found. */
function check(value: unknown, schema: Schema, at = '$'): string[] {
  if (schema.allOf) return schema.allOf.flatMap((s) => check(value, s, at));
  if (schema.anyOf || schema.oneOf) {
    const options = (schema.anyOf ?? schema.oneOf)!;
    return options.some((s) => check(value, s, at).length === 0) ? [] : [`${at}: matches none of the alternatives`];
  }
  if (value === null)
    return schema.nullable || schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))
      ? []
      : [`${at}: null`];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    return [`${at}: ${actual} is not ${types.join('|')}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${String(value)} not in enum`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    problems.push(`${at}: does not match ${schema.pattern}`);
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: required`);
    for (const [name, sub] of Object.entries(schema.properties ?? {}))
      if (name in record) problems.push(...check(record[name], sub, `${at}.${name}`));
  }
  if (actual === 'array' && schema.items) {
    for (const [i, item] of (value as unknown[]).entries()) problems.push(...check(item, schema.items, `${at}[${i}]`));
  }
  return problems;
}

let spec: Spec;
let templates: { template: string; regex: RegExp }[];

beforeAll(() => {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/github-openapi.json');
  spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  templates = Object.keys(spec.paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
}, 60_000);

function operationFor(method: string, path: string): { template: string; op: Operation } {
  const exact = templates.filter((t) => t.regex.test(path));
  // Prefer the template with the most literal segments (e.g. .../secrets/public-key over .../secrets/{secret_name}).
  exact.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length);
  const match = exact[0];
  if (!match) throw new Error(`no documented path for ${path}`);
  const op = spec.paths[match.template]![method.toLowerCase()];
  if (!op) throw new Error(`${method} ${match.template} is not documented`);
  return { template: match.template, op };
}

type Exchange = { method: string; path: string; body?: unknown; status: number; response?: unknown };

/** Each request fits its operation's documented body, and each answer a documented status and schema. */
function expectDocumented(exchanges: Exchange[]): void {
  for (const exchange of exchanges) {
    const { template, op } = operationFor(exchange.method, exchange.path);
    const label = `${exchange.method} ${template} → ${exchange.status}`;
    expect(Object.keys(op.responses), label).toContain(String(exchange.status));
    if (exchange.body !== undefined) {
      const schema = op.requestBody!.content['application/json']!.schema;
      expect(check(exchange.body, schema), label).toEqual([]);
    }
    const documented = op.responses[String(exchange.status)]!.content?.['application/json']?.schema;
    if (documented && exchange.status !== 201) expect(check(exchange.response, documented), label).toEqual([]);
  }
}

describe('GitHub side conforms to the OpenAPI description', () => {
  const ctx = useEmulator();

  /** Calls GitHub's side of the emulator and records each exchange for expectDocumented. */
  const recorder = () => {
    const exchanges: Exchange[] = [];
    const call = async (method: string, path: string, body?: unknown) => {
      const answer = await gh(ctx.emu, method, path, body);
      exchanges.push({ method, path, body, status: answer.status, response: answer.json });
      return answer;
    };
    return { exchanges, call };
  };

  it('every exchange of a full bootstrap-style session fits the documented operations', async () => {
    const repo = `/repos/${ctx.emu.github.repository}`;
    const env = `${repo}/environments/${encodeURIComponent(ctx.emu.github.environment)}`;
    const org = `/orgs/${ctx.emu.github.organization}/actions`;
    const { exchanges, call } = recorder();
    const repoInfo = await call('GET', repo);
    for (const [base, extra] of [
      [`${repo}/actions/secrets`, {}],
      [`${env}/secrets`, {}],
      [`${org}/secrets`, { visibility: 'selected', selected_repository_ids: [repoInfo.json!['id']] }],
    ] as const) {
      for (let round = 0; round < 2; round++) {
        const key = await call('GET', `${base}/public-key`);
        const encrypted_value = await seal(key.json!['key'] as string, `value-${round}`);
        await call('PUT', `${base}/DROPBOX_REFRESH_TOKEN`, { encrypted_value, key_id: key.json!['key_id'], ...extra });
      }
      await call('GET', `${base}/DROPBOX_REFRESH_TOKEN`);
    }
    expect(exchanges.map((e) => e.status)).toEqual([
      200, 200, 201, 200, 204, 200, 200, 201, 200, 204, 200, 200, 201, 200, 204, 200,
    ]);

    expectDocumented(exchanges);
  });

  it('Dependabot secrets, Actions variables and selected repositories fit the documented operations too', async () => {
    const repo = `/repos/${ctx.emu.github.repository}`;
    const env = `${repo}/environments/${encodeURIComponent(ctx.emu.github.environment)}`;
    const org = `/orgs/${ctx.emu.github.organization}`;
    const { exchanges, call } = recorder();
    const repoId = (await call('GET', repo)).json!['id'] as number;
    for (const [base, extra] of [
      [`${repo}/dependabot/secrets`, {}],
      [`${org}/dependabot/secrets`, { visibility: 'selected', selected_repository_ids: [String(repoId)] }],
    ] as const) {
      const key = await call('GET', `${base}/public-key`);
      const encrypted_value = await seal(key.json!['key'] as string, 'value');
      await call('PUT', `${base}/DROPBOX_REFRESH_TOKEN`, { encrypted_value, key_id: key.json!['key_id'], ...extra });
      await call('GET', `${base}/DROPBOX_REFRESH_TOKEN`);
    }
    await call('GET', `${org}/dependabot/secrets/DROPBOX_REFRESH_TOKEN/repositories`);
    const orgKey = await call('GET', `${org}/actions/secrets/public-key`);
    await call('PUT', `${org}/actions/secrets/SHARED`, {
      encrypted_value: await seal(orgKey.json!['key'] as string, 'v'),
      key_id: orgKey.json!['key_id'],
      visibility: 'selected',
      selected_repository_ids: [repoId],
    });
    await call('GET', `${org}/actions/secrets/SHARED/repositories`);
    for (const [base, extra] of [
      [`${repo}/actions/variables`, {}],
      [`${env}/variables`, {}],
      [`${org}/actions/variables`, { visibility: 'private' }],
    ] as const) {
      await call('POST', base, { name: 'DROPBOX_APP_KEY', value: 'key-1', ...extra });
      await call('PATCH', `${base}/DROPBOX_APP_KEY`, { name: 'DROPBOX_APP_KEY', value: 'key-2' });
      await call('GET', `${base}/DROPBOX_APP_KEY`);
    }
    expect(exchanges.map((e) => e.status)).toEqual([
      200, 200, 201, 200, 200, 201, 200, 200, 200, 201, 200, 201, 204, 200, 201, 204, 200, 201, 204, 200,
    ]);
    expect(ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN', 'dependabot')).toBe('value');
    expect(ctx.emu.github.variable({ org: ctx.emu.github.organization }, 'DROPBOX_APP_KEY')).toBe('key-2');
    expectDocumented(exchanges);
  });

  it('lists, deletes and the selected-repository routes fit the documented operations', async () => {
    const repo = `/repos/${ctx.emu.github.repository}`;
    const org = `/orgs/${ctx.emu.github.organization}`;
    const { exchanges, call } = recorder();
    const repoId = (await call('GET', repo)).json!['id'] as number;
    const key = await call('GET', `${repo}/actions/secrets/public-key`);
    await call('PUT', `${repo}/actions/secrets/A`, {
      encrypted_value: await seal(key.json!['key'] as string, 'v'),
      key_id: key.json!['key_id'],
    });
    await call('GET', `${repo}/actions/secrets?per_page=1`);
    await call('DELETE', `${repo}/actions/secrets/A`);
    await call('POST', `${repo}/actions/variables`, { name: 'V', value: '1' });
    await call('GET', `${repo}/actions/variables`);
    await call('DELETE', `${repo}/actions/variables/V`);
    await call('POST', `${org}/actions/variables`, {
      name: 'OV',
      value: '1',
      visibility: 'selected',
      selected_repository_ids: [],
    });
    await call('PUT', `${org}/actions/variables/OV/repositories/${repoId}`);
    await call('GET', `${org}/actions/variables/OV/repositories`);
    await call('PUT', `${org}/actions/variables/OV/repositories`, { selected_repository_ids: [repoId] });
    await call('DELETE', `${org}/actions/variables/OV/repositories/${repoId}`);
    await call('GET', `${org}/actions/variables`);
    await call('GET', `${org}/actions/secrets`);
    expect(exchanges.map((e) => e.status)).toEqual([
      200, 200, 201, 200, 204, 201, 200, 204, 201, 204, 200, 204, 204, 200, 200,
    ]);
    expectDocumented(exchanges.map((e) => ({ ...e, path: e.path.replace(/\?.*$/, '') })));
  });

  it('the documented error statuses are the ones the emulator uses', async () => {
    const { op } = operationFor('PUT', `/repos/${ctx.emu.github.repository}/actions/secrets/NAME`);
    // GitHub documents only success codes for this operation; the 401/403/404/422 we send follow the reference file.
    expect(Object.keys(op.responses).sort()).toEqual(['201', '204']);
    const check422 = await gh(ctx.emu, 'PUT', `/repos/${ctx.emu.github.repository}/actions/secrets/NAME`, {
      encrypted_value: 'AAAA',
      key_id: 'nope',
    });
    expect(check422.status).toBe(422);
    expect(check422.json).toEqual({
      message: expect.any(String),
      documentation_url: expect.any(String),
      status: '422',
    });
  });

  it('the fixture says where it came from, and holds every route the emulator serves', () => {
    expect(spec.source).toMatchObject({
      package: '@octokit/openapi',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
    for (const template of [
      '/repos/{owner}/{repo}/actions/secrets',
      '/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}',
      '/orgs/{org}/actions/variables/{name}/repositories/{repository_id}',
      '/orgs/{org}/dependabot/secrets/{secret_name}/repositories',
    ])
      expect(Object.keys(spec.paths)).toContain(template);
  });

  it('the checker itself rejects what the schema forbids', () => {
    const { op } = operationFor('PUT', '/orgs/o/actions/secrets/NAME');
    const schema = op.requestBody!.content['application/json']!.schema;
    expect(check({ encrypted_value: 'AAAA', key_id: '1', visibility: 'all' }, schema)).toEqual([]);
    expect(check({ encrypted_value: 'AA-_', key_id: '1', visibility: 'everyone' }, schema).join()).toMatch(
      /does not match.*not in enum/s,
    );
    expect(check({ encrypted_value: 'AAAA', key_id: '1' }, schema).join()).toMatch(/visibility: required/);
  });
});
