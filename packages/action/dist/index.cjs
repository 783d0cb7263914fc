'use strict';

const node_fs = require('node:fs');
const fs = require('fs');

const EOL = process.platform === 'win32' ? '\r\n' : '\n';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
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

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
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
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

let crypto;
const randomUUID = () => (crypto ??= process.getBuiltinModule('node:crypto')).randomUUID();

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${EOL}${convertedValue}${EOL}${delimiter}`;
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + EOL);
}

/**
 * A variable in either case, the lowercase one first as curl does; an empty value counts as
 * unset, so `https_proxy=` left over in a shell profile does not hide `HTTPS_PROXY`.
 */
function either(env, name) {
    for (const variable of [name.toLowerCase(), name.toUpperCase()]) {
        const value = env[variable]?.trim();
        if (value)
            return { variable, value };
    }
    return undefined;
}
/** The proxy variables, each read in either case. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY'];
/** A value without a scheme (`proxy.corp:3128`) is an HTTP proxy, as curl reads it. */
function withScheme(value) {
    return /^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}
/** Every `%` followed by two hex digits: what decodeURIComponent needs of a user name or password. */
const WELL_ESCAPED = /^(?:[^%]|%[0-9A-Fa-f]{2})*$/;
function problemOf(setting) {
    let url;
    try {
        url = new URL(withScheme(setting.value));
    }
    catch {
        return { variable: setting.variable, problem: 'not_a_url' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { variable: setting.variable, problem: 'unsupported_scheme' };
    if (!WELL_ESCAPED.test(url.username) || !WELL_ESCAPED.test(url.password))
        return { variable: setting.variable, problem: 'bad_escape' };
    return undefined;
}
/**
 * The first proxy variable in `env` that proxy support could not use, or undefined. Check it
 * before `createProxyFetch`: undici would throw on such a value with the value in its message.
 */
function proxyProblem(env) {
    for (const name of PROXY_VARIABLES) {
        const setting = either(env, name);
        const problem = setting && problemOf(setting);
        if (problem)
            return problem;
    }
    return undefined;
}
/**
 * undici (6.29) matches a request's host with its brackets (`[::1]`) and reads `host:port` at the
 * last colon, so the bare IPv6 form people write (`NO_PROXY=::1`, as curl accepts) never matches.
 * Bare IPv6 literals are bracketed before undici sees them; everything else passes through.
 */
function bracketIpv6(noProxy) {
    return noProxy
        .split(/[,\s]+/)
        .filter((entry) => entry !== '')
        .map((entry) => (!entry.startsWith('[') && (entry.match(/:/g) ?? []).length >= 2 ? `[${entry}]` : entry))
        .join(',');
}
/** The proxy settings of `env`, each proxy with its scheme (check `proxyProblem` first). */
function proxyEnvironment(env) {
    const proxy = (name) => {
        const setting = either(env, name);
        return setting && withScheme(setting.value);
    };
    const noProxy = either(env, 'NO_PROXY')?.value;
    return {
        httpProxy: proxy('HTTP_PROXY'),
        httpsProxy: proxy('HTTPS_PROXY'),
        noProxy: noProxy === undefined ? undefined : bracketIpv6(noProxy),
    };
}
/** Whether a proxy is set at all: decides whether proxy support (undici) is loaded. */
function proxyConfigured(env) {
    const { httpProxy, httpsProxy } = proxyEnvironment(env);
    return httpProxy !== undefined || httpsProxy !== undefined;
}

const DEFAULT_API_URL = 'https://api.dropboxapi.com';
const DEFAULT_TIMEOUT_MS = 30_000;

// A registered symbol: two copies of this package (nested installs, bundles) recognise each other's errors.
const MARK = Symbol.for('@dropbox-token/core.DropboxOAuthError');
class DropboxOAuthError extends Error {
    name = 'DropboxOAuthError';
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
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
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
/** True for a DropboxOAuthError from any copy of this package, not only this one's class. */
function isDropboxOAuthError(value) {
    return typeof value === 'object' && value !== null && value[MARK] === true;
}

// A library's advice: neutral, naming only this package's own options. Products keep their own tables.
const HINTS = {
    invalid_grant: 'The refresh token is revoked or malformed: authorize again.',
    invalid_client: 'Check the app key and secret.',
    client_secret_required: 'The token was not minted with PKCE: pass clientSecret.',
    invalid_scope: 'Ask only for scopes the app was granted.',
    access_denied: 'Authorize again and allow access.',
    expired_access_token: 'Refresh the access token.',
    invalid_access_token: 'Refresh the token, or authorize again.',
    missing_scope: 'Enable the scope, then authorize again.',
    network: 'Check the network and apiUrl.',
    timeout: 'Retry later, or raise timeoutMs.',
    rate_limited: 'Wait for retryAfterMs.',
    server_error: 'Retry later.',
    invalid_response: 'Check apiUrl.',
    http_error: 'Check apiUrl.',
    invalid_options: 'Fix the options; nothing was sent.',
};
/** One neutral sentence on what to do about an error, by code (and operation, for codes). */
function hintFor(code, operation) {
    if (code === 'invalid_grant' && operation === 'exchangeCode')
        return 'Codes are single-use and expire in minutes.';
    return HINTS[code] ?? 'See errorDescription.';
}
/** The one place errors are made: the message is `<operation> failed: <detail>` (no final period). */
function oauthError(operation, code, detail, extra = {}) {
    return new DropboxOAuthError({
        code,
        operation,
        message: `${operation} failed: ${detail}`,
        hint: hintFor(code, operation),
        ...extra,
    });
}

// The shape rules for values people paste: one place, used by this package's functions and by
// the products built on it (the action's inputs, the CLI's arguments and prompts).
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const STRAY_CHARACTER = /[\s\u0000-\u001f\u007f]/;
const SCOPE_NAME = /^[A-Za-z0-9_.-]+$/;
/** An app key, app secret or token: non-empty, with no whitespace or control character anywhere. */
function isCredentialShaped(value) {
    return value !== '' && !STRAY_CHARACTER.test(value);
}
/** A Dropbox scope name such as `files.content.write`. */
function isScopeName(value) {
    return SCOPE_NAME.test(value);
}
/**
 * What a pasted Dropbox credential looks like, to catch the wrong one in the wrong place. Access
 * tokens start with `sl.` (short-lived, reference \u00a75); refresh tokens (64 characters) are longer
 * than authorization codes (43) as Dropbox issues them today. A guess for advice, never a check of validity.
 */
function guessCredentialKind(value) {
    if (value.startsWith('sl.'))
        return 'access-token';
    if (!/^[\w-]{20,}$/.test(value))
        return undefined;
    return value.length < 50 ? 'authorization-code' : 'refresh-token';
}
/** 127.0.0.0/8, ::1 and `localhost`: the only hosts plain http may reach, since nothing leaves the machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/** An absolute https URL, or http to a loopback host (tokens never cross a network in clear text). */
function isSecureOrLoopbackUrl(value) {
    if (!URL.canParse(String(value)))
        return false;
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
// What Dropbox sends back, checked before anything is returned: a hostile or broken server's
// value must not become a log line, a header or an output with a line break in it.
const TOKEN = /^[\x21-\x7e]{1,8192}$/;
const IDENTIFIER = /^[\x21-\x7e]{1,256}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const PRINTABLE_TEXT = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]{0,1024}$/;
/** A token from Dropbox: printable ASCII without spaces. */
function isTokenShaped(value) {
    return typeof value === 'string' && TOKEN.test(value);
}
/** An account, team or user id from Dropbox. */
function isIdentifierShaped(value) {
    return typeof value === 'string' && IDENTIFIER.test(value);
}
/** A name or email from Dropbox: no control characters or line separators, bounded. */
function isPrintableText(value) {
    return typeof value === 'string' && PRINTABLE_TEXT.test(value);
}

function invalidOptions(operation, problem) {
    return oauthError(operation, 'invalid_options', problem);
}
/**
 * Throws unless `value` is a non-empty string without whitespace or control characters: no
 * credential, code or verifier has any, and a stray one would end up in a header. Never echoes it.
 */
function requireString(operation, name, value) {
    if (typeof value !== 'string' || !isCredentialShaped(value))
        throw invalidOptions(operation, `\`${name}\` must be a non-empty string without whitespace or control characters`);
    return value;
}
function optionalString(operation, name, value) {
    return value === undefined ? undefined : requireString(operation, name, value);
}
/** Free text (such as `state`) may hold spaces, but no control characters. */
function optionalText(operation, name, value) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '' || !isCredentialShaped(value.replace(/ /g, '_')))
        throw invalidOptions(operation, `\`${name}\` must be a non-empty string without control characters`);
    return value;
}
function resolveUrl(operation, name, value, fallback) {
    const raw = String(value ?? fallback);
    if (!isSecureOrLoopbackUrl(raw))
        throw invalidOptions(operation, `\`${name}\` must be an absolute https URL (http only to a loopback host)`);
    return new URL(raw);
}
/** Joins `path` onto a base URL, keeping any path prefix the base has (for proxies). */
function endpoint(base, path) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    return url;
}
function normalizeScopes(operation, scope) {
    if (scope === undefined)
        return undefined;
    if (!Array.isArray(scope) || scope.some((s) => typeof s !== 'string'))
        throw invalidOptions(operation, '`scope` must be an array of strings');
    const scopes = scope.map((s) => s.trim()).filter((s) => s.length > 0);
    for (const s of scopes) {
        if (/\s/.test(s))
            throw invalidOptions(operation, `scope "${s}" contains whitespace: pass each scope as its own array item`);
    }
    return scopes;
}

