"use strict";
const node_fs = require("node:fs");
const fs = require("fs");
const EOL = process.platform === "win32" ? "\r\n" : "\n";
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + EOL);
}
const CMD_STRING = "::";
class Command {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
let crypto;
const randomUUID = () => (crypto ??= process.getBuiltinModule("node:crypto")).randomUUID();
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${EOL}${convertedValue}${EOL}${delimiter}`;
}
(function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
});
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + EOL);
}
function either(env, name) {
  for (const variable of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[variable]?.trim();
    if (value)
      return { variable, value };
  }
  return void 0;
}
function withScheme(value) {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}
const WELL_ESCAPED = /^(?:[^%]|%[0-9A-Fa-f]{2})*$/;
function problemOf(setting) {
  let url;
  try {
    url = new URL(withScheme(setting.value));
  } catch {
    return { variable: setting.variable, problem: "not_a_url" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { variable: setting.variable, problem: "unsupported_scheme" };
  if (!WELL_ESCAPED.test(url.username) || !WELL_ESCAPED.test(url.password))
    return { variable: setting.variable, problem: "bad_escape" };
  return void 0;
}
function proxyProblem(env) {
  for (const name of ["HTTPS_PROXY", "HTTP_PROXY"]) {
    const setting = either(env, name);
    const problem = setting && problemOf(setting);
    if (problem)
      return problem;
  }
  return void 0;
}
function bracketIpv6(noProxy) {
  return noProxy.split(/[,\s]+/).filter((entry) => entry !== "").map((entry) => !entry.startsWith("[") && (entry.match(/:/g) ?? []).length >= 2 ? `[${entry}]` : entry).join(",");
}
function proxyEnvironment(env) {
  const proxy = (name) => {
    const setting = either(env, name);
    return setting && withScheme(setting.value);
  };
  const noProxy = either(env, "NO_PROXY")?.value;
  return {
    httpProxy: proxy("HTTP_PROXY"),
    httpsProxy: proxy("HTTPS_PROXY"),
    noProxy: noProxy === void 0 ? void 0 : bracketIpv6(noProxy)
  };
}
function proxyConfigured(env) {
  const { httpProxy, httpsProxy } = proxyEnvironment(env);
  return httpProxy !== void 0 || httpsProxy !== void 0;
}
const DEFAULT_API_URL = "https://api.dropboxapi.com";
const DEFAULT_TIMEOUT_MS = 3e4;
const MARK = /* @__PURE__ */ Symbol.for("@dropbox-token/core.DropboxOAuthError");
class DropboxOAuthError extends Error {
  name = "DropboxOAuthError";
  /** Stable machine-readable code, e.g. `invalid_grant`, `client_secret_required`, `timeout`. */
  code;
  /** Which function failed. */
  operation;
  /** What to do about it, in one neutral sentence; products give their own advice by `code`. */
  hint;
  /** HTTP status of the last response, when there was one. */
  status;
  /** The server's own error (`error`, or the AuthError `.tag`), when it sent one. */
  error;
  /** The server's own description (`error_description` or `error_summary`), with any known secret removed. */
  errorDescription;
  /** For `missing_scope`: the scope Dropbox says the call needs. */
  requiredScope;
  /** Whether trying again later could succeed. */
  retryable;
  /** How many HTTP attempts were made before giving up (0 when nothing was sent). */
  attempts;
  /** For `rate_limited`: how long the server asked us to wait. */
  retryAfterMs;
  constructor(init) {
    super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.code = init.code;
    this.operation = init.operation;
    this.hint = init.hint;
    this.status = init.status;
    this.error = init.error;
    this.errorDescription = init.errorDescription;
    this.requiredScope = init.requiredScope;
    this.retryable = init.retryable ?? false;
    this.attempts = init.attempts ?? 0;
    this.retryAfterMs = init.retryAfterMs;
    Object.defineProperty(this, MARK, { value: true });
  }
  /** The same error after `attempts` attempts; `gaveUp` adds that to the message. */
  withAttempts(attempts, gaveUp = false) {
    const message = gaveUp ? `${this.message}; gave up after ${attempts} attempts` : this.message;
    return new DropboxOAuthError({ ...this, message, attempts, cause: this.cause });
  }
}
function isDropboxOAuthError(value) {
  return typeof value === "object" && value !== null && value[MARK] === true;
}
const HINTS = {
  invalid_grant: "The refresh token is revoked or malformed: authorize again.",
  invalid_client: "Check the app key and secret.",
  client_secret_required: "The token was not minted with PKCE: pass clientSecret.",
  invalid_scope: "Ask only for scopes the app was granted.",
  access_denied: "Authorize again and allow access.",
  expired_access_token: "Refresh the access token.",
  invalid_access_token: "Refresh the token, or authorize again.",
  missing_scope: "Enable the scope, then authorize again.",
  network: "Check the network and apiUrl.",
  timeout: "Retry later, or raise timeoutMs.",
  rate_limited: "Wait for retryAfterMs.",
  server_error: "Retry later.",
  invalid_response: "Check apiUrl.",
  http_error: "Check apiUrl.",
  invalid_options: "Fix the options; nothing was sent."
};
function hintFor(code, operation) {
  if (code === "invalid_grant" && operation === "exchangeCode")
    return "Codes are single-use and expire in minutes.";
  return HINTS[code] ?? "See errorDescription.";
}
function oauthError(operation, code, detail, extra = {}) {
  return new DropboxOAuthError({
    code,
    operation,
    message: `${operation} failed: ${detail}`,
    hint: hintFor(code, operation),
    ...extra
  });
}
const STRAY_CHARACTER = /[\s\u0000-\u001f\u007f]/;
const SCOPE_NAME = /^[A-Za-z0-9_.-]+$/;
function isCredentialShaped(value) {
  return value !== "" && !STRAY_CHARACTER.test(value);
}
function isScopeName(value) {
  return SCOPE_NAME.test(value);
}
function guessCredentialKind(value) {
  if (value.startsWith("sl."))
    return "access-token";
  if (!/^[\w-]{20,}$/.test(value))
    return void 0;
  return value.length < 50 ? "authorization-code" : "refresh-token";
}
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
function isSecureOrLoopbackUrl(value) {
  if (!URL.canParse(String(value)))
    return false;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" && isLoopbackHost(url.hostname);
}
const TOKEN = /^[\x21-\x7e]{1,8192}$/;
const IDENTIFIER = /^[\x21-\x7e]{1,256}$/;
const PRINTABLE_TEXT = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]{0,1024}$/;
function isTokenShaped(value) {
  return typeof value === "string" && TOKEN.test(value);
}
function isIdentifierShaped(value) {
  return typeof value === "string" && IDENTIFIER.test(value);
}
function isPrintableText(value) {
  return typeof value === "string" && PRINTABLE_TEXT.test(value);
}
function invalidOptions(operation, problem) {
  return oauthError(operation, "invalid_options", problem);
}
function requireString(operation, name, value) {
  if (typeof value !== "string" || !isCredentialShaped(value))
    throw invalidOptions(operation, `\`${name}\` must be a non-empty string without whitespace or control characters`);
  return value;
}
function optionalString(operation, name, value) {
  return value === void 0 ? void 0 : requireString(operation, name, value);
}
function optionalText(operation, name, value) {
  if (value === void 0)
    return void 0;
  if (typeof value !== "string" || value.trim() === "" || !isCredentialShaped(value.replace(/ /g, "_")))
    throw invalidOptions(operation, `\`${name}\` must be a non-empty string without control characters`);
  return value;
}
function resolveUrl(operation, name, value, fallback) {
  const raw = String(value ?? fallback);
  if (!isSecureOrLoopbackUrl(raw))
    throw invalidOptions(operation, `\`${name}\` must be an absolute https URL (http only to a loopback host)`);
  return new URL(raw);
}
function endpoint(base, path) {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  return url;
}
function normalizeScopes(operation, scope) {
  if (scope === void 0)
    return void 0;
  if (!Array.isArray(scope) || scope.some((s) => typeof s !== "string"))
    throw invalidOptions(operation, "`scope` must be an array of strings");
  const scopes = scope.map((s) => s.trim()).filter((s) => s.length > 0);
  for (const s of scopes) {
    if (/\s/.test(s))
      throw invalidOptions(operation, `scope "${s}" contains whitespace: pass each scope as its own array item`);
  }
  return scopes;
}
function applyClientAuth(headers, form, clientId, clientSecret) {
  if (clientSecret === void 0) {
    form.set("client_id", clientId);
    return;
  }
  const bytes = new TextEncoder().encode(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
  let binary = "";
  for (const byte of bytes)
    binary += String.fromCharCode(byte);
  headers["authorization"] = `Basic ${btoa(binary)}`;
}
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
function parseRetryAfter(value, nowMs) {
  if (value === null)
    return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed))
    return Math.round(Number(trimmed) * 1e3);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date))
    return void 0;
  return Math.max(0, date - nowMs);
}
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
const MAX_DESCRIPTION_LENGTH = 300;
function sanitizeText(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret !== void 0 && secret.length >= 4)
      out = out.split(secret).join("[REDACTED]");
  }
  out = out.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (out.length > MAX_DESCRIPTION_LENGTH)
    out = `${out.slice(0, MAX_DESCRIPTION_LENGTH)}\u2026`;
  return out;
}
const OAUTH_CODE = /^(invalid_(grant|client|request|scope)|unauthorized_client|unsupported_grant_type|access_denied)$/;
const AUTH_ERROR_TAG = /^(expired_access_token|invalid_access_token|missing_scope|user_suspended|route_access_denied)$/;
const CLIENT_SECRET_REQUIRED = /no auth function available/i;
function tryParseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function oauthParts(code, description) {
  const specific = code === "invalid_request" && CLIENT_SECRET_REQUIRED.test(description ?? "");
  return { code: specific ? "client_secret_required" : code, error: code, description };
}
function readErrorBody(body, fallback) {
  if (!isRecord(body) || !("error" in body))
    return void 0;
  const error2 = body["error"];
  const description = typeof body["error_description"] === "string" ? body["error_description"] : void 0;
  if (typeof error2 === "string") {
    const colon = /^([a-z_]+):\s*(.*)$/s.exec(error2);
    if (colon && OAUTH_CODE.test(colon[1]))
      return oauthParts(colon[1], description ?? colon[2]);
    if (OAUTH_CODE.test(error2))
      return oauthParts(error2, description);
    return { code: fallback, description: description ?? error2 };
  }
  if (isRecord(error2)) {
    const tag = typeof error2[".tag"] === "string" ? error2[".tag"] : void 0;
    const summary = typeof body["error_summary"] === "string" ? body["error_summary"].replace(/[/.]+$/, "") : void 0;
    const requiredScope = typeof error2["required_scope"] === "string" ? error2["required_scope"] : void 0;
    const code = tag !== void 0 && AUTH_ERROR_TAG.test(tag) ? tag : fallback;
    return { code, error: tag, description: summary ?? tag, requiredScope };
  }
  return { code: fallback, description };
}
function looksLikeHtml(text) {
  return /^\s*<(!doctype|html|head|body)/i.test(text);
}
function failure(received, ctx, parts, extra = {}) {
  const clean = (text) => text === void 0 ? void 0 : sanitizeText(text, ctx.secrets) || void 0;
  const errorDescription = clean(parts.description);
  const detail = errorDescription === void 0 ? parts.code : `${parts.code} (${errorDescription})`;
  return oauthError(ctx.operation, parts.code, `HTTP ${received.status} ${detail}`, {
    status: received.status,
    error: clean(parts.error),
    errorDescription,
    requiredScope: clean(parts.requiredScope),
    retryable: extra.retryable ?? false,
    retryAfterMs: extra.retryAfterMs
  });
}
function invalidResponse(received, ctx, reason) {
  return failure(received, ctx, { code: "invalid_response", description: reason });
}
function transientFailure(received, ctx, now) {
  const body = tryParseJson(received.text);
  const plain = looksLikeHtml(received.text) ? void 0 : received.text || void 0;
  if (received.status === 429) {
    const seconds = isRecord(body) && isRecord(body["error"]) ? body["error"]["retry_after"] : void 0;
    const retryAfterMs = parseRetryAfter(received.header("retry-after"), now) ?? (typeof seconds === "number" ? seconds * 1e3 : void 0);
    const parts = readErrorBody(body, "rate_limited");
    return failure(received, ctx, { code: "rate_limited", description: parts?.description ?? plain }, { retryable: true, retryAfterMs });
  }
  if (received.status >= 500) {
    const parts = readErrorBody(body, "server_error");
    return failure(received, ctx, { code: "server_error", description: parts?.description ?? plain }, { retryable: true });
  }
  return void 0;
}
function otherFailure(received, ctx, fallback, on400) {
  const { status, text } = received;
  const plain = looksLikeHtml(text) ? void 0 : text || void 0;
  const parts = readErrorBody(tryParseJson(text), fallback);
  if (parts)
    return failure(received, ctx, parts);
  if (status === 400)
    return failure(received, ctx, { code: on400(text), description: plain });
  if (status >= 300 && status < 400)
    return failure(received, ctx, {
      code: "http_error",
      description: `unexpected redirect to ${received.header("location") ?? "nowhere"}`
    });
  return failure(received, ctx, {
    code: status >= 200 && status < 300 ? "invalid_response" : "http_error",
    description: plain
  });
}
function tokenEndpointError(received, ctx, now) {
  return transientFailure(received, ctx, now) ?? otherFailure(received, ctx, "invalid_request", () => "invalid_request");
}
const OPTIONAL_STRING_FIELDS = [
  ["refresh_token", "refreshToken", isTokenShaped],
  ["account_id", "accountId", isIdentifierShaped],
  ["team_id", "teamId", isIdentifierShaped],
  ["uid", "uid", isIdentifierShaped],
  ["id_token", "idToken", isTokenShaped]
];
function parseTokenResponse(received, outer, nowMs) {
  const ctx = { ...outer, secrets: [...outer.secrets, ...tokensIn(received.text)] };
  if (received.status < 200 || received.status >= 300)
    throw tokenEndpointError(received, ctx, nowMs);
  const body = tryParseJson(received.text);
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw invalidResponse(received, ctx, "the body is not a JSON object");
  const record = body;
  if ("error" in record)
    throw tokenEndpointError(received, ctx, nowMs);
  const bad = (field) => invalidResponse(received, ctx, `${field} is missing or malformed`);
  const accessToken = record["access_token"];
  if (!isTokenShaped(accessToken))
    throw bad("access_token");
  const tokenType = record["token_type"] ?? "bearer";
  if (typeof tokenType !== "string" || !/^[A-Za-z]{1,32}$/.test(tokenType))
    throw bad("token_type");
  const expiresIn = record["expires_in"] == null ? void 0 : parseExpiresIn(record["expires_in"]);
  if (expiresIn === void 0 && record["expires_in"] != null)
    throw bad("expires_in");
  const scope = record["scope"] ?? "";
  if (typeof scope !== "string" || scope.length > 8192)
    throw bad("scope");
  const scopes = scope.split(" ").filter((s) => s.length > 0);
  if (!scopes.every(isScopeName))
    throw bad("scope");
  const tokens = { accessToken, tokenType, scopes };
  if (expiresIn !== void 0) {
    tokens.expiresIn = expiresIn;
    tokens.expiresAt = new Date(nowMs + expiresIn * 1e3);
  }
  for (const [wire, name, wellFormed] of OPTIONAL_STRING_FIELDS) {
    const value = record[wire];
    if (value === void 0 || value === null)
      continue;
    if (!wellFormed(value))
      throw bad(wire);
    tokens[name] = value;
  }
  return tokens;
}
function parseExpiresIn(value) {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : void 0;
}
function tokensIn(text) {
  const found = [];
  for (const match of text.matchAll(/"(?:access|refresh|id)_token"\s*:\s*"([^"]+)"/g))
    found.push(match[1]);
  return found;
}
function fetchTransport(fetchImpl) {
  return async (request) => {
    const init = {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      redirect: "manual"
    };
    if (request.body !== void 0)
      init.body = request.body;
    const response = await (fetchImpl ?? fetch)(request.url, init);
    const chunks = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > request.maxBodyBytes) {
        await reader.cancel().catch(() => {
        });
        return { status: response.status, header: (name) => response.headers.get(name), text: "", bodyTooLarge: true };
      }
      chunks.push(chunk.value);
    }
    const text = new TextDecoder().decode(concat(chunks, total));
    return { status: response.status, header: (name) => response.headers.get(name), text };
  };
}
function concat(chunks, total) {
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 1e4;
const DEFAULT_DEADLINE_MS = 6e4;
const MIN_ATTEMPT_MS = 250;
function transportError(code, ctx, detail, cause) {
  return oauthError(ctx.operation, code, detail, { retryable: code !== "aborted", cause });
}
async function attemptOnce(request, options, ctx, timeoutMs, check) {
  const outer = options.signal;
  const timeout = AbortSignal.timeout(timeoutMs);
  const transport = options.transport ?? fetchTransport(options.fetch);
  try {
    const received = await transport({
      url: request.url,
      method: "POST",
      headers: request.headers,
      body: request.body,
      signal: outer ? AbortSignal.any([outer, timeout]) : timeout,
      maxBodyBytes: MAX_BODY_BYTES
    });
    if (received.bodyTooLarge)
      throw oauthError(ctx.operation, "invalid_response", `the response body is larger than ${MAX_BODY_BYTES} bytes`, {
        status: received.status
      });
    return check({ status: received.status, header: received.header, text: received.text });
  } catch (error2) {
    if (error2 instanceof DropboxOAuthError)
      throw error2;
    if (outer?.aborted)
      throw transportError("aborted", ctx, "the operation was aborted", outer.reason);
    if (timeout.aborted)
      throw transportError("timeout", ctx, `no response within ${timeoutMs} ms`);
    const reason = String(error2?.cause?.message ?? error2?.message ?? error2);
    const leaks = ctx.secrets.some((secret) => secret && reason.includes(secret));
    throw transportError("network", ctx, `could not reach ${request.url.host} (${sanitizeText(reason, ctx.secrets)})`, leaks ? void 0 : error2);
  }
}
function describeForRetry(error2) {
  if (error2.code === "rate_limited")
    return error2.retryAfterMs === void 0 ? "rate limited" : `rate limited (Retry-After ${error2.retryAfterMs / 1e3} s)`;
  if (error2.status !== void 0)
    return `HTTP ${error2.status} ${error2.code}`;
  return error2.code === "timeout" ? "timeout" : "network error";
}
async function sendRequest(request, options, ctx, check) {
  const retry = options.retry === false ? { attempts: 1 } : options.retry ?? {};
  const maxAttempts = Math.max(1, Math.floor(retry.attempts ?? DEFAULT_ATTEMPTS));
  const baseDelayMs = retry.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = retry.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const deadlineMs = retry.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const sleep = retry.sleep ?? defaultSleep;
  const random = retry.random ?? Math.random;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = now() + deadlineMs;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted)
      throw transportError("aborted", ctx, "the operation was aborted", options.signal.reason).withAttempts(attempt - 1);
    const remaining = Math.max(1, Math.min(timeoutMs, deadline - now()));
    try {
      return await attemptOnce(request, options, ctx, remaining, check);
    } catch (caught) {
      const error2 = caught;
      if (!error2.retryable || attempt >= maxAttempts)
        throw finalError(error2, attempt, attempt >= maxAttempts && error2.retryable);
      const delayMs = error2.retryAfterMs ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      if (now() + delayMs + MIN_ATTEMPT_MS > deadline)
        throw finalError(error2, attempt, true);
      retry.onRetry?.({ attempt, delayMs, reason: describeForRetry(error2), code: error2.code });
      try {
        await sleep(delayMs, options.signal);
      } catch (sleepError) {
        throw transportError("aborted", ctx, "the operation was aborted", sleepError).withAttempts(attempt);
      }
    }
  }
}
function finalError(error2, attempts, exhausted) {
  return error2.withAttempts(attempts, exhausted && attempts > 1);
}
function postTokenRequest(operation, options, form, client, secrets) {
  const base = resolveUrl(operation, "apiUrl", options.apiUrl, DEFAULT_API_URL);
  const headers = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json"
  };
  applyClientAuth(headers, form, client.id, client.secret);
  const now = options.now ?? Date.now;
  const ctx = { operation, secrets: [client.secret, ...secrets] };
  return sendRequest({ url: endpoint(base, "/oauth2/token"), headers, body: form.toString() }, options, ctx, (received) => parseTokenResponse(received, ctx, now()));
}
const OP = "refreshAccessToken";
async function refreshAccessToken(options) {
  const id = requireString(OP, "clientId", options.clientId);
  const secret = optionalString(OP, "clientSecret", options.clientSecret);
  const refreshToken = requireString(OP, "refreshToken", options.refreshToken);
  const scopes = normalizeScopes(OP, options.scope) ?? [];
  const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken });
  if (scopes.length > 0)
    form.set("scope", scopes.join(" "));
  const tokens = await postTokenRequest(OP, options, form, { id, secret }, [refreshToken]);
  delete tokens.refreshToken;
  return tokens;
}
const BOOTSTRAP = "`npx @dropbox-token/bootstrap`";
const INPUT_PROBLEMS = {
  appKeyEmpty: "The app-key input is empty. Set it to your Dropbox app key, e.g. app-key: ${{ vars.DROPBOX_APP_KEY }}.",
  appKeyStray: "The app-key input contains whitespace or control characters. Set it to the app key exactly as the Dropbox App Console shows it.",
  appSecretStray: "The app-secret input contains whitespace or control characters. Set it to the app secret exactly as the Dropbox App Console shows it.",
  refreshTokenEmpty: `The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). Create the secret with ${BOOTSTRAP} and pass it as refresh-token: \${{ secrets.DROPBOX_REFRESH_TOKEN }}.`,
  refreshTokenIsAccessToken: `The refresh-token input holds an access token, not a refresh token. Access tokens start with sl. and expire within hours; mint a refresh token with ${BOOTSTRAP}, which stores it in the secret for you.`,
  refreshTokenStray: `The refresh-token input contains whitespace, a line break or control characters. Store the refresh token again with ${BOOTSTRAP}.`,
  scopeInvalid: "The scope input has an invalid scope name. List Dropbox scopes separated by spaces, e.g. scope: files.content.write files.content.read.",
  exportEnvInvalid: "The export-env input is not a valid environment variable name. Use letters, digits and underscores, not starting with a digit, e.g. export-env: DROPBOX_ACCESS_TOKEN.",
  exportEnvReserved: "The export-env input names a variable the runner reserves or relies on. Choose another name, e.g. export-env: DROPBOX_ACCESS_TOKEN.",
  brokerUrlInvalid: "The broker-url input must be an https URL (plain http only for a loopback host), e.g. broker-url: https://dropbox-broker.example.workers.dev.",
  identityEmpty: "The identity input is empty, and broker-url needs it. Set it to the broker identity this job may use, e.g. identity: deploy-docs.",
  identityInvalid: "The identity input is not an identity name. Use letters, digits, dots, dashes and underscores, as in the broker configuration.",
  identityWithoutBroker: "The identity input only applies with broker-url. Set broker-url too, or leave identity out.",
  brokerWithCredentials: "The broker-url input was set together with app-key, app-secret or refresh-token. With a broker the job holds no Dropbox credentials: leave those inputs out.",
  rcloneRemoteInvalid: "The rclone-remote input is not a name rclone can read from environment variables. Use letters, digits and underscores, not starting with a digit, e.g. rclone-remote: dropbox.",
  verifyInvalid: "The verify input must be true or false. Set verify: true to check the new token with users/get_current_account.",
  apiUrlNotAbsolute: "The api-url input is not an absolute URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.",
  apiUrlNotHttps: "The api-url input must be an https URL: plain http would send the refresh token in clear text (it is allowed only for a loopback host such as 127.0.0.1). Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.",
  timeoutInvalid: "The timeout-seconds input must be a number of seconds from 1 to 3600. Leave it unset for the default of 60."
};
const PROXY_PROBLEMS = {
  not_a_url: (variable) => `Proxy variable ${variable} is not a URL. Set it to http://host:port (with user:password@ before the host if the proxy needs them), or unset it.`,
  unsupported_scheme: (variable) => `Proxy variable ${variable} is not an http:// or https:// proxy (SOCKS proxies are not supported). Set an HTTP proxy, or unset it.`,
  bad_escape: (variable) => `Proxy variable ${variable} has a % in its user name or password that is not followed by two hex digits. Percent-encode them (a % is %25, an @ is %40), or unset it.`
};
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
const FAILURE_ADVICE = {
  revoked: {
    what: "Dropbox refused the refresh token: it is invalid or revoked",
    fix: (_error, _elapsedMs, looksLike) => `${looksLike === "authorization-code" ? "It is shorter than the refresh tokens Dropbox issues and looks like an authorization code, which is single-use and expires within minutes. " : ""}Mint a new one with ${BOOTSTRAP} and update the secret passed as refresh-token.`
  },
  appCredentials: {
    what: "Dropbox refused the app credentials",
    fix: () => "Check the app-key and app-secret inputs against the Dropbox App Console."
  },
  secretRequired: {
    what: "Dropbox needs the app secret for this refresh token",
    fix: () => "It was not minted with PKCE: set the app-secret input, e.g. app-secret: ${{ secrets.DROPBOX_APP_SECRET }}, or mint a PKCE token with the bootstrap."
  },
  tokenRequest: {
    what: "Dropbox rejected the token request",
    fix: () => "Check the app-key, app-secret and scope inputs."
  },
  scope: {
    what: "Dropbox refused the requested scope",
    fix: () => "Ask only for scopes this refresh token was granted, or remove the scope input."
  },
  unavailable: {
    what: "Dropbox is unavailable",
    fix: (error2, elapsedMs) => `Gave up after ${plural(error2.attempts, "attempt")} in ${(elapsedMs / 1e3).toFixed(1)} s. Re-run the job later, check status.dropbox.com, or raise timeout-seconds${error2.code === "network" ? "; on a self-hosted runner check HTTPS_PROXY and NO_PROXY" : ""}.`
  },
  unusableAnswer: {
    what: "Dropbox's answer could not be used",
    fix: () => "Check the api-url input points at Dropbox or a proxy that passes answers through."
  },
  verification: {
    what: "The new access token failed verification",
    fix: (error2) => error2.code === "missing_scope" ? `Enable ${error2.requiredScope ?? "account_info.read"} for the app in the Dropbox App Console and mint a new refresh token, or set verify: false.` : "Check the api-url input, or set verify: false."
  },
  unexpected: {
    what: "The step failed unexpectedly",
    fix: () => "Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker."
  }
};
const ADVICE_FOR_CODE = {
  invalid_grant: "revoked",
  invalid_client: "appCredentials",
  client_secret_required: "secretRequired",
  invalid_request: "tokenRequest",
  unauthorized_client: "tokenRequest",
  unsupported_grant_type: "tokenRequest",
  invalid_scope: "scope",
  network: "unavailable",
  timeout: "unavailable",
  server_error: "unavailable",
  rate_limited: "unavailable",
  invalid_response: "unusableAnswer",
  http_error: "unusableAnswer",
  bad_request: "unusableAnswer",
  // Codes a refresh never produces: a bug if they reach the step.
  access_denied: "unexpected",
  expired_access_token: "unexpected",
  invalid_access_token: "unexpected",
  missing_scope: "unexpected",
  user_suspended: "unexpected",
  route_access_denied: "unexpected",
  team_token_on_user_route: "unexpected",
  user_token_on_team_route: "unexpected",
  invalid_path_root: "unexpected",
  aborted: "unexpected",
  invalid_options: "unexpected"
};
class InputError extends Error {
  name = "InputError";
  problem;
  constructor(problem) {
    super(INPUT_PROBLEMS[problem]);
    this.problem = problem;
  }
}
const TRUE = ["true", "True", "TRUE", "yes", "on", "1"];
const FALSE = ["false", "False", "FALSE", "no", "off", "0"];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_ENV = /^(GITHUB_|RUNNER_)|^(PATH|NODE_OPTIONS)$/i;
const SECONDS = /^\d+(\.\d+)?$/;
const MAX_TIMEOUT_SECONDS = 3600;
function credential(value, empty, stray) {
  if (value === void 0) {
    return void 0;
  }
  if (!isCredentialShaped(value))
    throw new InputError(stray);
  return value;
}
function spec(input) {
  return input;
}
const INPUTS = {
  "app-key": spec({
    required: false,
    secret: false,
    parse: (value) => credential(value, void 0, "appKeyStray")
  }),
  "app-secret": spec({
    required: false,
    secret: true,
    parse: (value) => credential(value, void 0, "appSecretStray")
  }),
  "refresh-token": spec({
    required: false,
    secret: true,
    parse: (value) => {
      const token = credential(value, void 0, "refreshTokenStray");
      if (token === void 0)
        return void 0;
      if (guessCredentialKind(token) === "access-token")
        throw new InputError("refreshTokenIsAccessToken");
      return token;
    }
  }),
  scope: spec({
    required: false,
    secret: false,
    parse: (value) => {
      const scopes = value?.split(/\s+/).filter((scope) => scope !== "");
      if (scopes?.some((scope) => !isScopeName(scope)))
        throw new InputError("scopeInvalid");
      return scopes;
    }
  }),
  "export-env": spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value !== void 0 && !ENV_NAME.test(value))
        throw new InputError("exportEnvInvalid");
      if (value !== void 0 && RESERVED_ENV.test(value))
        throw new InputError("exportEnvReserved");
      return value;
    }
  }),
  verify: spec({
    required: false,
    secret: false,
    default: "false",
    parse: (value = "") => {
      if (TRUE.includes(value))
        return true;
      if (FALSE.includes(value))
        return false;
      throw new InputError("verifyInvalid");
    }
  }),
  "rclone-remote": spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value !== void 0 && !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value))
        throw new InputError("rcloneRemoteInvalid");
      return value;
    }
  }),
  "broker-url": spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value === void 0)
        return void 0;
      if (!URL.canParse(value) || !isSecureOrLoopbackUrl(value))
        throw new InputError("brokerUrlInvalid");
      return value.replace(/\/+$/, "");
    }
  }),
  identity: spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value))
        throw new InputError("identityInvalid");
      return value;
    }
  }),
  "api-url": spec({
    required: false,
    secret: false,
    default: DEFAULT_API_URL,
    parse: (value = DEFAULT_API_URL) => {
      if (!URL.canParse(value))
        throw new InputError("apiUrlNotAbsolute");
      if (!isSecureOrLoopbackUrl(value))
        throw new InputError("apiUrlNotHttps");
      return value;
    }
  }),
  "timeout-seconds": spec({
    required: false,
    secret: false,
    default: "60",
    parse: (value = "") => {
      const seconds = Number(value);
      if (!SECONDS.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS)
        throw new InputError("timeoutInvalid");
      return seconds;
    }
  })
};
const SECRET_INPUTS = Object.keys(INPUTS).filter((name) => INPUTS[name].secret);
function readSource(read) {
  const appKey = read("app-key");
  const appSecret = read("app-secret");
  const refreshToken = read("refresh-token");
  const brokerUrl = read("broker-url");
  const identity = read("identity");
  if (brokerUrl !== void 0) {
    if (appKey !== void 0 || appSecret !== void 0 || refreshToken !== void 0)
      throw new InputError("brokerWithCredentials");
    if (identity === void 0)
      throw new InputError("identityEmpty");
    return { kind: "broker", brokerUrl, identity };
  }
  if (identity !== void 0)
    throw new InputError("identityWithoutBroker");
  if (appKey === void 0)
    throw new InputError("appKeyEmpty");
  if (refreshToken === void 0)
    throw new InputError("refreshTokenEmpty");
  return { kind: "refresh", appKey, appSecret, refreshToken };
}
function readInputs(getInput2) {
  const read = (name) => {
    const value = getInput2(name).trim();
    const input = INPUTS[name];
    return input.parse(value === "" ? input.default : value);
  };
  return {
    source: readSource(read),
    scope: read("scope"),
    exportEnv: read("export-env"),
    verify: read("verify"),
    rcloneRemote: read("rclone-remote"),
    apiUrl: read("api-url"),
    timeoutSeconds: read("timeout-seconds")
  };
}
class BrokerError extends Error {
  problem;
  name = "BrokerError";
  constructor(problem, message) {
    super(message);
    this.problem = problem;
  }
}
const VERIFY_OPERATIONS = /* @__PURE__ */ new Set(["getCurrentAccount", "getAuthenticatedAdmin", "getTeamInfo"]);
function failureMessage(error2, elapsedMs, looksLike) {
  if (error2 instanceof InputError)
    return error2.message;
  if (error2 instanceof BrokerError)
    return error2.message;
  if (!isDropboxOAuthError(error2)) {
    const name = error2 instanceof Error ? error2.name : "non-Error value";
    return `${FAILURE_ADVICE.unexpected.what} (${name}). ${FAILURE_ADVICE.unexpected.fix()}`;
  }
  const verifying = VERIFY_OPERATIONS.has(error2.operation);
  const kind = verifying ? "verification" : ADVICE_FOR_CODE[error2.code];
  const advice = FAILURE_ADVICE[kind];
  const detail = error2.errorDescription === void 0 ? error2.code : `${error2.code}: ${error2.errorDescription}`;
  return `${advice.what} (${detail}). ${advice.fix(error2, elapsedMs, looksLike)}`;
}
const twoDigits = (value) => String(value).padStart(2, "0");
function isoSeconds(date) {
  const day = `${String(date.getUTCFullYear()).padStart(4, "0")}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
  return `${day}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}Z`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function summaryRows(facts) {
  const { expiresAt, expiresIn } = facts;
  const expiry = expiresAt === void 0 || expiresIn === void 0 ? "no expiry given" : `${isoSeconds(expiresAt)} (in ${Math.round(expiresIn / 3600 * 10) / 10} h)`;
  return [
    ["Expires at", expiry],
    [
      "Scopes",
      facts.scopes.length === 0 ? "as granted to the refresh token" : facts.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(" ")
    ],
    ["Verified", facts.owner === void 0 ? "no (set verify: true to check)" : `yes: ${escapeHtml(facts.owner)}`],
    ["Exported as", exportedAs(facts)]
  ];
}
function exportedAs(facts) {
  const places = [
    facts.exportEnv === void 0 ? void 0 : `<code>${escapeHtml(facts.exportEnv)}</code>`,
    facts.rcloneRemote === void 0 ? void 0 : `rclone remote <code>${escapeHtml(facts.rcloneRemote)}:</code>`
  ].filter((place) => place !== void 0);
  return places.length === 0 ? "step output only" : `${places.join(", ")} and step output`;
}
function summaryHtml(rows) {
  const body = rows.map(([item, value]) => `<tr><td>${item}</td><td>${value}</td></tr>`).join("");
  return `<h3>Dropbox access token</h3>
