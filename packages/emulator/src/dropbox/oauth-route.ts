import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DropboxState } from './dropbox-state.js';

/** One of the OAuth routes (authorize, token): the request, its URL and raw body, Dropbox's state and the clock. */
export type OAuthRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  rawBody: string,
  state: DropboxState,
  now: number,
) => void;
