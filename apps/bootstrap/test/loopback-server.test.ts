import { request } from 'node:http';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { describe, expect, it } from 'vitest';
import { startLoopbackServer } from '../src/browser/loopback-server.js';
import { createStartLink } from '../src/browser/start-link.js';

/** The browser's side of the callback: resolves when its connection is gone, answered or not. */
function openCallback(url: string): Promise<void> {
  return new Promise((resolve) => {
    const callback = request(url);
    callback.on('error', () => resolve());
    callback.on('response', (answer) => {
      answer.resume();
      answer.on('close', () => resolve());
    });
    callback.end();
  });
}

describe('the loopback server', () => {
  it('finishing a callback whose browser is already gone (the run was interrupted meanwhile) settles at once', async () => {
    const controller = new AbortController();
    const port = await freeLoopbackPort();
    const server = await startLoopbackServer({
      redirectUri: new URL(`http://127.0.0.1:${port}/dropbox/callback`),
      state: 'state-1',
      startLink: createStartLink('https://dropbox.invalid/oauth2/authorize'),
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    const browserGone = openCallback(`http://127.0.0.1:${port}/dropbox/callback?state=state-1&code=code-1`);
    const callback = await server.callback;
    // Ctrl-C while a step that takes no signal (sealing) runs: the server closes under the held page.
    controller.abort();
    await browserGone;
    await server.close();
    // The server's side of the connection closes a moment after the browser's does.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Without a guard, a finish that waits for an event already emitted would leave the run hanging on nothing.
    const settled = callback.finish('<p>Dropbox is not connected</p>', 500).then(() => 'settled');
    const stillWaiting = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000).unref());
    await expect(Promise.race([settled, stillWaiting])).resolves.toBe('settled');
  });
});
