import type { ServerResponse } from 'node:http';
import { createState } from '@dropbox-token/core';
import type { BootstrapError } from '../errors/bootstrap-error.js';
import { fail } from '../errors/catalog.js';
import { PAGE_HEADERS, failurePage, notFoundPage } from './pages.js';

/** The path of the one-time link to Dropbox, on a loopback origin. */
export const START_PATH = '/dropbox-token-bootstrap/start';

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html), connection: 'close' });
  res.end(html);
}

/**
 * The one-time link the browser opener receives instead of the authorize URL (whose state and
 * PKCE challenge would otherwise be a process argument any local user can read). It carries a
 * secret of its own: a request without it is answered 404 and is no use of the link, so another
 * local user who guesses the fixed path learns nothing. The first use redirects to Dropbox; any
 * later one is reported (`reused`), and the flow ends unless storing has begun.
 */
export interface StartLink {
  /** `http://HOST:PORT/dropbox-token-bootstrap/start?s=SECRET`: for the opener only. */
  url(origin: string): string;
  /** Answers a request to START_PATH. */
  answer(query: URLSearchParams, res: ServerResponse): void;
  /** Rejects with `startLinkReused` at the link's second use; never resolves. */
  reuse: Promise<never>;
  wasReused(): boolean;
}

export function createStartLink(authorizeUrl: string): StartLink {
  const secret = createState();
  let uses = 0;
  let reject: (error: BootstrapError) => void = () => {};
  const reuse = new Promise<never>((_resolve, fail) => {
    reject = fail;
  });
  reuse.catch(() => {});
  return {
    url: (origin) => `${origin}${START_PATH}?s=${secret}`,
    answer(query, res) {
      if (query.get('s') !== secret) return send(res, 404, notFoundPage());
      uses += 1;
      if (uses > 1) {
        reject(fail('startLinkReused'));
        return send(
          res,
          410,
          failurePage('This link was already used', 'The sign-in link was opened twice.', 'Return to the terminal.'),
        );
      }
      res.writeHead(302, {
        location: authorizeUrl,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'content-length': '0',
      });
      res.end();
    },
    reuse,
    wasReused: () => uses > 1,
  };
}
