import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { guessCredentialKind, isAuthorizationCodeShaped } from '@dropbox-token/core';
import { fail } from '../errors/catalog.js';

/**
 * What the user pasted: the bare code from the Dropbox page, or the whole redirect URL (whose
 * `state` must be ours, and which may carry `error=access_denied`). With a web `redirectUri`, only
 * the whole address at that URI will do: a bare code would skip the state check.
 */
export function codeFromPaste(pasted: string, expectedState: string, redirectUri?: URL): string {
  const text = pasted.trim();
  if (text === '') throw fail('nothingPasted');
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw fail('pastedUrlUnreadable');
    }
    if (redirectUri !== undefined && `${url.origin}${url.pathname}` !== `${redirectUri.origin}${redirectUri.pathname}`)
      throw fail('pastedUrlElsewhere');
    const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
    if (params.get('state') !== expectedState) throw fail('pastedUrlWrongState');
    if (params.get('error') === 'access_denied') throw fail('accessDeclined');
    const code = params.get('code');
    if (code === null || !isAuthorizationCodeShaped(code)) throw fail('pastedUrlNoCode');
    return code;
  }
  // Never echoed: an access token pasted here is a live credential. (`sl.` is certain; a length is
  // only a guess, which may explain Dropbox's refusal of the exchange but never stops it: run-bootstrap.ts.)
  if (guessCredentialKind(text) === 'access-token') throw fail('pastedAccessToken');
  if (!isAuthorizationCodeShaped(text)) throw fail('pastedTextNotCode');
  if (redirectUri !== undefined) throw fail('pastedBareCode');
  return text;
}

/** Reads one line from the terminal, or from stdin when it is piped. */
export async function readLine(
  input: Readable,
  prompt: string,
  output: { write(text: string): unknown },
  signal?: AbortSignal,
): Promise<string> {
  output.write(prompt);
  const lines = createInterface({ input, terminal: false });
  try {
    return await new Promise<string>((resolve, reject) => {
      const onAbort = () => reject(fail('interrupted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      lines.once('line', (line) => resolve(line));
      lines.once('close', () => reject(fail('stdinEnded')));
    });
  } finally {
    lines.close();
  }
}
