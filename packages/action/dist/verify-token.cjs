'use strict';

const index = require('./index.cjs');
require('node:fs');
require('fs');

/** Extra request headers by option name, each sent only when the option is set. */
const OPTIONAL_HEADERS = [
    ['selectUser', 'dropbox-api-select-user', index.optionalString],
    ['selectAdmin', 'dropbox-api-select-admin', index.optionalString],
    // A path root is JSON, which may hold spaces.
    ['pathRoot', 'dropbox-api-path-root', index.optionalText],
];
// The plain-text 400s of /2 routes that are about the token, not the request (reference \u00a79, \u00a710).
const PLAIN_TEXT_400 = [
    [/token is malformed/, 'invalid_access_token'],
    [/is for an entire Dropbox Business team/, 'team_token_on_user_route'],
    [/DfB team management/, 'user_token_on_team_route'],
];
const classify400 = (text) => PLAIN_TEXT_400.find(([pattern]) => pattern.test(text))?.[1] ?? 'bad_request';
/** The error for a non-2xx answer of an RPC route; 422 is a PathRootError's status (common.stone). */
function apiRouteError(received, ctx, now) {
    const fallback = received.status === 422 ? 'invalid_path_root' : 'http_error';
    return index.transientFailure(received, ctx, now) ?? index.otherFailure(received, ctx, fallback, classify400);
}
/** POSTs to a Dropbox RPC route (`/2/...`) with Bearer auth and no arguments, and reads its JSON result. */
async function callApiWithoutArguments(operation, path, options, read) {
    const token = index.requireString(operation, 'accessToken', options.accessToken);
    const base = index.resolveUrl(operation, 'apiUrl', options.apiUrl, index.DEFAULT_API_URL);
    const now = options.now ?? Date.now;
    const ctx = { operation, secrets: [token] };
    // Dropbox accepts a no-argument route with no body and no Content-Type (as the official JS SDK sends it).
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    for (const [option, header, check] of OPTIONAL_HEADERS) {
        const value = check(operation, option, options[option]);
        if (value !== undefined)
            headers[header] = value;
    }
    return index.sendRequest({ url: index.endpoint(base, path), headers }, options, ctx, (received) => {
        if (received.status < 200 || received.status >= 300)
            throw apiRouteError(received, ctx, now());
        const body = index.tryParseJson(received.text);
        const invalid = (reason) => {
            throw index.invalidResponse(received, ctx, reason);
        };
        if (body === undefined)
            invalid('the body is not JSON');
        return read(body, invalid);
    });
}

function field(record, key) {
    return typeof record === 'object' && record !== null ? record[key] : undefined;
}
/** An optional text field: absent, or printable (no line breaks or control characters). */
function optionalText(value, name, invalid) {
    return value == null ? undefined : index.isPrintableText(value) ? value : invalid(`${name} is malformed`);
}
/** An optional id: absent, or printable ASCII without spaces. */
function optionalId(value, name, invalid) {
    return value == null ? undefined : index.isIdentifierShaped(value) ? value : invalid(`${name} is malformed`);
}
function readRootInfo(value, invalid) {
    if (value == null)
        return undefined;
    const tag = field(value, '.tag');
    const rootNamespaceId = field(value, 'root_namespace_id');
    const homeNamespaceId = field(value, 'home_namespace_id');
    if ((tag !== 'team' && tag !== 'user') ||
        !index.isIdentifierShaped(rootNamespaceId) ||
        !index.isIdentifierShaped(homeNamespaceId))
        return invalid('root_info is malformed');
    return { tag, rootNamespaceId, homeNamespaceId };
}
/**
 * Calls `users/get_current_account` with the token: the cheapest proof that a user token works.
 * A team token must select a member (`selectUser` or `selectAdmin`); see `getAuthenticatedAdmin`.
 */
