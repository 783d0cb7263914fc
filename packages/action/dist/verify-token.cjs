"use strict";
const index = require("./index.cjs");
require("node:fs");
require("fs");
const OPTIONAL_HEADERS = [
  ["selectUser", "dropbox-api-select-user", index.optionalString],
  ["selectAdmin", "dropbox-api-select-admin", index.optionalString],
  // A path root is JSON, which may hold spaces.
  ["pathRoot", "dropbox-api-path-root", index.optionalText]
];
const PLAIN_TEXT_400 = [
  [/token is malformed/, "invalid_access_token"],
  [/is for an entire Dropbox Business team/, "team_token_on_user_route"],
  [/DfB team management/, "user_token_on_team_route"]
];
const classify400 = (text) => PLAIN_TEXT_400.find(([pattern]) => pattern.test(text))?.[1] ?? "bad_request";
function apiRouteError(received, ctx, now) {
  const fallback = received.status === 422 ? "invalid_path_root" : "http_error";
  return index.transientFailure(received, ctx, now) ?? index.otherFailure(received, ctx, fallback, classify400);
}
async function callApiWithoutArguments(operation, path, options, read) {
  const token = index.requireString(operation, "accessToken", options.accessToken);
  const base = index.resolveUrl(operation, "apiUrl", options.apiUrl, index.DEFAULT_API_URL);
  const now = options.now ?? Date.now;
  const ctx = { operation, secrets: [token] };
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };
  for (const [option, header, check] of OPTIONAL_HEADERS) {
    const value = check(operation, option, options[option]);
    if (value !== void 0)
      headers[header] = value;
  }
  return index.sendRequest({ url: index.endpoint(base, path), headers }, options, ctx, (received) => {
    if (received.status < 200 || received.status >= 300)
      throw apiRouteError(received, ctx, now());
    const body = index.tryParseJson(received.text);
    const invalid = (reason) => {
      throw index.invalidResponse(received, ctx, reason);
    };
    if (body === void 0)
      invalid("the body is not JSON");
    return read(body, invalid);
  });
}
function field(record, key) {
  return typeof record === "object" && record !== null ? record[key] : void 0;
}
function optionalText(value, name, invalid) {
  return value == null ? void 0 : index.isPrintableText(value) ? value : invalid(`${name} is malformed`);
}
function optionalId(value, name, invalid) {
  return value == null ? void 0 : index.isIdentifierShaped(value) ? value : invalid(`${name} is malformed`);
}
function readRootInfo(value, invalid) {
  if (value == null)
    return void 0;
  const tag = field(value, ".tag");
  const rootNamespaceId = field(value, "root_namespace_id");
  const homeNamespaceId = field(value, "home_namespace_id");
  if (tag !== "team" && tag !== "user" || !index.isIdentifierShaped(rootNamespaceId) || !index.isIdentifierShaped(homeNamespaceId))
    return invalid("root_info is malformed");
  return { tag, rootNamespaceId, homeNamespaceId };
}
async function getCurrentAccount(options) {
  return callApiWithoutArguments("getCurrentAccount", "/2/users/get_current_account", options, (body, invalid) => {
    const accountId = field(body, "account_id");
    if (!index.isIdentifierShaped(accountId))
      return invalid("account_id is missing or malformed");
    const team = field(body, "team");
    return {
      accountId,
      displayName: optionalText(field(field(body, "name"), "display_name"), "name", invalid) ?? accountId,
      email: optionalText(field(body, "email"), "email", invalid),
      teamId: optionalId(field(team, "id"), "team id", invalid),
      teamName: optionalText(field(team, "name"), "team name", invalid),
      teamMemberId: optionalId(field(body, "team_member_id"), "team_member_id", invalid),
      rootInfo: readRootInfo(field(body, "root_info"), invalid),
      raw: body
    };
  });
}
function teamSpacePathRoot(account) {
  const info = account.rootInfo;
  return info?.tag === "team" ? JSON.stringify({ ".tag": "root", root: info.rootNamespaceId }) : void 0;
}
async function getAuthenticatedAdmin(options) {
  const path = "/2/team/token/get_authenticated_admin";
  return callApiWithoutArguments("getAuthenticatedAdmin", path, options, (body, invalid) => {
    const profile = field(body, "admin_profile");
    const teamMemberId = field(profile, "team_member_id");
    if (!index.isIdentifierShaped(teamMemberId))
      return invalid("admin_profile.team_member_id is missing or malformed");
    return {
      teamMemberId,
      accountId: optionalId(field(profile, "account_id"), "account_id", invalid),
      displayName: optionalText(field(field(profile, "name"), "display_name"), "name", invalid) ?? teamMemberId,
      email: optionalText(field(profile, "email"), "email", invalid)
    };
  });
}
async function getTeamInfo(options) {
  return callApiWithoutArguments("getTeamInfo", "/2/team/get_info", options, (body, invalid) => {
    const teamId = field(body, "team_id");
    if (!index.isIdentifierShaped(teamId))
      return invalid("team_id is missing or malformed");
    return { teamId, name: optionalText(field(body, "name"), "name", invalid) ?? teamId };
  });
}
async function verifyToken(accessToken, options) {
  try {
    return { kind: "account", account: await getCurrentAccount({ accessToken, ...options() }) };
  } catch (error) {
    if (!index.isDropboxOAuthError(error) || error.code !== "team_token_on_user_route")
      throw error;
  }
  const [admin, team] = await Promise.all([
    getAuthenticatedAdmin({ accessToken, ...options() }),
    getTeamInfo({ accessToken, ...options() })
  ]);
  return { kind: "team", team, admin };
}
function ownerOutputs(owner) {
  if (owner.kind === "team")
    return { "team-id": owner.team.teamId, "team-member-id": owner.admin.teamMemberId };
  const { account } = owner;
  return {
    "account-id": account.accountId,
    "team-id": account.teamId,
    "team-member-id": account.teamMemberId,
    "root-namespace-id": account.rootInfo?.rootNamespaceId,
    "path-root": teamSpacePathRoot(account)
  };
}
function describeOwner(owner) {
  if (owner.kind === "team")
    return `the whole Dropbox team ${owner.team.name} (${owner.team.teamId}), authorized by admin ${owner.admin.displayName}`;
  const { account } = owner;
  const team = account.teamName === void 0 ? "" : `, a member of team ${account.teamName}`;
  return `Dropbox account ${account.accountId}${team}`;
}
exports.describeOwner = describeOwner;
exports.ownerOutputs = ownerOutputs;
exports.verifyToken = verifyToken;