/**
 * Client authentication for the token endpoint. With a secret: HTTP Basic only (Dropbox rejects
 * Basic together with a `client_id` body field). Without one (PKCE public client): `client_id` in the body.
 */
function applyClientAuth(headers, form, clientId, clientSecret) {
    if (clientSecret === undefined) {
        form.set('client_id', clientId);
        return;
    }
    const bytes = new TextEncoder().encode(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
    let binary = '';
    for (const byte of bytes)
        binary += String.fromCharCode(byte);
    headers['authorization'] = `Basic ${btoa(binary)}`;
}

/** Full-jitter exponential backoff: a random wait in [0, min(max, base\u00b72^(attempt-1))). */
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * ceiling);
}
/**
 * Parses `Retry-After` as delta-seconds or an HTTP date, relative to `nowMs`.
 * Returns milliseconds, or undefined when absent or unreadable.
 */
function parseRetryAfter(value, nowMs) {
    if (value === null)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
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
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

const MAX_DESCRIPTION_LENGTH = 300;
/**
 * Makes server-supplied text safe to put in an error: removes every known secret,
 * control characters and anything past a few hundred characters.
 */
function sanitizeText(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret !== undefined && secret.length >= 4)
            out = out.split(secret).join('[REDACTED]');
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    out = out.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    if (out.length > MAX_DESCRIPTION_LENGTH)
        out = `${out.slice(0, MAX_DESCRIPTION_LENGTH)}\u2026`;
    return out;
}

/** OAuth error codes (RFC 6749 \u00a75.2, \u00a74.1.2.1) and Dropbox API AuthError tags we report as such. */
const OAUTH_CODE = /^(invalid_(grant|client|request|scope)|unauthorized_client|unsupported_grant_type|access_denied)$/;
const AUTH_ERROR_TAG = /^(expired_access_token|invalid_access_token|missing_scope|user_suspended|route_access_denied)$/;
// Dropbox's answer to a refresh without the app secret for a token minted with it (reference \u00a73).
const CLIENT_SECRET_REQUIRED = /no auth function available/i;
function tryParseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function oauthParts(code, description) {
    const specific = code === 'invalid_request' && CLIENT_SECRET_REQUIRED.test(description ?? '');
    return { code: specific ? 'client_secret_required' : code, error: code, description };
}
/**
 * Reads an error body in any of the shapes Dropbox has used: `{error, error_description}`,
 * `{"error": "invalid_client: ..."}`, a sentence in `error` (5xx), or an API error
 * `{error: {".tag": ...}, error_summary}`.
 */
