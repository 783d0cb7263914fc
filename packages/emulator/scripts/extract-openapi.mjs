// Extracts, from GitHub's OpenAPI description (the @octokit/openapi package), the operations the
// emulator's GitHub side serves, into test/fixtures/github-openapi.json: the conformance test reads
// that small file instead of a 385 MB dependency. Re-run when GitHub's description changes:
//   npm install --no-save @octokit/openapi@latest && node packages/emulator/scripts/extract-openapi.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8'));

/** The routes the emulator serves: a repository, and secrets and variables of a repository, environment or organization. */
const SERVED = [
  /^\/repos\/\{owner\}\/\{repo\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/(actions|dependabot)\/(secrets|variables)(\/|$)/,
  /^\/repos\/\{owner\}\/\{repo\}\/environments\/\{environment_name\}\/(secrets|variables)(\/|$)/,
  /^\/orgs\/\{org\}\/(actions|dependabot)\/(secrets|variables)(\/|$)/,
];

/** What the conformance test reads of an operation: the JSON request body and each response's JSON schema. */
function slim(operation) {
  const json = (content) => content?.['application/json']?.schema;
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, answer]) => [
      status,
      json(answer.content) === undefined ? {} : { content: { 'application/json': { schema: json(answer.content) } } },
    ]),
  );
  const body = json(operation.requestBody?.content);
  return {
    operationId: operation.operationId,
    ...(body === undefined ? {} : { requestBody: { content: { 'application/json': { schema: body } } } }),
    responses,
  };
}

const paths = {};
for (const [template, methods] of Object.entries(spec.paths)) {
  if (!SERVED.some((pattern) => pattern.test(template))) continue;
  paths[template] = Object.fromEntries(
    Object.entries(methods)
      // Of the repository itself the emulator serves only GET.
      .filter(([method]) =>
        (template === '/repos/{owner}/{repo}' ? ['get'] : ['get', 'put', 'post', 'patch', 'delete']).includes(method),
      )
      .map(([method, operation]) => [method, slim(operation)]),
  );
}
const out = join(here, '../test/fixtures/github-openapi.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: { package: pkg.name, version: pkg.version, file: 'generated/api.github.com.deref.json' }, paths }, null, 1)}\n`,
);
process.stdout.write(`${Object.keys(paths).length} paths from ${pkg.name}@${pkg.version} -> ${out}\n`);