<table><tr><th>Item</th><th>Value</th></tr>${body}</table>
The token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.
`;
}
const MAX_ATTEMPT_MS = 3e4;
function maskSecretInputs(core) {
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name).trim();
    if (value !== "")
      core.setSecret(value);
  }
}
function dropboxOptions(core, inputs, run2, deadline) {
  const now = run2.now ?? Date.now;
  const remaining = Math.max(1e3, deadline - now());
  return {
    transport: run2.transport,
    fetch: run2.fetch,
    apiUrl: inputs.apiUrl,
    now,
    timeoutMs: Math.min(MAX_ATTEMPT_MS, remaining),
    retry: {
      deadlineMs: remaining,
      onRetry: (event) => core.info(`Attempt ${event.attempt} failed (${event.reason}); retrying in ${(event.delayMs / 1e3).toFixed(1)} s.`)
    }
  };
}
function publishToken(core, inputs, tokens) {
  core.setSecret(tokens.accessToken);
  const scopes = tokens.scopes.length > 0 ? tokens.scopes : inputs.scope ?? [];
  const expiresAt = tokens.expiresAt === void 0 ? "" : isoSeconds(tokens.expiresAt);
  const output = (name, value) => core.setOutput(name, value);
  output("access-token", tokens.accessToken);
  output("expires-in", tokens.expiresIn === void 0 ? "" : String(tokens.expiresIn));
  output("expires-at", expiresAt);
  output("scope", scopes.join(" "));
  output("token-type", tokens.tokenType);
  if (inputs.exportEnv !== void 0)
    core.exportVariable(inputs.exportEnv, tokens.accessToken);
  core.info(tokens.expiresIn === void 0 ? "Got an access token; Dropbox gave it no expiry." : `Got an access token that expires at ${expiresAt} (in ${tokens.expiresIn} s).`);
  return scopes;
}
async function verify(core, tokens, options) {
  const { describeOwner, ownerOutputs, verifyToken } = await Promise.resolve().then(() => require("./verify-token.cjs"));
  const verified = await verifyToken(tokens.accessToken, options);
  const outputs2 = ownerOutputs(verified);
  for (const [name, value] of Object.entries(outputs2))
    if (value !== void 0)
      core.setOutput(name, value);
  const owner = describeOwner(verified);
  core.info(`Verified: the token works for ${owner}.`);
  return { owner, outputs: outputs2 };
}
async function exportRcloneRemote(core, name, tokens, verified) {
  const { rcloneRemoteVariables } = await Promise.resolve().then(() => require("./rclone-remote.cjs"));
  const teamRoot = verified?.["path-root"] === void 0 ? void 0 : verified["root-namespace-id"];
  for (const variable of rcloneRemoteVariables(name, tokens, teamRoot)) {
    if (variable.secret)
      core.setSecret(variable.value);
    core.exportVariable(variable.name, variable.value);
  }
  core.info(`Exported the rclone remote ${name}: (RCLONE_CONFIG_${name.toUpperCase()}_*).`);
}
async function obtainToken(core, inputs, run2, deadline) {
  const source = inputs.source;
  if (source.kind === "broker") {
    core.info(`Asking the broker ${source.brokerUrl} for identity ${source.identity} (keyless: this job's OIDC token).`);
    const { tokenFromBroker } = await Promise.resolve().then(() => require("./broker-client.cjs"));
    const { tokens, idToken } = await tokenFromBroker({
      brokerUrl: source.brokerUrl,
      identity: source.identity,
      scope: inputs.scope,
      idTokenRequest: run2.idTokenRequest,
      transport: run2.transport ?? fetchTransport(run2.fetch),
      deadline,
      now: run2.now ?? Date.now
    });
    core.setSecret(idToken);
    return tokens;
  }
  core.info(`Refreshing the Dropbox access token (${source.appSecret === void 0 ? "PKCE client, no app secret" : "with app secret"}).`);
  return refreshAccessToken({
    clientId: source.appKey,
    clientSecret: source.appSecret,
    refreshToken: source.refreshToken,
    scope: inputs.scope,
    ...dropboxOptions(core, inputs, run2, deadline)
  });
}
async function run(options) {
  const { core } = options;
  const now = options.now ?? Date.now;
  const started = now();
  let looksLike;
  try {
    maskSecretInputs(core);
    const inputs = readInputs(core.getInput);
    if (inputs.source.kind === "refresh")
      looksLike = guessCredentialKind(inputs.source.refreshToken);
    const deadline = started + inputs.timeoutSeconds * 1e3;
    const tokens = await obtainToken(core, inputs, options, deadline);
    const scopes = publishToken(core, inputs, tokens);
    const verified = inputs.verify ? await verify(core, tokens, () => dropboxOptions(core, inputs, options, deadline)) : void 0;
    if (inputs.rcloneRemote !== void 0)
      await exportRcloneRemote(core, inputs.rcloneRemote, tokens, verified?.outputs);
    options.appendSummaryHtml?.(summaryHtml(summaryRows({
      expiresAt: tokens.expiresAt,
      expiresIn: tokens.expiresIn,
      scopes,
      owner: verified?.owner,
      exportEnv: inputs.exportEnv,
      rcloneRemote: inputs.rcloneRemote
    })));
    return 0;
  } catch (error2) {
    core.error(failureMessage(error2, now() - started, looksLike));
    return 1;
  }
}
function createNodeTransport() {
  const agents = /* @__PURE__ */ new Map();
  const moduleFor = (protocol) => process.getBuiltinModule(protocol === "https:" ? "node:https" : "node:http");
  const agentFor = (protocol, http) => {
    let agent = agents.get(protocol);
    if (agent === void 0) {
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.set(protocol, agent);
    }
    return agent;
  };
  const transport = (request) => send(request, moduleFor(request.url.protocol), (http) => agentFor(request.url.protocol, http));
  return {
    transport,
    close: () => {
      for (const agent of agents.values())
        agent.destroy();
      agents.clear();
    }
  };
}
function headerReader(message) {
  return (name) => {
    const value = message.headers[name.toLowerCase()];
    if (value === void 0)
      return null;
    return Array.isArray(value) ? value.join(", ") : value;
  };
}
function send(request, http, agentFor) {
  return new Promise((resolve, reject) => {
    const body = request.body === void 0 ? void 0 : Buffer.from(request.body, "utf8");
    const outgoing = http.request(request.url, {
      method: request.method,
      headers: { ...request.headers, "content-length": String(body?.byteLength ?? 0) },
      agent: agentFor(http),
      signal: request.signal
    });
    outgoing.on("error", reject);
    outgoing.on("response", (response) => {
      const header = headerReader(response);
      const chunks = [];
      let total = 0;
      let settled = false;
      response.on("data", (chunk) => {
        total += chunk.byteLength;
        if (total > request.maxBodyBytes) {
          settled = true;
          response.destroy();
          resolve({ status: response.statusCode ?? 0, header, text: "", bodyTooLarge: true });
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () => {
        settled = true;
        resolve({ status: response.statusCode ?? 0, header, text: Buffer.concat(chunks).toString("utf8") });
      });
      response.on("error", reject);
      response.on("close", () => {
        if (!settled && !response.complete)
          reject(new Error("the connection closed before the body was complete"));
      });
    });
    outgoing.end(body);
  });
}
const summaryFile = process.env["GITHUB_STEP_SUMMARY"] ?? "";
function fileCommands(file, viaCore) {
  const lines = [];
  return {
    set: (name, value) => {
      if (file && !/[\r\n]/.test(value) && /^[\w-]+$/.test(name))
        lines.push(`${name}=${value}${EOL}`);
      else
        viaCore(name, value);
    },
    flush: () => {
      if (file && lines.length > 0)
        node_fs.appendFileSync(file, lines.join(""));
    }
  };
}
const outputs = fileCommands(process.env["GITHUB_OUTPUT"], setOutput);
const variables = fileCommands(process.env["GITHUB_ENV"], exportVariable);
async function main() {
  const unusableProxy = proxyProblem(process.env);
  if (unusableProxy !== void 0) {
    error(PROXY_PROBLEMS[unusableProxy.problem](unusableProxy.variable));
    process.exitCode = 1;
    return;
  }
  const viaProxy = proxyConfigured(process.env) ? (await Promise.resolve().then(() => require("./proxy-fetch.cjs"))).createProxyFetch(proxyEnvironment(process.env)) : void 0;
  const direct = viaProxy === void 0 ? createNodeTransport() : void 0;
  process.exitCode = await run({
    core: {
      getInput: (name) => getInput(name),
      setSecret,
      setOutput: outputs.set,
      exportVariable: variables.set,
      info,
      error
    },
    transport: direct?.transport,
    fetch: viaProxy,
    appendSummaryHtml: summaryFile === "" ? void 0 : (html) => node_fs.appendFileSync(summaryFile, html),
    // Set by the runner when the job has permissions: id-token: write (keyless mode needs it).
    idTokenRequest: process.env["ACTIONS_ID_TOKEN_REQUEST_URL"] && process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] ? { url: process.env["ACTIONS_ID_TOKEN_REQUEST_URL"], token: process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] } : void 0
  });
  outputs.flush();
  variables.flush();
  direct?.close();
  if (viaProxy !== void 0)
    process.stdout.write("", () => process.exit());
}
main().catch((failure2) => {
  process.exitCode = 1;
  throw failure2;
});
exports.BrokerError = BrokerError;
exports.DEFAULT_API_URL = DEFAULT_API_URL;
exports.endpoint = endpoint;
exports.invalidResponse = invalidResponse;
exports.isDropboxOAuthError = isDropboxOAuthError;
exports.isIdentifierShaped = isIdentifierShaped;
exports.isPrintableText = isPrintableText;
exports.optionalString = optionalString;
exports.optionalText = optionalText;
exports.otherFailure = otherFailure;
exports.requireString = requireString;
exports.resolveUrl = resolveUrl;
exports.sendRequest = sendRequest;
exports.transientFailure = transientFailure;
exports.tryParseJson = tryParseJson;
