// The CommonJS node:http floor plus everything the action's run visibly writes, and nothing it
// checks: the refresh token masked before anything else is printed, the two log lines, the
// access token masked, the five output lines and the job summary. No input is validated, no
// answer is checked, nothing is retried. Against floor-refresh-http.cjs it prices the output
// (process.stdout, the masks, the summary); against the action, the action's own logic.
const { appendFileSync } = require('node:fs');

const refreshToken = process.env['INPUT_REFRESH-TOKEN'];
process.stdout.write(`::add-mask::${refreshToken}\n`);
process.stdout.write('Refreshing the Dropbox access token (PKCE client, no app secret).\n');
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
  });
});
outgoing.end(body);
