import { buildAuthorizeUrl, createPkcePair, createState } from '@dropbox-token/core';
import type { BootstrapOptions } from '../../args.js';
import { startLoopbackServer, startRedirectServer } from '../../browser/loopback-server.js';
import { createStartLink } from '../../browser/start-link.js';
import { codeFromPaste, readLine } from '../../terminal/paste.js';
import { style, waitingLine } from '../../terminal/terminal.js';
import { type BootstrapDeps, type ObtainedCode, say } from './context.js';

/**
 * Prints the authorize URL (stderr is the person's own) and opens the browser on `startUrl`, a
 * one-time link on loopback: the state and the PKCE challenge never become a process argument,
 * which any local user could read.
 */
export async function showAuthorizeUrl(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  url: string,
  startUrl: string,
): Promise<void> {
  say(
    deps,
    `${style(deps.terminal, 'bold', 'Open this URL to link your Dropbox account')} (on any machine with a browser):\n\n  ${url}\n`,
  );
  if (options.openBrowser && !(await deps.openBrowser(startUrl)))
    say(deps, style(deps.terminal, 'dim', '(Could not open a browser; open the URL above yourself.)'));
}

/** What the paste and loopback modes share: the PKCE pair, the state, and the authorize URL they make. */
export interface Authorization {
  verifier: string;
  state: string;
  url: (redirectUri?: string) => string;
}

/** Paste modes: no redirect (the code Dropbox shows), or a web redirect (the address the browser landed on). */
export async function pasteCode(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  auth: Authorization,
  web: { redirectUri: URL; raw: string } | undefined,
): Promise<ObtainedCode> {
  const url = auth.url(web?.raw);
  const startLink = createStartLink(url);
  // Kept up until storing begins: a second use of the link until then ends the flow.
  const redirect = options.openBrowser ? await startRedirectServer(startLink) : undefined;
  try {
    await showAuthorizeUrl(options, deps, url, redirect?.startUrl ?? url);
    const prompt =
      web === undefined
        ? 'Paste the code Dropbox shows (or the whole address you landed on): '
        : `After Allow, paste the whole address the browser landed on (it starts with ${web.redirectUri.origin}): `;
    const pasted = await Promise.race([readLine(deps.stdin, prompt, deps.terminal.err, deps.signal), startLink.reuse]);
    const code = codeFromPaste(pasted, auth.state, web?.redirectUri);
    return {
      code,
      codeVerifier: auth.verifier,
      redirectUri: web?.raw,
      browser: undefined,
      closeLoopback: async () => redirect?.close(),
      startLinkReused: startLink.wasReused,
    };
  } catch (error) {
    await redirect?.close();
    throw error;
  }
}

/** Loopback mode: listen on the redirect URI and wait for the browser's one callback. */
export async function catchCallback(
  options: BootstrapOptions,
  deps: BootstrapDeps,
  auth: Authorization,
  loopback: { redirectUri: URL; raw: string },
): Promise<ObtainedCode> {
  const url = auth.url(loopback.raw);
  const startLink = createStartLink(url);
  const server = await startLoopbackServer({
    redirectUri: loopback.redirectUri,
    state: auth.state,
    startLink,
    timeoutMs: options.timeoutSeconds * 1000,
    signal: deps.signal,
  });
  await showAuthorizeUrl(options, deps, url, server.startUrl);
  const where = `${loopback.redirectUri.origin}${loopback.redirectUri.pathname}`;
  const stop = waitingLine(
    deps.terminal,
    `Waiting for the browser at ${where} (up to ${options.timeoutSeconds} s, Ctrl-C to cancel)…`,
  );
  try {
    const browser = await server.callback;
    return {
      code: browser.code,
      codeVerifier: auth.verifier,
      redirectUri: loopback.raw,
      browser,
      closeLoopback: server.close,
      startLinkReused: startLink.wasReused,
    };
  } catch (error) {
    await server.close();
    throw error;
  } finally {
    stop();
  }
}

/** Step 2: the authorization code, by the mode the options chose (PKCE always, except for `--code`). */
export async function obtainCode(options: BootstrapOptions, deps: BootstrapDeps): Promise<ObtainedCode> {
  const mode = options.mode;
  if (mode.kind === 'code')
    return {
      code: mode.code,
      codeVerifier: undefined,
      redirectUri: mode.redirectUri,
      browser: undefined,
      closeLoopback: async () => {},
      startLinkReused: () => false,
    };
  const pkce = await createPkcePair();
  const state = createState();
  const auth: Authorization = {
    verifier: pkce.verifier,
    state,
    url: (redirectUri) =>
      buildAuthorizeUrl({
        clientId: options.appKey,
        redirectUri,
        state,
        scope: options.scope,
        tokenAccessType: 'offline',
        codeChallenge: pkce.challenge,
        authorizeUrl: options.authorizeUrl,
      }).href,
  };
  if (mode.kind === 'loopback') return catchCallback(options, deps, auth, mode);
  return pasteCode(options, deps, auth, mode.kind === 'web' ? mode : undefined);
}
