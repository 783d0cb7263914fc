// Peer: the official Dropbox SDK's DropboxAuth.refreshAccessToken, then the output line.
import { appendFileSync } from 'node:fs';
import { DropboxAuth } from 'dropbox';

const apiUrl = process.env['INPUT_API-URL'];
// The SDK always targets api.dropboxapi.com; route its requests to the same endpoint as the others.
const routed = (url, init) => fetch(new URL(new URL(url).pathname + new URL(url).search, apiUrl), init);
const auth = new DropboxAuth({
  clientId: process.env['INPUT_APP-KEY'],
  refreshToken: process.env['INPUT_REFRESH-TOKEN'],
  fetch: routed,
});
// No top-level await: the peers are bundled as CommonJS, as the action is.
auth.refreshAccessToken().then(() => {
  appendFileSync(process.env.GITHUB_OUTPUT, `access-token=${auth.getAccessToken()}\n`);
});