async function getCurrentAccount(options) {
    return callApiWithoutArguments('getCurrentAccount', '/2/users/get_current_account', options, (body, invalid) => {
        const accountId = field(body, 'account_id');
        if (!index.isIdentifierShaped(accountId))
            return invalid('account_id is missing or malformed');
        const team = field(body, 'team');
        return {
            accountId,
            displayName: optionalText(field(field(body, 'name'), 'display_name'), 'name', invalid) ?? accountId,
            email: optionalText(field(body, 'email'), 'email', invalid),
            teamId: optionalId(field(team, 'id'), 'team id', invalid),
            teamName: optionalText(field(team, 'name'), 'team name', invalid),
            teamMemberId: optionalId(field(body, 'team_member_id'), 'team_member_id', invalid),
            rootInfo: readRootInfo(field(body, 'root_info'), invalid),
            raw: body,
        };
    });
}
/**
 * The `Dropbox-API-Path-Root` value that makes later calls see a team member's team space
 * (`{".tag":"root","root":"<root namespace id>"}`), or undefined when the account has no team space.
 */
function teamSpacePathRoot(account) {
    const info = account.rootInfo;
    return info?.tag === 'team' ? JSON.stringify({ '.tag': 'root', root: info.rootNamespaceId }) : undefined;
}

/**
 * Calls `team/token/get_authenticated_admin` with a team token (from a team-linked app): the
 * cheapest proof that a team token works. Needs the `team_info.read` scope (team.stone).
 */
async function getAuthenticatedAdmin(options) {
    const path = '/2/team/token/get_authenticated_admin';
    return callApiWithoutArguments('getAuthenticatedAdmin', path, options, (body, invalid) => {
        const profile = field(body, 'admin_profile');
        const teamMemberId = field(profile, 'team_member_id');
        if (!index.isIdentifierShaped(teamMemberId))
            return invalid('admin_profile.team_member_id is missing or malformed');
        return {
            teamMemberId,
            accountId: optionalId(field(profile, 'account_id'), 'account_id', invalid),
            displayName: optionalText(field(field(profile, 'name'), 'display_name'), 'name', invalid) ?? teamMemberId,
            email: optionalText(field(profile, 'email'), 'email', invalid),
        };
    });
}

/** Calls `team/get_info` with a team token. Needs the `team_info.read` scope (team.stone). */
async function getTeamInfo(options) {
    return callApiWithoutArguments('getTeamInfo', '/2/team/get_info', options, (body, invalid) => {
        const teamId = field(body, 'team_id');
        if (!index.isIdentifierShaped(teamId))
            return invalid('team_id is missing or malformed');
        return { teamId, name: optionalText(field(body, 'name'), 'name', invalid) ?? teamId };
    });
}

/**
 * Proves the token works. A user token answers `users/get_current_account`; a team token (from
 * a team-linked app) is refused there with `team_token_on_user_route`, and then answers the team
 * routes, which name the team and the admin who authorized it.
 */
async function verifyToken(accessToken, options) {
    try {
        return { kind: 'account', account: await getCurrentAccount({ accessToken, ...options() }) };
    }
    catch (error) {
        if (!index.isDropboxOAuthError(error) || error.code !== 'team_token_on_user_route')
            throw error;
    }
    const [admin, team] = await Promise.all([
        getAuthenticatedAdmin({ accessToken, ...options() }),
        getTeamInfo({ accessToken, ...options() }),
    ]);
    return { kind: 'team', team, admin };
}
/** The verification outputs by name; a value is absent when it does not apply to this kind of token. */
function ownerOutputs(owner) {
    if (owner.kind === 'team')
        return { 'team-id': owner.team.teamId, 'team-member-id': owner.admin.teamMemberId };
    const { account } = owner;
    return {
        'account-id': account.accountId,
        'team-id': account.teamId,
        'team-member-id': account.teamMemberId,
        'root-namespace-id': account.rootInfo?.rootNamespaceId,
        'path-root': teamSpacePathRoot(account),
    };
}
/** One line for the log and the summary: whose token it is, without an email address. */
function describeOwner(owner) {
    if (owner.kind === 'team')
        return `the whole Dropbox team ${owner.team.name} (${owner.team.teamId}), authorized by admin ${owner.admin.displayName}`;
    const { account } = owner;
    const team = account.teamName === undefined ? '' : `, a member of team ${account.teamName}`;
    return `Dropbox account ${account.accountId}${team}`;
}

exports.describeOwner = describeOwner;
exports.ownerOutputs = ownerOutputs;
exports.verifyToken = verifyToken;
