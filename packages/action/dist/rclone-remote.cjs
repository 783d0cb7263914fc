'use strict';

/** Go's zero time: in the token JSON rclone reads (golang.org/x/oauth2 `Token`), "never expires". */
const NO_EXPIRY = '0001-01-01T00:00:00Z';
/**
 * The environment variables that define an rclone remote with no config file (rclone's
 * `RCLONE_CONFIG_<NAME>_<KEY>` form, the name upper-cased): type `dropbox` and the token as the
 * JSON rclone stores (`access_token`, `token_type`, `expiry` in RFC 3339: rclone refreshes by it).
 * No refresh token: it would reach every later step. For a team member, `root_namespace` makes
 * the remote see the team space (rclone 1.67 and later; older rclone ignores it and reaches the
 * team space through paths that start with `/`).
 */
function rcloneRemoteVariables(name, tokens, teamRootNamespaceId) {
    const prefix = `RCLONE_CONFIG_${name.toUpperCase()}_`;
    const token = JSON.stringify({
        access_token: tokens.accessToken,
        token_type: tokens.tokenType,
        expiry: tokens.expiresAt?.toISOString() ?? NO_EXPIRY,
    });
    const variables = [
        { name: `${prefix}TYPE`, value: 'dropbox', secret: false },
        { name: `${prefix}TOKEN`, value: token, secret: true },
    ];
    if (teamRootNamespaceId !== undefined)
        variables.push({ name: `${prefix}ROOT_NAMESPACE`, value: teamRootNamespaceId, secret: false });
    return variables;
}

exports.rcloneRemoteVariables = rcloneRemoteVariables;
