import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { isAuthorizationCodeShaped } from '@dropbox-token/core';
import { fail } from './messages.js';

/**
 * What the user pasted: the bare code from the Dropbox page, or the whole redirect URL
 * (whose `state` must be ours, and which may carry `error=access_denied`).
 */
export function codeFromPaste(pasted: string, expectedState: string): string {
  const text = pasted.trim();
  if (text === '') throw fail('nothingPasted');
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw fail('pastedUrlUnreadable');
    }
    const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
    if (params.get('state') !== expectedState) throw fail('pastedUrlWrongState');
    if (params.get('error') === 'access_denied') throw fail('accessDeclined');
    const code = params.get('code');
    if (code === null || !isAuthorizationCodeShaped(code)) throw fail('pastedUrlNoCode');
    return code;
  }
  if (!isAuthorizationCodeShaped(text)) throw fail('pastedTextNotCode');
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