function readErrorBody(body, fallback) {
    if (!isRecord(body) || !('error' in body))
        return undefined;
    const error = body['error'];
    const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
    if (typeof error === 'string') {
        const colon = /^([a-z_]+):\s*(.*)$/s.exec(error);
        if (colon && OAUTH_CODE.test(colon[1]))
            return oauthParts(colon[1], description ?? colon[2]);
        if (OAUTH_CODE.test(error))
            return oauthParts(error, description);
        return { code: fallback, description: description ?? error };
    }
    if (isRecord(error)) {
        const tag = typeof error['.tag'] === 'string' ? error['.tag'] : undefined;
        const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
        const requiredScope = typeof error['required_scope'] === 'string' ? error['required_scope'] : undefined;
        const code = tag !== undefined && AUTH_ERROR_TAG.test(tag) ? tag : fallback;
        return { code, error: tag, description: summary ?? tag, requiredScope };
    }
    return { code: fallback, description };
}
function looksLikeHtml(text) {
    return /^\s*<(!doctype|html|head|body)/i.test(text);
}
/** An error about a received response; the server's text is scrubbed of every secret in `ctx`. */
function failure(received, ctx, parts, extra = {}) {
    const clean = (text) => text === undefined ? undefined : sanitizeText(text, ctx.secrets) || undefined;
    const errorDescription = clean(parts.description);
    const detail = errorDescription === undefined ? parts.code : `${parts.code} (${errorDescription})`;
    return oauthError(ctx.operation, parts.code, `HTTP ${received.status} ${detail}`, {
        status: received.status,
        error: clean(parts.error),
        errorDescription,
        requiredScope: clean(parts.requiredScope),
        retryable: extra.retryable ?? false,
        retryAfterMs: extra.retryAfterMs,
    });
}
/** An answer that arrived but cannot be used. */
function invalidResponse(received, ctx, reason) {
    return failure(received, ctx, { code: 'invalid_response', description: reason });
}
/** 429 and 5xx, the same for every route: retryable. */
function transientFailure(received, ctx, now) {
    const body = tryParseJson(received.text);
    const plain = looksLikeHtml(received.text) ? undefined : received.text || undefined;
    if (received.status === 429) {
        // Retry-After, else `error.retry_after` in seconds (auth.stone RateLimitError; the Python and Go SDKs read it there).
        const seconds = isRecord(body) && isRecord(body['error']) ? body['error']['retry_after'] : undefined;
        const retryAfterMs = parseRetryAfter(received.header('retry-after'), now) ??
            (typeof seconds === 'number' ? seconds * 1000 : undefined);
        const parts = readErrorBody(body, 'rate_limited');
        return failure(received, ctx, { code: 'rate_limited', description: parts?.description ?? plain }, { retryable: true, retryAfterMs });
    }
    if (received.status >= 500) {
        const parts = readErrorBody(body, 'server_error');
        return failure(received, ctx, { code: 'server_error', description: parts?.description ?? plain }, { retryable: true });
    }
    return undefined;
}
/**
 * Anything else that is not a success, or a body that is neither the answer nor an error.
 * `fallback` is the code for a JSON error body without a known code; `on400` names a plain-text 400.
 */
function otherFailure(received, ctx, fallback, on400) {
    const { status, text } = received;
    const plain = looksLikeHtml(text) ? undefined : text || undefined;
    const parts = readErrorBody(tryParseJson(text), fallback);
    if (parts)
        return failure(received, ctx, parts);
    if (status === 400)
        return failure(received, ctx, { code: on400(text), description: plain });
    if (status >= 300 && status < 400)
        return failure(received, ctx, {
            code: 'http_error',
            description: `unexpected redirect to ${received.header('location') ?? 'nowhere'}`,
        });
    return failure(received, ctx, {
        code: status >= 200 && status < 300 ? 'invalid_response' : 'http_error',
        description: plain,
    });
}
/** The error for an `/oauth2/token` answer that is not a token (non-2xx, or a 2xx carrying `error`). */
function tokenEndpointError(received, ctx, now) {
    return (transientFailure(received, ctx, now) ?? otherFailure(received, ctx, 'invalid_request', () => 'invalid_request'));
}

// Optional fields and the shape each must have: tokens, or identifiers.
const OPTIONAL_STRING_FIELDS = [
    ['refresh_token', 'refreshToken', isTokenShaped],
    ['account_id', 'accountId', isIdentifierShaped],
    ['team_id', 'teamId', isIdentifierShaped],
    ['uid', 'uid', isIdentifierShaped],
    ['id_token', 'idToken', isTokenShaped],
];
/**
 * Checks a token endpoint response and turns it into a TokenSet, or throws a DropboxOAuthError.
 * Pure apart from the clock value passed in, so it can be tested without a server.
 */
function parseTokenResponse(received, outer, nowMs) {
    // Whatever tokens the body holds are secrets too: keep them out of any error built from it.
    const ctx = { ...outer, secrets: [...outer.secrets, ...tokensIn(received.text)] };
    if (received.status < 200 || received.status >= 300)
        throw tokenEndpointError(received, ctx, nowMs);
    const body = tryParseJson(received.text);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw invalidResponse(received, ctx, 'the body is not a JSON object');
    const record = body;
    if ('error' in record)
        throw tokenEndpointError(received, ctx, nowMs);
    const bad = (field) => invalidResponse(received, ctx, `${field} is missing or malformed`);
    const accessToken = record['access_token'];
    if (!isTokenShaped(accessToken))
        throw bad('access_token');
    const tokenType = record['token_type'] ?? 'bearer';
    if (typeof tokenType !== 'string' || !/^[A-Za-z]{1,32}$/.test(tokenType))
        throw bad('token_type');
    // A `legacy` code exchange answers without expires_in; the SDKs treat it as optional (reference \u00a710).
    const expiresIn = record['expires_in'] == null ? undefined : parseExpiresIn(record['expires_in']);
    if (expiresIn === undefined && record['expires_in'] != null)
        throw bad('expires_in');
    const scope = record['scope'] ?? '';
    if (typeof scope !== 'string' || scope.length > 8192)
        throw bad('scope');
    const scopes = scope.split(' ').filter((s) => s.length > 0);
    if (!scopes.every(isScopeName))
        throw bad('scope');
    const tokens = { accessToken, tokenType, scopes };
    if (expiresIn !== undefined) {
        tokens.expiresIn = expiresIn;
        tokens.expiresAt = new Date(nowMs + expiresIn * 1000);
    }
    for (const [wire, name, wellFormed] of OPTIONAL_STRING_FIELDS) {
        const value = record[wire];
        if (value === undefined || value === null)
            continue;
        if (!wellFormed(value))
            throw bad(wire);
        tokens[name] = value;
    }
    return tokens;
}
/** `expires_in` arrives as a number, or in some documented samples as a numeric string. */
function parseExpiresIn(value) {
    const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}
function tokensIn(text) {
    const found = [];
    for (const match of text.matchAll(/"(?:access|refresh|id)_token"\s*:\s*"([^"]+)"/g))
        found.push(match[1]);
    return found;
}

