// The node:http floor: the same least a refresh step can do as floor-refresh.mjs (one POST to the
// token endpoint, one line appended to GITHUB_OUTPUT), without fetch, so Node never loads undici.
import { appendFileSync } from 'node:fs';

const url = new URL(`${process.env['INPUT_API-URL']}/oauth2/token`);
const { request } = process.getBuiltinModule(url.protocol === 'https:' ? 'node:https' : 'node:http');
const body = new URLSearchParams({
  grant_type: 'refresh_token',
  refresh_token: process.env['INPUT_REFRESH-TOKEN'],
  client_id: process.env['INPUT_APP-KEY'],
}).toString();
const text = await new Promise((resolve, reject) => {
  const outgoing = request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
  });
  outgoing.on('error', reject);
  outgoing.on('response', (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  outgoing.end(body);
});
appendFileSync(process.env.GITHUB_OUTPUT, `access-token=${JSON.parse(text).access_token}\n`);
