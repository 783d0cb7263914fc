// The floor: the least a refresh step can do. One fetch POST to the token endpoint, one line appended
// to GITHUB_OUTPUT. No masking, no validation, no retries, no summary.
import { appendFileSync } from 'node:fs';

const body = new URLSearchParams({
  grant_type: 'refresh_token',
  refresh_token: process.env['INPUT_REFRESH-TOKEN'],
  client_id: process.env['INPUT_APP-KEY'],
});
const response = await fetch(`${process.env['INPUT_API-URL']}/oauth2/token`, { method: 'POST', body });
const { access_token } = await response.json();
appendFileSync(process.env.GITHUB_OUTPUT, `access-token=${access_token}\n`);
