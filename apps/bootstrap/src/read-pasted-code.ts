import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { BootstrapError } from './bootstrap-error.js';

const CODE = /^[A-Za-z0-9_\-.~]+$/;

/**
 * What the user pasted: the bare code from the Dropbox page, or the whole redirect URL
 * (whose `state` must be ours, and which may carry `error=access_denied`).
 */
export function codeFromPaste(pasted: string, expectedState: string): string {
  const text = pasted.trim();
  if (text === '')
    throw new BootstrapError(
      'No code was pasted.',
      'Run again, approve in the browser, and paste the code Dropbox shows.',
    );
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new BootstrapError(
        'The pasted text looks like a URL but cannot be read.',
        'Paste the whole address from the browser, or just the code.',
      );
    }
    const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
    if (params.get('state') !== expectedState)
      throw new BootstrapError(
        'The pasted URL belongs to a different authorization (its state does not match this one).',
        'Open the URL printed by this run, approve, and paste the address you land on.',
      );
    if (params.get('error') === 'access_denied')
      throw new BootstrapError(
        'You declined access on the Dropbox page; nothing was stored.',
        'Run the command again and click Allow.',
      );
    const code = params.get('code');
    if (code === null || !CODE.test(code))
      throw new BootstrapError(
        'The pasted URL has no authorization code.',
        'Paste the address you land on after clicking Allow.',
      );
    return code;
  }
  if (!CODE.test(text))
    throw new BootstrapError(
      'The pasted text is not an authorization code.',
      'Copy the code from the Dropbox page again (it has letters, digits, - and _ only).',
    );
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
      const onAbort = () => reject(new BootstrapError('Interrupted.', 'Run the command again when ready.'));
      signal?.addEventListener('abort', onAbort, { once: true });
      lines.once('line', (line) => resolve(line));
      lines.once('close', () =>
        reject(
          new BootstrapError(
            'Standard input ended before a code was pasted.',
            'Paste the code and press Enter, or pipe it: echo CODE | dropbox-token-bootstrap ...',
          ),
        ),
      );
    });
  } finally {
    lines.close();
  }
}