/** The default transport: the given `fetch`, or the global one, looked up only when a request is sent. */
function fetchTransport(fetchImpl) {
    return async (request) => {
        const init = {
            method: request.method,
            headers: request.headers,
            signal: request.signal,
            redirect: 'manual',
        };
        if (request.body !== undefined)
            init.body = request.body;
        const response = await (fetchImpl ?? fetch)(request.url, init);
        const chunks = [];
        let total = 0;
        const reader = response.body?.getReader();
        for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader.read()) {
            total += chunk.value.byteLength;
            if (total > request.maxBodyBytes) {
                await reader.cancel().catch(() => { });
                return { status: response.status, header: (name) => response.headers.get(name), text: '', bodyTooLarge: true };
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

/** Bodies larger than this are refused rather than buffered. */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 10_000;
const DEFAULT_DEADLINE_MS = 60_000;
const MIN_ATTEMPT_MS = 250;
function transportError(code, ctx, detail, cause) {
    return oauthError(ctx.operation, code, detail, { retryable: code !== 'aborted', cause });
}
async function attemptOnce(request, options, ctx, timeoutMs, check) {
    const outer = options.signal;
    const timeout = AbortSignal.timeout(timeoutMs);
    const transport = options.transport ?? fetchTransport(options.fetch);
    try {
        const received = await transport({
            url: request.url,
            method: 'POST',
            headers: request.headers,
            body: request.body,
            signal: outer ? AbortSignal.any([outer, timeout]) : timeout,
            maxBodyBytes: MAX_BODY_BYTES,
        });
        if (received.bodyTooLarge)
            throw oauthError(ctx.operation, 'invalid_response', `the response body is larger than ${MAX_BODY_BYTES} bytes`, {
                status: received.status,
            });
        return check({ status: received.status, header: received.header, text: received.text });
    }
    catch (error) {
        if (error instanceof DropboxOAuthError)
            throw error;
        if (outer?.aborted)
            throw transportError('aborted', ctx, 'the operation was aborted', outer.reason);
        if (timeout.aborted)
            throw transportError('timeout', ctx, `no response within ${timeoutMs} ms`);
        const reason = String(error?.cause?.message ??
            error?.message ??
            error);
        // A runtime's error text may quote a header; keep neither it nor the original error if it holds a secret.
        const leaks = ctx.secrets.some((secret) => secret && reason.includes(secret));
        throw transportError('network', ctx, `could not reach ${request.url.host} (${sanitizeText(reason, ctx.secrets)})`, leaks ? undefined : error);
    }
}
function describeForRetry(error) {
    if (error.code === 'rate_limited')
        return error.retryAfterMs === undefined
            ? 'rate limited'
            : `rate limited (Retry-After ${error.retryAfterMs / 1000} s)`;
    if (error.status !== undefined)
        return `HTTP ${error.status} ${error.code}`;
    return error.code === 'timeout' ? 'timeout' : 'network error';
}
/**
 * Sends one logical request: retries network errors, timeouts, 5xx and 429 with full-jitter
 * exponential backoff (honouring Retry-After), never retries other errors, and never waits past
 * the deadline. `check` turns a received response into a value or throws a DropboxOAuthError.
 */
async function sendRequest(request, options, ctx, check) {
    const retry = options.retry === false ? { attempts: 1 } : (options.retry ?? {});
    const maxAttempts = Math.max(1, Math.floor(retry.attempts ?? DEFAULT_ATTEMPTS));
    const baseDelayMs = retry.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
    const maxDelayMs = retry.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    const deadlineMs = retry.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const sleep = retry.sleep ?? defaultSleep;
    const random = retry.random ?? Math.random;
    const now = options.now ?? Date.now;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = now() + deadlineMs;
    for (let attempt = 1;; attempt++) {
        if (options.signal?.aborted)
            throw transportError('aborted', ctx, 'the operation was aborted', options.signal.reason).withAttempts(attempt - 1);
        const remaining = Math.max(1, Math.min(timeoutMs, deadline - now()));
        try {
            return await attemptOnce(request, options, ctx, remaining, check);
        }
        catch (caught) {
            const error = caught;
            if (!error.retryable || attempt >= maxAttempts)
                throw finalError(error, attempt, attempt >= maxAttempts && error.retryable);
            const delayMs = error.retryAfterMs ?? backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
            // Stop when the wait would leave no useful time for another attempt: report the real failure.
            if (now() + delayMs + MIN_ATTEMPT_MS > deadline)
                throw finalError(error, attempt, true);
            retry.onRetry?.({ attempt, delayMs, reason: describeForRetry(error), code: error.code });
            try {
                await sleep(delayMs, options.signal);
            }
            catch (sleepError) {
                throw transportError('aborted', ctx, 'the operation was aborted', sleepError).withAttempts(attempt);
            }
        }
    }
}
function finalError(error, attempts, exhausted) {
    return error.withAttempts(attempts, exhausted && attempts > 1);
}

/** POSTs a grant to `/oauth2/token` (form-encoded, Dropbox's client auth) and checks the answer. */
function postTokenRequest(operation, options, form, client, secrets) {
    const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
    const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
    };
    applyClientAuth(headers, form, client.id, client.secret);
    const now = options.now ?? Date.now;
    const ctx = { operation, secrets: [client.secret, ...secrets] };
    return sendRequest({ url: endpoint(base, '/oauth2/token'), headers, body: form.toString() }, options, ctx, (received) => parseTokenResponse(received, ctx, now()));
}

const OP = 'refreshAccessToken';
/** Trades the long-lived refresh token for a fresh 4-hour access token (grant `refresh_token`). */
async function refreshAccessToken(options) {
    const id = requireString(OP, 'clientId', options.clientId);
    const secret = optionalString(OP, 'clientSecret', options.clientSecret);
    const refreshToken = requireString(OP, 'refreshToken', options.refreshToken);
    const scopes = normalizeScopes(OP, options.scope) ?? [];
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
    if (scopes.length > 0)
        form.set('scope', scopes.join(' '));
    const tokens = await postTokenRequest(OP, options, form, { id, secret }, [refreshToken]);
    // Dropbox never rotates refresh tokens; a refresh answer carries none. Drop one if a proxy adds it.
    delete tokens.refreshToken;
    return tokens;
}

// Every message the step can print, as data: the README's troubleshooting table is checked
// against this file (apps/demo/test/readme.test.ts), and nothing else writes a message.
const BOOTSTRAP = '`npx @dropbox-token/bootstrap`';
/** Problems with the inputs, each `<what failed>. <what to do>`. None quotes an input's value. */
const INPUT_PROBLEMS = {
    appKeyEmpty: 'The app-key input is empty. Set it to your Dropbox app key, e.g. app-key: ${{ vars.DROPBOX_APP_KEY }}.',
    appKeyStray: 'The app-key input contains whitespace or control characters. Set it to the app key exactly as the Dropbox App Console shows it.',
    appSecretStray: 'The app-secret input contains whitespace or control characters. Set it to the app secret exactly as the Dropbox App Console shows it.',
    refreshTokenEmpty: 'The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). ' +
        `Create the secret with ${BOOTSTRAP} and pass it as refresh-token: \${{ secrets.DROPBOX_REFRESH_TOKEN }}.`,
    refreshTokenIsAccessToken: `The refresh-token input holds an access token, not a refresh token. Access tokens start with sl. and expire within hours; mint a refresh token with ${BOOTSTRAP}, which stores it in the secret for you.`,
    refreshTokenStray: `The refresh-token input contains whitespace, a line break or control characters. Store the refresh token again with ${BOOTSTRAP}.`,
    scopeInvalid: 'The scope input has an invalid scope name. List Dropbox scopes separated by spaces, e.g. scope: files.content.write files.content.read.',
    exportEnvInvalid: 'The export-env input is not a valid environment variable name. Use letters, digits and underscores, not starting with a digit, e.g. export-env: DROPBOX_ACCESS_TOKEN.',
    exportEnvReserved: 'The export-env input names a variable the runner reserves or relies on. Choose another name, e.g. export-env: DROPBOX_ACCESS_TOKEN.',
    brokerUrlInvalid: 'The broker-url input must be an https URL (plain http only for a loopback host), e.g. broker-url: https://dropbox-broker.example.workers.dev.',
    identityEmpty: 'The identity input is empty, and broker-url needs it. Set it to the broker identity this job may use, e.g. identity: deploy-docs.',
    identityInvalid: 'The identity input is not an identity name. Use letters, digits, dots, dashes and underscores, as in the broker configuration.',
    identityWithoutBroker: 'The identity input only applies with broker-url. Set broker-url too, or leave identity out.',
    brokerWithCredentials: 'The broker-url input was set together with app-key, app-secret or refresh-token. With a broker the job holds no Dropbox credentials: leave those inputs out.',
    rcloneRemoteInvalid: 'The rclone-remote input is not a name rclone can read from environment variables. Use letters, digits and underscores, not starting with a digit, e.g. rclone-remote: dropbox.',
    verifyInvalid: 'The verify input must be true or false. Set verify: true to check the new token with users/get_current_account.',
    apiUrlNotAbsolute: 'The api-url input is not an absolute URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
    apiUrlNotHttps: 'The api-url input must be an https URL: plain http would send the refresh token in clear text (it is allowed only for a loopback host such as 127.0.0.1). Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
    timeoutInvalid: 'The timeout-seconds input must be a number of seconds from 1 to 3600. Leave it unset for the default of 60.',
};
/** Proxy variables the step cannot use, named by the variable: its value may hold a password. */
const PROXY_PROBLEMS = {
    not_a_url: (variable) => `Proxy variable ${variable} is not a URL. Set it to http://host:port (with user:password@ before the host if the proxy needs them), or unset it.`,
    unsupported_scheme: (variable) => `Proxy variable ${variable} is not an http:// or https:// proxy (SOCKS proxies are not supported). Set an HTTP proxy, or unset it.`,
    bad_escape: (variable) => `Proxy variable ${variable} has a % in its user name or password that is not followed by two hex digits. Percent-encode them (a % is %25, an @ is %40), or unset it.`,
};
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** The one advice table of the action, keyed by what failed. */
const FAILURE_ADVICE = {
    revoked: {
        what: 'Dropbox refused the refresh token: it is invalid or revoked',
        fix: (_error, _elapsedMs, looksLike) => `${looksLike === 'authorization-code' ? 'It is shorter than the refresh tokens Dropbox issues and looks like an authorization code, which is single-use and expires within minutes. ' : ''}Mint a new one with ${BOOTSTRAP} and update the secret passed as refresh-token.`,
    },
    appCredentials: {
        what: 'Dropbox refused the app credentials',
        fix: () => 'Check the app-key and app-secret inputs against the Dropbox App Console.',
    },
    secretRequired: {
        what: 'Dropbox needs the app secret for this refresh token',
        fix: () => 'It was not minted with PKCE: set the app-secret input, e.g. app-secret: ${{ secrets.DROPBOX_APP_SECRET }}, or mint a PKCE token with the bootstrap.',
    },
    tokenRequest: {
        what: 'Dropbox rejected the token request',
        fix: () => 'Check the app-key, app-secret and scope inputs.',
    },
    scope: {
        what: 'Dropbox refused the requested scope',
        fix: () => 'Ask only for scopes this refresh token was granted, or remove the scope input.',
    },
    unavailable: {
        what: 'Dropbox is unavailable',
        fix: (error, elapsedMs) => `Gave up after ${plural(error.attempts, 'attempt')} in ${(elapsedMs / 1000).toFixed(1)} s. ` +
            `Re-run the job later, check status.dropbox.com, or raise timeout-seconds${error.code === 'network' ? '; on a self-hosted runner check HTTPS_PROXY and NO_PROXY' : ''}.`,
    },
    unusableAnswer: {
        what: "Dropbox's answer could not be used",
        fix: () => 'Check the api-url input points at Dropbox or a proxy that passes answers through.',
    },
    verification: {
        what: 'The new access token failed verification',
        fix: (error) => error.code === 'missing_scope'
            ? `Enable ${error.requiredScope ?? 'account_info.read'} for the app in the Dropbox App Console and mint a new refresh token, or set verify: false.`
            : 'Check the api-url input, or set verify: false.',
    },
    unexpected: {
        what: 'The step failed unexpectedly',
        fix: () => "Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker.",
    },
};
/** Which advice a refresh failure gets, for every code the core defines (the compiler checks it is complete). */
const ADVICE_FOR_CODE = {
    invalid_grant: 'revoked',
    invalid_client: 'appCredentials',
    client_secret_required: 'secretRequired',
    invalid_request: 'tokenRequest',
    unauthorized_client: 'tokenRequest',
    unsupported_grant_type: 'tokenRequest',
    invalid_scope: 'scope',
    network: 'unavailable',
    timeout: 'unavailable',
    server_error: 'unavailable',
    rate_limited: 'unavailable',
    invalid_response: 'unusableAnswer',
    http_error: 'unusableAnswer',
    bad_request: 'unusableAnswer',
    // Codes a refresh never produces: a bug if they reach the step.
    access_denied: 'unexpected',
    expired_access_token: 'unexpected',
    invalid_access_token: 'unexpected',
    missing_scope: 'unexpected',
    user_suspended: 'unexpected',
    route_access_denied: 'unexpected',
    team_token_on_user_route: 'unexpected',
    user_token_on_team_route: 'unexpected',
    invalid_path_root: 'unexpected',
    aborted: 'unexpected',
    invalid_options: 'unexpected',
};

/** A problem with the step's inputs. Its message is already `<what failed>. <what to do>`. */
class InputError extends Error {
    name = 'InputError';
    problem;
    constructor(problem) {
        super(INPUT_PROBLEMS[problem]);
        this.problem = problem;
    }
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_ENV = /^(GITHUB_|RUNNER_)|^(PATH|NODE_OPTIONS)$/i;
const SECONDS = /^\d+(\.\d+)?$/;
const MAX_TIMEOUT_SECONDS = 3600;
function credential(value, empty, stray) {
    if (value === undefined) {
        return undefined;
    }
    if (!isCredentialShaped(value))
        throw new InputError(stray);
    return value;
}
function spec(input) {
    return input;
}
/** The action's inputs: one table, in `action.yml`'s order, from which validation runs. */
const INPUTS = {
    'app-key': spec({
        required: false,
        secret: false,
        parse: (value) => credential(value, undefined, 'appKeyStray'),
    }),
    'app-secret': spec({
        required: false,
        secret: true,
        parse: (value) => credential(value, undefined, 'appSecretStray'),
    }),
    'refresh-token': spec({
        required: false,
        secret: true,
        parse: (value) => {
            const token = credential(value, undefined, 'refreshTokenStray');
            if (token === undefined)
                return undefined;
            // An access token (`sl.`, reference \u00a75) is certainly not a refresh token: said before any request.
            // Anything else is Dropbox's to judge; a shape guess only explains its refusal (failure-message.ts).
            if (guessCredentialKind(token) === 'access-token')
                throw new InputError('refreshTokenIsAccessToken');
            return token;
        },
    }),
    scope: spec({
        required: false,
        secret: false,
        parse: (value) => {
            const scopes = value?.split(/\s+/).filter((scope) => scope !== '');
            if (scopes?.some((scope) => !isScopeName(scope)))
                throw new InputError('scopeInvalid');
            return scopes;
        },
    }),
    'export-env': spec({
        required: false,
        secret: false,
        parse: (value) => {
            if (value !== undefined && !ENV_NAME.test(value))
                throw new InputError('exportEnvInvalid');
            if (value !== undefined && RESERVED_ENV.test(value))
                throw new InputError('exportEnvReserved');
            return value;
        },
    }),
    verify: spec({
        required: false,
        secret: false,
        default: 'false',
        parse: (value = '') => {
            if (TRUE.includes(value))
                return true;
            if (FALSE.includes(value))
                return false;
            throw new InputError('verifyInvalid');
        },
    }),
    'rclone-remote': spec({
        required: false,
        secret: false,
        parse: (value) => {
            // rclone reads a remote from RCLONE_CONFIG_<NAME>_* variables: the name must fit a variable name.
            if (value !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value))
                throw new InputError('rcloneRemoteInvalid');
            return value;
        },
    }),
    'broker-url': spec({
        required: false,
        secret: false,
        parse: (value) => {
            if (value === undefined)
                return undefined;
            if (!URL.canParse(value) || !isSecureOrLoopbackUrl(value))
                throw new InputError('brokerUrlInvalid');
            return value.replace(/\/+$/, '');
        },
    }),
    identity: spec({
        required: false,
        secret: false,
        parse: (value) => {
            if (value !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value))
                throw new InputError('identityInvalid');
            return value;
        },
    }),
    'api-url': spec({
        required: false,
        secret: false,
        default: DEFAULT_API_URL,
        parse: (value = DEFAULT_API_URL) => {
            if (!URL.canParse(value))
                throw new InputError('apiUrlNotAbsolute');
            if (!isSecureOrLoopbackUrl(value))
                throw new InputError('apiUrlNotHttps');
            return value;
        },
    }),
    'timeout-seconds': spec({
        required: false,
        secret: false,
        default: '60',
        parse: (value = '') => {
            const seconds = Number(value);
            if (!SECONDS.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS)
                throw new InputError('timeoutInvalid');
            return seconds;
        },
    }),
};
/** The inputs whose values are masked before anything else runs. */
const SECRET_INPUTS = Object.keys(INPUTS).filter((name) => INPUTS[name].secret);
/** Keyless with a broker (then no Dropbox credentials in the inputs), or a refresh token and its app. */
function readSource(read) {
    const appKey = read('app-key');
    const appSecret = read('app-secret');
    const refreshToken = read('refresh-token');
    const brokerUrl = read('broker-url');
    const identity = read('identity');
    if (brokerUrl !== undefined) {
        if (appKey !== undefined || appSecret !== undefined || refreshToken !== undefined)
            throw new InputError('brokerWithCredentials');
        if (identity === undefined)
            throw new InputError('identityEmpty');
        return { kind: 'broker', brokerUrl, identity };
    }
    if (identity !== undefined)
        throw new InputError('identityWithoutBroker');
    if (appKey === undefined)
        throw new InputError('appKeyEmpty');
    if (refreshToken === undefined)
        throw new InputError('refreshTokenEmpty');
    return { kind: 'refresh', appKey, appSecret, refreshToken };
}
/** Reads and validates every input, in table order. Secret inputs must be masked by the caller first. */
function readInputs(getInput) {
    const read = (name) => {
        const value = getInput(name).trim();
        const input = INPUTS[name];
        return input.parse(value === '' ? input.default : value);
    };
    return {
        source: readSource(read),
        scope: read('scope'),
        exportEnv: read('export-env'),
        verify: read('verify'),
        rcloneRemote: read('rclone-remote'),
        apiUrl: read('api-url'),
        timeoutSeconds: read('timeout-seconds'),
    };
}

class BrokerError extends Error {
    problem;
    name = 'BrokerError';
    constructor(problem, 
    /** The whole line: `<what failed> (<detail>). <what to do>`; never a token. */
    message) {
        super(message);
        this.problem = problem;
    }
}

const VERIFY_OPERATIONS = new Set(['getCurrentAccount', 'getAuthenticatedAdmin', 'getTeamInfo']);
/**
 * One line, `<what failed> (<detail>). <what to do>`, for any error the step can meet. Never
 * contains a secret. `looksLike` (a guess at the refresh-token input) may explain a refusal.
 */
function failureMessage(error, elapsedMs, looksLike) {
    if (error instanceof InputError)
        return error.message;
    if (error instanceof BrokerError)
        return error.message;
    if (!isDropboxOAuthError(error)) {
        const name = error instanceof Error ? error.name : 'non-Error value';
        return `${FAILURE_ADVICE.unexpected.what} (${name}). ${FAILURE_ADVICE.unexpected.fix()}`;
    }
    const verifying = VERIFY_OPERATIONS.has(error.operation);
    const kind = verifying ? 'verification' : ADVICE_FOR_CODE[error.code];
    const advice = FAILURE_ADVICE[kind];
    const detail = error.errorDescription === undefined ? error.code : `${error.code}: ${error.errorDescription}`;
    return `${advice.what} (${detail}). ${advice.fix(error, elapsedMs, looksLike)}`;
}

const twoDigits = (value) => String(value).padStart(2, '0');
/**
 * ISO 8601 in UTC to the second, e.g. `2026-11-29T12:00:00Z`: the form of the `expires-at` output.
 * Written from the UTC fields: the first `Date#toISOString()` in a process costs about 0.7 ms of
 * start-up (BENCHMARKS.md), the fields a tenth of that. Years 0 to 9999, as for any token's expiry.
 */
function isoSeconds(date) {
    const day = `${String(date.getUTCFullYear()).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
    return `${day}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}Z`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** The job summary: when the token expires, what it may do, whether it was checked. Never the token. */
function summaryRows(facts) {
    const { expiresAt, expiresIn } = facts;
    const expiry = expiresAt === undefined || expiresIn === undefined
        ? 'no expiry given'
        : `${isoSeconds(expiresAt)} (in ${Math.round((expiresIn / 3600) * 10) / 10} h)`;
    return [
        ['Expires at', expiry],
        [
            'Scopes',
            facts.scopes.length === 0
                ? 'as granted to the refresh token'
                : facts.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(' '),
        ],
        ['Verified', facts.owner === undefined ? 'no (set verify: true to check)' : `yes: ${escapeHtml(facts.owner)}`],
        ['Exported as', exportedAs(facts)],
    ];
}
function exportedAs(facts) {
    const places = [
        facts.exportEnv === undefined ? undefined : `<code>${escapeHtml(facts.exportEnv)}</code>`,
        facts.rcloneRemote === undefined ? undefined : `rclone remote <code>${escapeHtml(facts.rcloneRemote)}:</code>`,
    ].filter((place) => place !== undefined);
    return places.length === 0 ? 'step output only' : `${places.join(', ')} and step output`;
}
/** The summary as HTML (what GitHub renders): a heading, a two-column table and a note. */
function summaryHtml(rows) {
    const body = rows.map(([item, value]) => `<tr><td>${item}</td><td>${value}</td></tr>`).join('');
    return `<h3>Dropbox access token</h3>\n<table><tr><th>Item</th><th>Value</th></tr>${body}</table>\nThe token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.\n`;
}

const MAX_ATTEMPT_MS = 30_000;
/** Mask first: before any validation could echo a value anywhere. */
function maskSecretInputs(core) {
    for (const name of SECRET_INPUTS) {
        const value = core.getInput(name).trim();
        if (value !== '')
            core.setSecret(value);
    }
}
/** Transport options for one Dropbox call that must finish by `deadline`, logging each retry. */
function dropboxOptions(core, inputs, run, deadline) {
    const now = run.now ?? Date.now;
    const remaining = Math.max(1000, deadline - now());
    return {
        transport: run.transport,
        fetch: run.fetch,
        apiUrl: inputs.apiUrl,
        now,
        timeoutMs: Math.min(MAX_ATTEMPT_MS, remaining),
        retry: {
            deadlineMs: remaining,
            onRetry: (event) => core.info(`Attempt ${event.attempt} failed (${event.reason}); retrying in ${(event.delayMs / 1000).toFixed(1)} s.`),
        },
    };
}
/** Mask the new token, then set the outputs (and the environment variable, when asked). */
function publishToken(core, inputs, tokens) {
    core.setSecret(tokens.accessToken);
    const scopes = tokens.scopes.length > 0 ? tokens.scopes : (inputs.scope ?? []);
    const expiresAt = tokens.expiresAt === undefined ? '' : isoSeconds(tokens.expiresAt);
    const output = (name, value) => core.setOutput(name, value);
    output('access-token', tokens.accessToken);
    output('expires-in', tokens.expiresIn === undefined ? '' : String(tokens.expiresIn));
    output('expires-at', expiresAt);
    output('scope', scopes.join(' '));
    output('token-type', tokens.tokenType);
    if (inputs.exportEnv !== undefined)
        core.exportVariable(inputs.exportEnv, tokens.accessToken);
    core.info(tokens.expiresIn === undefined
        ? 'Got an access token; Dropbox gave it no expiry.'
        : `Got an access token that expires at ${expiresAt} (in ${tokens.expiresIn} s).`);
    return scopes;
}
/** `verify: true`: proves the token works, outputs whose it is, and says so. */
async function verify(core, tokens, options) {
    // A chunk of its own: most runs never verify, and every run pays to compile what the entry holds.
    const { describeOwner, ownerOutputs, verifyToken } = await Promise.resolve().then(() => require('./verify-token.cjs'));
    const verified = await verifyToken(tokens.accessToken, options);
    const outputs = ownerOutputs(verified);
    for (const [name, value] of Object.entries(outputs))
        if (value !== undefined)
            core.setOutput(name, value);
    const owner = describeOwner(verified);
    core.info(`Verified: the token works for ${owner}.`);
    return { owner, outputs };
}
/** `rclone-remote`: the remote's variables, the token's masked before it is exported. A lazy chunk too. */
async function exportRcloneRemote(core, name, tokens, verified) {
    const { rcloneRemoteVariables } = await Promise.resolve().then(() => require('./rclone-remote.cjs'));
    // A team member's remote starts at the team space, as the path-root output does for other tools.
    const teamRoot = verified?.['path-root'] === undefined ? undefined : verified['root-namespace-id'];
    for (const variable of rcloneRemoteVariables(name, tokens, teamRoot)) {
        if (variable.secret)
            core.setSecret(variable.value);
        core.exportVariable(variable.name, variable.value);
    }
    core.info(`Exported the rclone remote ${name}: (RCLONE_CONFIG_${name.toUpperCase()}_*).`);
}
/** The access token: refreshed with the inputs' refresh token, or (keyless) from the broker. */
async function obtainToken(core, inputs, run, deadline) {
    const source = inputs.source;
    if (source.kind === 'broker') {
        core.info(`Asking the broker ${source.brokerUrl} for identity ${source.identity} (keyless: this job's OIDC token).`);
        // Its own chunk: the OIDC request and the broker client load only in this mode.
        const { tokenFromBroker } = await Promise.resolve().then(() => require('./broker-client.cjs'));
        const { tokens, idToken } = await tokenFromBroker({
            brokerUrl: source.brokerUrl,
            identity: source.identity,
            scope: inputs.scope,
            idTokenRequest: run.idTokenRequest,
            transport: run.transport ?? fetchTransport(run.fetch),
            deadline,
            now: run.now ?? Date.now,
        });
        // The OIDC token is short-lived but a credential while it lives: never in the log.
        core.setSecret(idToken);
        return tokens;
    }
    core.info(`Refreshing the Dropbox access token (${source.appSecret === undefined ? 'PKCE client, no app secret' : 'with app secret'}).`);
    return refreshAccessToken({
        clientId: source.appKey,
        clientSecret: source.appSecret,
        refreshToken: source.refreshToken,
        scope: inputs.scope,
        ...dropboxOptions(core, inputs, run, deadline),
    });
}
/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
async function run(options) {
    const { core } = options;
    const now = options.now ?? Date.now;
    const started = now();
    let looksLike;
    try {
        maskSecretInputs(core);
        const inputs = readInputs(core.getInput);
        if (inputs.source.kind === 'refresh')
            looksLike = guessCredentialKind(inputs.source.refreshToken);
        const deadline = started + inputs.timeoutSeconds * 1000;
        const tokens = await obtainToken(core, inputs, options, deadline);
        const scopes = publishToken(core, inputs, tokens);
        const verified = inputs.verify
            ? await verify(core, tokens, () => dropboxOptions(core, inputs, options, deadline))
            : undefined;
        if (inputs.rcloneRemote !== undefined)
            await exportRcloneRemote(core, inputs.rcloneRemote, tokens, verified?.outputs);
        // One synchronous append of the HTML @actions/core's summary builder would make: its
        // promise-based writer loads more of Node at start-up than the whole step otherwise needs.
        options.appendSummaryHtml?.(summaryHtml(summaryRows({
            expiresAt: tokens.expiresAt,
            expiresIn: tokens.expiresIn,
            scopes,
            owner: verified?.owner,
            exportEnv: inputs.exportEnv,
            rcloneRemote: inputs.rcloneRemote,
        })));
        return 0;
    }
    catch (error) {
        core.error(failureMessage(error, now() - started, looksLike));
        return 1;
    }
}

