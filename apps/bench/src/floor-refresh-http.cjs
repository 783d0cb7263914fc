// The node:http floor again, as a CommonJS script: the same POST and output line as
// floor-refresh-http.mjs. Node starts a CommonJS entry without its ES module loader, which the
// action's CommonJS bundle also skips; the benchmark reports the action against both floors.
const { appendFileSync } = require('node:fs');

const url = new URL(`${process.env['INPUT_API-URL']}/oauth2/token`);
const { request } = require(url.protocol === 'https:' ? 'node:https' : 'node:http');
const body = new URLSearchParams({
  grant_type: 'refresh_token',
  refresh_token: process.env['INPUT_REFRESH-TOKEN'],
  client_id: process.env['INPUT_APP-KEY'],
}).toString();
const outgoing = request(url, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
});
outgoing.on('error', (error) => {
  throw error;
});
outgoing.on('response', (response) => {
  const chunks = [];
  response.on('data', (chunk) => chunks.push(chunk));
  response.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    appendFileSync(process.env.GITHUB_OUTPUT, `access-token=${JSON.parse(text).access_token}\n`);
  });
});
outgoing.end(body);
