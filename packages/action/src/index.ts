import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { error, exportVariable, getInput, info, setOutput, setSecret } from '@actions/core';
import { proxyConfigured, proxyEnvironment, proxyProblem } from '@dropbox-token/proxy-fetch/environment';
import { run } from './main.js';
import { PROXY_PROBLEMS } from './messages.js';
import { createNodeTransport } from './node-transport.js';

// The entry file alone touches the process: environment, dynamic proxy support, exit code.
// Named imports (not `import * as core`) let the bundler drop the parts of @actions/core we never call.
const summaryFile = process.env['GITHUB_STEP_SUMMARY'] ?? '';
/**
 * GITHUB_OUTPUT / GITHUB_ENV lines written as `name=value` when the value is one line (every value
 * this step writes is checked to be): @actions/core's multi-line form needs a random delimiter,
 * and generating it loads node:crypto, a tenth of the step's start-up. Lines are written once,
 * together, when the step ends. Anything else, or no file, goes through @actions/core unchanged.
 */
function fileCommands(file: string | undefined, viaCore: (name: string, value: string) => void) {
  const lines: string[] = [];
  return {
    set: (name: string, value: string) => {
      if (file && !/[\r\n]/.test(value) && /^[\w-]+$/.test(name)) lines.push(`${name}=${value}${EOL}`);
      else viaCore(name, value);
    },
    flush: () => {
      if (file && lines.length > 0) appendFileSync(file, lines.join(''));
    },
  };
}
const outputs = fileCommands(process.env['GITHUB_OUTPUT'], setOutput);
const variables = fileCommands(process.env['GITHUB_ENV'], exportVariable);

/** The step: proxy or direct transport, run, then the buffered file commands and the exit code. */
async function main(): Promise<void> {
  // A proxy variable undici cannot read would make it throw with the value (perhaps a password) in the message.
  const unusableProxy = proxyProblem(process.env);
  if (unusableProxy !== undefined) {
    error(PROXY_PROBLEMS[unusableProxy.problem](unusableProxy.variable));
    process.exitCode = 1;
    return;
  }
  // Behind a proxy: undici's fetch with the proxy rules (its own chunk). Otherwise node:http(s).
  const viaProxy = proxyConfigured(process.env)
    ? (await import('./proxy-fetch.js')).createProxyFetch(proxyEnvironment(process.env))
    : undefined;
  const direct = viaProxy === undefined ? createNodeTransport() : undefined;
  process.exitCode = await run({
    core: {
      getInput: (name) => getInput(name),
      setSecret,
      setOutput: outputs.set,
      exportVariable: variables.set,
      info,
      error,
    },
    transport: direct?.transport,
    fetch: viaProxy,
    appendSummaryHtml: summaryFile === '' ? undefined : (html) => appendFileSync(summaryFile, html),
    // Set by the runner when the job has permissions: id-token: write (keyless mode needs it).
    idTokenRequest:
      process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] && process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
        ? { url: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }
        : undefined,
  });
  outputs.flush();
  variables.flush();
  direct?.close();
  // undici keeps a CONNECT to a proxy that accepted it and never answered open after its request
  // was aborted, and destroying the agent does not end it: the step ends the process itself, once
  // everything it wrote has reached the runner, so it never outlives timeout-seconds.
  if (viaProxy !== undefined) process.stdout.write('', () => process.exit());
}

// No top-level await: the bundle is CommonJS (see rollup.config.js), and a lazy chunk may import from here.
main().catch((failure: unknown) => {
  process.exitCode = 1;
  throw failure;
});
