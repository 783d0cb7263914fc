// Peer: what a typical action does: @actions/core for inputs, masking and outputs, plus fetch.
import * as core from '@actions/core';

const body = new URLSearchParams({
  grant_type: 'refresh_token',
  refresh_token: core.getInput('refresh-token'),
  client_id: core.getInput('app-key'),
});
// No top-level await: the peers are bundled as CommonJS, as the action is.
(async () => {
  const response = await fetch(`${core.getInput('api-url')}/oauth2/token`, { method: 'POST', body });
  const { access_token } = await response.json();
  core.setSecret(access_token);
  core.setOutput('access-token', access_token);
})();
