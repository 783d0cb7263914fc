import {
  proxyConfigured,
  proxyEnvironment,
  proxyProblem,
  proxySchemesAdded,
} from '@dropbox-token/proxy-fetch/environment';
import { runCommand } from './command.js';
import {
  TERMINATING_SIGNALS,
  abortOnTermination,
  openStartLink,
  outputOf,
  processTerminal,
  terminalPrompts,
} from './platform.js';

declare const __BOOTSTRAP_VERSION__: string;

// The entry file alone touches the process: argv, environment, standard streams, signals, exit code.
const env = process.env;
// A proxy given as host:port is http://host:port for GitHub's client too, as it is for Dropbox's calls.
Object.assign(env, proxySchemesAdded(env));
const controller = new AbortController();
const receivedSignal = abortOnTermination(controller);
process.exitCode = await runCommand(process.argv.slice(2), {
  terminal: processTerminal(env),
  stdin: process.stdin,
  env,
  signal: controller.signal,
  interruptionExitCode: () => TERMINATING_SIGNALS[receivedSignal() ?? 'SIGINT'],
  gitRemoteUrl: () => outputOf('git', ['remote', 'get-url', 'origin']),
  ghAuthToken: () => outputOf('gh', ['auth', 'token']),
  openBrowser: (startUrl) => openStartLink(startUrl, env),
  version: __BOOTSTRAP_VERSION__,
  // Dropbox calls honour HTTPS_PROXY/HTTP_PROXY/NO_PROXY like the GitHub ones (@actions/http-client) do.
  // A proxy variable that cannot be used is reported by runCommand; undici would throw with its value.
  // undici, loaded only behind a proxy.
  fetch:
    proxyConfigured(env) && proxyProblem(env) === undefined
      ? (await import('@dropbox-token/proxy-fetch')).createProxyFetch(proxyEnvironment(env))
      : undefined,
  ...terminalPrompts(controller.signal),
});
