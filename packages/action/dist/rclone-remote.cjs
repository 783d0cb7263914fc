"use strict";
const NO_EXPIRY = "0001-01-01T00:00:00Z";
function rcloneRemoteVariables(name, tokens, teamRootNamespaceId) {
  const prefix = `RCLONE_CONFIG_${name.toUpperCase()}_`;
  const token = JSON.stringify({
    access_token: tokens.accessToken,
    token_type: tokens.tokenType,
    expiry: tokens.expiresAt?.toISOString() ?? NO_EXPIRY
  });
  const variables = [
    { name: `${prefix}TYPE`, value: "dropbox", secret: false },
    { name: `${prefix}TOKEN`, value: token, secret: true }
  ];
  if (teamRootNamespaceId !== void 0)
    variables.push({ name: `${prefix}ROOT_NAMESPACE`, value: teamRootNamespaceId, secret: false });
  return variables;
}
exports.rcloneRemoteVariables = rcloneRemoteVariables;
