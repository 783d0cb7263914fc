import { appendFileSync } from 'node:fs';
import { error, exportVariable, getInput, info, setOutput, setSecret } from '@actions/core';
import { proxyConfigured, proxyEnvironment } from '@dropbox-token/proxy-fetch/environment';
import { run } from './main.js';
import { createNodeTransport } from './node-transport.js';

// The entry file alone touches the process: environment, dynamic proxy support, exit code.
// Named imports (not `import * as core`) let the bundler drop the parts of @actions/core we never call.
const summaryFile = process.env['GITHUB_STEP_SUMMARY'] ?? '';
// Behind a proxy: undici's fetch with the proxy rules (its own chunk). Otherwise node:http(s).
const viaProxy = proxyConfigured(process.env)
  ? (await import('./proxy-fetch.js')).createProxyFetch(proxyEnvironment(process.env))
  : undefined;
const direct = viaProxy === undefined ? createNodeTransport() : undefined;
process.exitCode = await run({
  core: { getInput: (name) => getInput(name), setSecret, setOutput, exportVariable, info, error },
  transport: direct?.transport,
  fetch: viaProxy,
  appendSummaryHtml: summaryFile === '' ? undefined : (html) => appendFileSync(summaryFile, html),
});
direct?.close();
