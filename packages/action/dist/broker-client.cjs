"use strict";
const index = require("./index.cjs");
require("node:fs");
require("fs");
const BROKER_ADVICE = {
  idTokenUnavailable: {
    what: "The job cannot request an OIDC token",
    fix: () => "Add permissions: id-token: write to the job (or the workflow). Runs that Dependabot or a fork triggers never get one."
  },
  idTokenRefused: {
    what: "The runner did not give an OIDC token",
    fix: () => "Re-run the job; if it persists, check the job has permissions: id-token: write."
  },
  brokerRefused: {
    what: "The broker refused the token request",
    fix: (status) => status === 401 ? "Check that the broker's audience is exactly the broker-url input and its issuer is this GitHub's." : "Ask the broker's operator to allow this run in the identity's policy (repository, ref, environment, workflow, event), or use another identity."
  },
  brokerUnavailable: {
    what: "The broker is unavailable",
    fix: () => "Re-run the job later, or check the broker-url input and the broker's logs."
  },
  brokerAccountRevoked: {
    what: "The broker's Dropbox account was revoked",
    fix: () => "Re-running will not help: the broker's operator must authorize the account again (dropbox-token-bootstrap --broker-config) and set the new refresh token."
  },
  brokerAnswer: {
    what: "The broker's answer could not be used",
    fix: () => "Check the broker-url input points at a dropbox-token broker."
  }
};
function brokerMessage(problem, status, detail) {
  const advice = BROKER_ADVICE[problem];
  const parts = [status === void 0 ? void 0 : `HTTP ${status}`, detail].filter((part) => part !== void 0);
  return `${advice.what}${parts.length === 0 ? "" : ` (${parts.join(" ")})`}. ${advice.fix(status)}`;
}
const refusal = (problem, status, detail) => new index.BrokerError(problem, brokerMessage(problem, status, detail));
const MAX_BODY_BYTES = 64 * 1024;
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const TOKEN = /^[\x21-\x7e]{1,8192}$/;
async function send(call, url, method, headers, body) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(1e3, call.deadline - call.now()));
  try {
    return await call.transport({
      url,
      method,
      headers,
      body,
      signal: controller.signal,
      maxBodyBytes: MAX_BODY_BYTES
    });
  } catch {
    return void 0;
  } finally {
    clearTimeout(timer);
  }
}
function parseJson(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
async function requestIdToken(call, request, audience) {
  const url = new URL(`${request.url}&audience=${encodeURIComponent(audience)}`);
  const answer = await send(call, url, "GET", { authorization: `Bearer ${request.token}`, accept: "application/json" });
  if (answer === void 0)
    throw refusal("idTokenRefused", void 0, "the runner did not answer");
  const value = parseJson(answer.text)?.["value"];
  if (answer.status !== 200 || typeof value !== "string" || !JWT.test(value))
    throw refusal("idTokenRefused", answer.status, void 0);
  return value;
}
function brokerDetail(body) {
  const error = body?.["error"];
  const description = body?.["error_description"];
  if (typeof error !== "string" || !/^[a-z_]{1,64}$/.test(error))
    return void 0;
  const printable = typeof description === "string" && /^[\x20-\x7e]{1,300}$/.test(description);
  return printable ? `${error}: ${description}` : error;
}
const MAX_LIFETIME_SECONDS = 86400;
const plausibleExpiresIn = (value) => value === void 0 || typeof value === "number" && value >= 0 && value <= MAX_LIFETIME_SECONDS;
function plausibleExpiresAt(value, now) {
  if (value === void 0)
    return true;
  const at = typeof value === "string" && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value) ? Date.parse(value) : Number.NaN;
  return at >= now - 6e4 && at <= now + (MAX_LIFETIME_SECONDS + 60) * 1e3;
}
function readTokens(body, now) {
  const accessToken = body?.["access_token"];
  const tokenType = body?.["token_type"] ?? "bearer";
  const expiresIn = body?.["expires_in"];
  const scope = body?.["scope"] ?? "";
  if (typeof accessToken !== "string" || !TOKEN.test(accessToken) || typeof tokenType !== "string" || !/^[A-Za-z]{1,32}$/.test(tokenType) || !plausibleExpiresIn(expiresIn) || !plausibleExpiresAt(body?.["expires_at"], now) || typeof scope !== "string" || !/^[\w. -]{0,4096}$/.test(scope))
    throw refusal("brokerAnswer", 200, void 0);
  const tokens = { accessToken, tokenType, scopes: scope.split(" ").filter((s) => s !== "") };
  if (typeof expiresIn === "number") {
    tokens.expiresIn = Math.floor(expiresIn);
    tokens.expiresAt = new Date(now + tokens.expiresIn * 1e3);
  }
  return tokens;
}
async function tokenFromBroker(options) {
  if (options.idTokenRequest === void 0)
    throw refusal("idTokenUnavailable", void 0, void 0);
  const call = { transport: options.transport, deadline: options.deadline, now: options.now };
  const idToken = await requestIdToken(call, options.idTokenRequest, options.brokerUrl);
  const body = JSON.stringify({
    identity: options.identity,
    ...options.scope ? { scope: options.scope.join(" ") } : {}
  });
  const answer = await send(call, new URL(`${options.brokerUrl}/token`), "POST", {
    authorization: `Bearer ${idToken}`,
    "content-type": "application/json",
    accept: "application/json"
  }, body);
  if (answer === void 0)
    throw refusal("brokerUnavailable", void 0, "no answer");
  const json = parseJson(answer.text);
  if (answer.status === 401 || answer.status === 403)
    throw refusal("brokerRefused", answer.status, brokerDetail(json));
  if (answer.status === 503 && json?.["error"] === "account_revoked")
    throw refusal("brokerAccountRevoked", answer.status, brokerDetail(json));
  if (answer.status !== 200)
    throw refusal("brokerUnavailable", answer.status, brokerDetail(json));
  return { tokens: readTokens(json, options.now()), idToken };
}
exports.tokenFromBroker = tokenFromBroker;