/**
 * The action's transport: node:https / node:http with keep-alive, so `verify: true` reuses the
 * connection. It never touches `fetch`, `Response` or `Headers`: in Node their first use loads
 * undici, which costs more than the whole step otherwise needs. The module for a protocol is
 * fetched only when a request uses it (`process.getBuiltinModule`, without module-loader work).
 */
function createNodeTransport() {
    const agents = new Map();
    const moduleFor = (protocol) => process.getBuiltinModule(protocol === 'https:' ? 'node:https' : 'node:http');
    const agentFor = (protocol, http) => {
        let agent = agents.get(protocol);
        if (agent === undefined) {
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
        },
    };
}
function headerReader(message) {
    return (name) => {
        const value = message.headers[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    };
}
function send(request, http, agentFor) {
    return new Promise((resolve, reject) => {
        const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
        const outgoing = http.request(request.url, {
            method: request.method,
            headers: { ...request.headers, 'content-length': String(body?.byteLength ?? 0) },
            agent: agentFor(http),
            signal: request.signal,
        });
        outgoing.on('error', reject);
        outgoing.on('response', (response) => {
            const header = headerReader(response);
            const chunks = [];
            let total = 0;
            let settled = false;
            response.on('data', (chunk) => {
                total += chunk.byteLength;
                if (total > request.maxBodyBytes) {
                    settled = true;
                    response.destroy();
                    resolve({ status: response.statusCode ?? 0, header, text: '', bodyTooLarge: true });
                    return;
                }
                chunks.push(chunk);
            });
            response.on('end', () => {
                settled = true;
                resolve({ status: response.statusCode ?? 0, header, text: Buffer.concat(chunks).toString('utf8') });
            });
            response.on('error', reject);
            // A connection dropped in the middle of the body: no 'end', and no error on some versions.
            response.on('close', () => {
                if (!settled && !response.complete)
                    reject(new Error('the connection closed before the body was complete'));
            });
        });
        outgoing.end(body);
    });
}

// The entry file alone touches the process: environment, dynamic proxy support, exit code.
// Named imports (not `import * as core`) let the bundler drop the parts of @actions/core we never call.
const summaryFile = process.env['GITHUB_STEP_SUMMARY'] ?? '';
/**
 * GITHUB_OUTPUT / GITHUB_ENV lines written as `name=value` when the value is one line (every value
 * this step writes is checked to be): @actions/core's multi-line form needs a random delimiter,
 * and generating it loads node:crypto, a tenth of the step's start-up. Lines are written once,
 * together, when the step ends. Anything else, or no file, goes through @actions/core unchanged.
 */
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
                node_fs.appendFileSync(file, lines.join(''));
        },
    };
}
const outputs = fileCommands(process.env['GITHUB_OUTPUT'], setOutput);
const variables = fileCommands(process.env['GITHUB_ENV'], exportVariable);
/** The step: proxy or direct transport, run, then the buffered file commands and the exit code. */
async function main() {
    // A proxy variable undici cannot read would make it throw with the value (perhaps a password) in the message.
    const unusableProxy = proxyProblem(process.env);
    if (unusableProxy !== undefined) {
        error(PROXY_PROBLEMS[unusableProxy.problem](unusableProxy.variable));
        process.exitCode = 1;
        return;
    }
    // Behind a proxy: undici's fetch with the proxy rules (its own chunk). Otherwise node:http(s).
    const viaProxy = proxyConfigured(process.env)
        ? (await Promise.resolve().then(() => require('./proxy-fetch.cjs'))).createProxyFetch(proxyEnvironment(process.env))
        : undefined;
    const direct = viaProxy === undefined ? createNodeTransport() : undefined;
    process.exitCode = await run({
        core: {
            getInput: (name) => getInput(name),
            setSecret,
            setOutput: outputs.set,
            exportVariable: variables.set,
            info,
            error,
        },
        transport: direct?.transport,
        fetch: viaProxy,
        appendSummaryHtml: summaryFile === '' ? undefined : (html) => node_fs.appendFileSync(summaryFile, html),
        // Set by the runner when the job has permissions: id-token: write (keyless mode needs it).
        idTokenRequest: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] && process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
            ? { url: process.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }
            : undefined,
    });
    outputs.flush();
    variables.flush();
    direct?.close();
    // undici keeps a CONNECT to a proxy that accepted it and never answered open after its request
    // was aborted, and destroying the agent does not end it: the step ends the process itself, once
    // everything it wrote has reached the runner, so it never outlives timeout-seconds.
    if (viaProxy !== undefined)
        process.stdout.write('', () => process.exit());
}
// No top-level await: the bundle is CommonJS (see rollup.config.js), and a lazy chunk may import from here.
main().catch((failure) => {
    process.exitCode = 1;
    throw failure;
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
