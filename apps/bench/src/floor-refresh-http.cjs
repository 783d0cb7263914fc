// The node:http floor again, as a CommonJS script: the same POST and output line as
// floor-refresh-http.mjs. Node starts a CommonJS entry without its ES module loader, which the
// action's CommonJS bundle also skips; the benchmark reports the action against both floors.
// With FLOOR_VISIBLE_OUTPUT=1 it is the visible floor: it also writes everything the action's run
// visibly writes, and checks nothing (the refresh token masked before anything else is printed,
// two log lines, the access token masked, five output lines, the job summary). Against the plain
// floor it prices the output; against the action, the action's own logic.
const { appendFileSync } = require('node:fs');

const visible = process.env.FLOOR_VISIBLE_OUTPUT === '1';
const refreshToken = process.env['INPUT_REFRESH-TOKEN'];
if (visible) {
  process.stdout.write(`::add-mask::${refreshToken}\n`);
  process.stdout.write('Refreshing the Dropbox access token (PKCE client, no app secret).\n');
}
const url = new URL(`${process.env['INPUT_API-URL']}/oauth2/token`);
const { request } = require(url.protocol === 'https:' ? 'node:https' : 'node:http');
const body = new URLSearchParams({
  grant_type: 'refresh_token',
  refresh_token: refreshToken,
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
    const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (visible) writeVisibleOutput(answer);
    else appendFileSync(process.env.GITHUB_OUTPUT, `access-token=${answer.access_token}\n`);
  });
});
outgoing.end(body);

function writeVisibleOutput(answer) {
  // From the UTC fields, as the action writes it: a process's first toISOString() costs 0.7 ms.
  const at = new Date(Date.now() + answer.expires_in * 1000);
  const two = (n) => String(n).padStart(2, '0');
  const expiresAt = `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}T${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}Z`;
  process.stdout.write(`::add-mask::${answer.access_token}\n`);
  appendFileSync(
    process.env.GITHUB_OUTPUT,
    `access-token=${answer.access_token}\nexpires-in=${answer.expires_in}\nexpires-at=${expiresAt}\nscope=${answer.scope ?? ''}\ntoken-type=${answer.token_type}\n`,
  );
  process.stdout.write(`Got an access token that expires at ${expiresAt} (in ${answer.expires_in} s).\n`);
  appendFileSync(
    process.env.GITHUB_STEP_SUMMARY,
    `<h3>Dropbox access token</h3>\n<table><tr><th>Item</th><th>Value</th></tr><tr><td>Expires at</td><td>${expiresAt}</td></tr></table>\n`,
  );
}
