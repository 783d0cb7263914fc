import { appendFileSync } from 'node:fs';
import * as os from 'os';
import * as fs from 'fs';

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
    process.stdout.write(cmd.toString() + os.EOL);
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
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
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
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
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
    process.stdout.write(os.EOL);
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
    process.stdout.write(message + os.EOL);
}

const DEFAULT_API_URL = 'https://api.dropboxapi.com';
const DEFAULT_TIMEOUT_MS = 30_000;

class DropboxOAuthError extends Error {
    name = 'DropboxOAuthError';
    /** Stable machine-readable code, e.g. `invalid_grant`, `timeout`. */
    code;
    /** Which function failed. */
    operation;
    /** What to do about it, in one sentence. */
    hint;
    /** HTTP status of the last response, when there was one. */
    status;
    /** The server's own description (e.g. `error_description`), with any known secret removed. */
    description;
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
        this.description = init.description;
        this.retryable = init.retryable ?? false;
        this.attempts = init.attempts ?? 0;
        this.retryAfterMs = init.retryAfterMs;
        Object.defineProperty(this, 'response', { value: init.response, enumerable: false, writable: false });
    }
    /** The same error with the attempt count (and optionally the message) replaced; used by the retry loop. */
    withAttempts(attempts, message = this.message) {
        return new DropboxOAuthError({ ...this, message, attempts, cause: this.cause, response: this.response });
    }
}
function isDropboxOAuthError(value) {
    return value instanceof DropboxOAuthError;
}

const MINT = 'mint a new one with `npx @dropbox-token/bootstrap`.';
const CONSOLE = ' in the Dropbox App Console.';
const HINTS = {
    invalid_client: `Check the app key and secret${CONSOLE}`,
    invalid_scope: 'Ask only for scopes the app has been granted.',
    access_denied: 'Authorize again and click Allow.',
    expired_access_token: 'Refresh the access token and retry.',
    invalid_access_token: `Refresh the token; if the app was unlinked, ${MINT}`,
    missing_scope: `Enable the scope, then authorize again:${CONSOLE}`,
    network: 'Check the network, HTTPS_PROXY/NO_PROXY and apiUrl.',
    timeout: 'Retry later, or raise the timeout.',
    rate_limited: 'Wait for Retry-After; cache access tokens.',
    server_error: 'Retry in a few minutes (status.dropbox.com).',
    invalid_response: 'Check that apiUrl points at Dropbox.',
    http_error: 'Check that apiUrl points at Dropbox.',
    invalid_options: 'Fix the options; nothing was sent.',
};
/** One sentence telling a person what to do about an error. */
function hintFor(code, description, operation) {
    const text = (description ?? '').toLowerCase();
    if (code === 'invalid_grant') {
        if (text.includes('redirect_uri'))
            return 'Send the redirect_uri used at authorize.';
        if (text.includes('code') || operation === 'exchangeCode')
            return 'Codes are single-use and expire in minutes: authorize again.';
        return `The refresh token is revoked or malformed: ${MINT}`;
    }
    if (text.includes('no auth function'))
        return 'The token was not issued with PKCE: pass clientSecret.';
    return HINTS[code] ?? `See the description; check the app${CONSOLE}`;
}
/** The one place errors are made: `<operation> failed: <detail>.` plus the hint for the code. */
function oauthError(operation, code, detail, extra = {}) {
    return new DropboxOAuthError({
        code,
        operation,
        message: `${operation} failed: ${detail}.`,
        hint: hintFor(code, extra.description, operation),
        ...extra,
    });
}

function invalidOptions(operation, problem) {
    return oauthError(operation, 'invalid_options', problem);
}
/**
 * Throws unless `value` is a non-empty string without control characters (and, unless `spaces`,
 * without whitespace: no credential has any, and a stray one would end up in a header). Never echoes it.
 */
function requireString(operation, name, value, spaces = false) {
    if (typeof value !== 'string' ||
        value.trim() === '' ||
        // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
        (spaces ? /[\u0000-\u001f\u007f]/ : /[\s\u0000-\u001f\u007f]/).test(value))
        throw invalidOptions(operation, `\`${name}\` must be a non-empty string without ${spaces ? '' : 'whitespace or '}control characters`);
    return value;
}
function optionalString(operation, name, value, spaces = false) {
    return value === undefined ? undefined : requireString(operation, name, value, spaces);
}
function resolveUrl(operation, name, value, fallback) {
    const raw = value ?? fallback;
    const url = URL.canParse(String(raw)) ? new URL(raw) : undefined;
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:')
        throw invalidOptions(operation, `\`${name}\` must be an absolute http(s) URL`);
    return url;
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
        throw invalidOptions(operation, '`scope` must be an array of strings, e.g. ["files.content.read"]');
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

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^(attempt-1))). */
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
        out = `${out.slice(0, MAX_DESCRIPTION_LENGTH)}…`;
    return out;
}

/** OAuth error codes (RFC 6749 §5.2, §4.1.2.1) and Dropbox API AuthError tags we report as such. */
const OAUTH_CODE = /^(invalid_(grant|client|request|scope)|unauthorized_client|unsupported_grant_type|access_denied)$/;
const AUTH_ERROR_TAG = /^(expired_access_token|invalid_access_token|missing_scope|user_suspended|route_access_denied)$/;
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
/**
 * Reads an OAuth error body in any of the shapes Dropbox has used:
 * `{error, error_description}`, `{"error": "invalid_client: ..."}`, or a sentence in `error` (5xx).
 */
function readOAuthErrorBody(body, fallback) {
    if (!isRecord(body) || !('error' in body))
        return undefined;
    const error = body['error'];
    const description = typeof body['error_description'] === 'string' ? body['error_description'] : undefined;
    if (typeof error === 'string') {
        const colon = /^([a-z_]+):\s*(.*)$/s.exec(error);
        if (colon && OAUTH_CODE.test(colon[1]))
            return { code: colon[1], description: description ?? colon[2] };
        if (OAUTH_CODE.test(error))
            return { code: error, description };
        return { code: fallback, description: description ?? error };
    }
    if (isRecord(error)) {
        const tag = error['.tag'];
        const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
        if (typeof tag === 'string' && AUTH_ERROR_TAG.test(tag))
            return { code: tag, description: summary ?? tag };
        return { code: fallback, description: summary ?? (typeof tag === 'string' ? tag : undefined) };
    }
    return { code: fallback, description };
}
function looksLikeHtml(text) {
    return /^\s*<(!doctype|html|head|body)/i.test(text);
}
function failure(received, ctx, code, rawDescription, extra = {}) {
    const description = rawDescription === undefined ? undefined : sanitizeText(rawDescription, ctx.secrets) || undefined;
    const detail = description === undefined ? code : `${code} (${description})`;
    return oauthError(ctx.operation, code, `HTTP ${received.status} ${detail}`, {
        status: received.status,
        description,
        retryable: extra.retryable ?? false,
        retryAfterMs: extra.retryAfterMs,
        response: received.response,
    });
}
/** Maps a non-2xx response (or a 2xx carrying `error`) to a DropboxOAuthError. */
function errorFromResponse(received, ctx, now, style) {
    const { status, text, headers } = received;
    const body = tryParseJson(text);
    const plain = looksLikeHtml(text) ? undefined : text;
    if (status === 429) {
        let retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
        if (retryAfterMs === undefined && isRecord(body) && typeof body['retry_after'] === 'number')
            retryAfterMs = body['retry_after'] * 1000;
        const parts = readOAuthErrorBody(body, 'rate_limited');
        return failure(received, ctx, 'rate_limited', parts?.description ?? plain, { retryable: true, retryAfterMs });
    }
    if (status >= 500) {
        const parts = readOAuthErrorBody(body, 'server_error');
        return failure(received, ctx, 'server_error', parts?.description ?? (plain || undefined), { retryable: true });
    }
    const fallback = style === 'oauth' ? 'invalid_request' : 'http_error';
    const parts = readOAuthErrorBody(body, fallback);
    if (parts)
        return failure(received, ctx, parts.code, parts.description);
    if (status === 400)
        return failure(received, ctx, style === 'api' ? 'bad_request' : 'invalid_request', plain || undefined);
    if (status >= 300 && status < 400)
        return failure(received, ctx, 'http_error', `unexpected redirect to ${headers.get('location') ?? 'nowhere'}`);
    return failure(received, ctx, status >= 200 && status < 300 ? 'invalid_response' : 'http_error', plain || undefined);
}

const OPTIONAL_STRING_FIELDS = [
    ['refresh_token', 'refreshToken'],
    ['account_id', 'accountId'],
    ['team_id', 'teamId'],
    ['uid', 'uid'],
    ['id_token', 'idToken'],
];
/**
 * Checks a token endpoint response and turns it into a TokenSet, or throws a DropboxOAuthError.
 * Pure apart from the clock value passed in, so it can be tested without a server.
 */
function parseTokenResponse(received, outer, nowMs) {
    // Whatever tokens the body holds are secrets too: keep them out of any error built from it.
    const ctx = { ...outer, secrets: [...outer.secrets, ...tokensIn(received.text)] };
    if (received.status < 200 || received.status >= 300)
        throw errorFromResponse(received, ctx, nowMs, 'oauth');
    const body = tryParseJson(received.text);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw failure(received, ctx, 'invalid_response', 'the body is not a JSON object');
    const record = body;
    if ('error' in record)
        throw errorFromResponse(received, ctx, nowMs, 'oauth');
    const bad = (field) => failure(received, ctx, 'invalid_response', `${field} is missing or of the wrong type`);
    const accessToken = record['access_token'];
    if (typeof accessToken !== 'string' || accessToken.length === 0)
        throw bad('access_token');
    const tokenType = record['token_type'] ?? 'bearer';
    if (typeof tokenType !== 'string')
        throw bad('token_type');
    const expiresIn = parseExpiresIn(record['expires_in']);
    if (expiresIn === undefined)
        throw bad('expires_in');
    const scope = record['scope'] ?? '';
    if (typeof scope !== 'string')
        throw bad('scope');
    const tokens = {
        accessToken,
        tokenType,
        expiresIn,
        expiresAt: new Date(nowMs + expiresIn * 1000),
        scopes: scope.split(' ').filter((s) => s.length > 0),
    };
    for (const [wire, name] of OPTIONAL_STRING_FIELDS) {
        const value = record[wire];
        if (value === undefined || value === null)
            continue;
        if (typeof value !== 'string')
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
/** Reads the body as text, refusing (and cancelling) one that grows past MAX_BODY_BYTES. */
async function readBodyWithLimit(response, ctx) {
    const chunks = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader.read()) {
        total += chunk.value.byteLength;
        if (total > MAX_BODY_BYTES) {
            await reader.cancel().catch(() => { });
            throw oauthError(ctx.operation, 'invalid_response', `the response body is larger than ${MAX_BODY_BYTES} bytes`, {
                status: response.status,
                response,
            });
        }
        chunks.push(chunk.value);
    }
    return new Blob(chunks).text();
}
async function attemptOnce(request, options, ctx, timeoutMs, check) {
    const outer = options.signal;
    const timeout = AbortSignal.timeout(timeoutMs);
    const init = {
        method: 'POST',
        headers: request.headers,
        signal: outer ? AbortSignal.any([outer, timeout]) : timeout,
        redirect: 'manual',
    };
    if (request.body !== undefined)
        init.body = request.body;
    try {
        const response = await (options.fetch ?? fetch)(request.url, init);
        const text = await readBodyWithLimit(response, ctx);
        return check({ status: response.status, headers: response.headers, text, response });
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
    if (!exhausted || attempts <= 1)
        return error.withAttempts(attempts);
    return error.withAttempts(attempts, `${error.message.replace(/\.$/, '')}; gave up after ${attempts} attempts.`);
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

/** POSTs to a Dropbox RPC route (`/2/...`) with Bearer auth and no arguments; `read` maps the JSON result or names what is wrong with it. */
async function callApiWithoutArguments(operation, path, accessToken, options, read) {
    const token = requireString(operation, 'accessToken', accessToken);
    const base = resolveUrl(operation, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
    const now = options.now ?? Date.now;
    const ctx = { operation, secrets: [token] };
    // Dropbox accepts a no-argument route with no body and no Content-Type (as the official JS SDK sends it).
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
    return sendRequest({ url: endpoint(base, path), headers }, options, ctx, (received) => {
        if (received.status < 200 || received.status >= 300)
            throw errorFromResponse(received, ctx, now(), 'api');
        const body = tryParseJson(received.text);
        if (body === undefined)
            throw failure(received, ctx, 'invalid_response', 'the body is not JSON');
        const result = read(body);
        // A string from `read` names what is wrong with the answer.
        if (typeof result === 'string')
            throw failure(received, ctx, 'invalid_response', result);
        return result;
    });
}

function field(record, key) {
    return typeof record === 'object' && record !== null ? record[key] : undefined;
}
function stringOrUndefined(value) {
    return typeof value === 'string' ? value : undefined;
}
/** Calls `users/get_current_account` with the token: the cheapest proof that a token works. */
async function getCurrentAccount(accessToken, options = {}) {
    return callApiWithoutArguments('getCurrentAccount', '/2/users/get_current_account', accessToken, options, (body) => {
        const accountId = field(body, 'account_id');
        if (typeof accountId !== 'string')
            return 'account_id is missing from the FullAccount answer';
        return {
            accountId,
            displayName: stringOrUndefined(field(field(body, 'name'), 'display_name')) ?? accountId,
            email: stringOrUndefined(field(body, 'email')),
            raw: body,
        };
    });
}

/** A problem with the step's inputs. Its message is already `<what failed>. <what to do>`. */
class InputError extends Error {
    name = 'InputError';
}
const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0', ''];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: credentials never hold control characters
const STRAY = /[\s\u0000-\u001f\u007f]/;
const MAX_TIMEOUT_SECONDS = 3600;
function optional(getInput, name) {
    const value = getInput(name).trim();
    return value === '' ? undefined : value;
}
/** Reads and validates every input. Secret inputs must be masked by the caller before this runs. */
function readInputs(getInput) {
    const appKey = optional(getInput, 'app-key');
    if (appKey === undefined)
        throw new InputError('The app-key input is empty. Set it to your Dropbox app key, e.g. app-key: ${{ secrets.DROPBOX_APP_KEY }}.');
    if (STRAY.test(appKey))
        throw new InputError('The app-key input contains whitespace or control characters. Set it to the app key exactly as the Dropbox App Console shows it.');
    const refreshToken = optional(getInput, 'refresh-token');
    if (refreshToken === undefined) {
        throw new InputError('The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). ' +
            'Create the secret with `npx @dropbox-token/bootstrap` and pass it as refresh-token: ${{ secrets.DROPBOX_REFRESH_TOKEN }}.');
    }
    if (STRAY.test(refreshToken))
        throw new InputError('The refresh-token input contains whitespace, a line break or control characters. Store the refresh token again with `npx @dropbox-token/bootstrap`.');
    const appSecret = optional(getInput, 'app-secret');
    if (appSecret !== undefined && STRAY.test(appSecret))
        throw new InputError('The app-secret input contains whitespace or control characters. Set it to the app secret exactly as the Dropbox App Console shows it.');
    const scopeText = optional(getInput, 'scope');
    const scope = scopeText === undefined ? undefined : scopeText.split(/\s+/).filter((s) => s.length > 0);
    if (scope !== undefined && scope.some((s) => !/^[A-Za-z0-9_.-]+$/.test(s)))
        throw new InputError('The scope input has an invalid scope name. List Dropbox scopes separated by spaces, e.g. scope: files.content.write files.content.read.');
    const exportEnv = optional(getInput, 'export-env');
    if (exportEnv !== undefined) {
        if (!ENV_NAME.test(exportEnv))
            throw new InputError('The export-env input is not a valid environment variable name. Use letters, digits and underscores, not starting with a digit, e.g. export-env: DROPBOX_ACCESS_TOKEN.');
        if (/^(GITHUB_|RUNNER_)/i.test(exportEnv) || /^(PATH|NODE_OPTIONS)$/i.test(exportEnv))
            throw new InputError(`The export-env input names a variable the runner reserves or relies on. Choose another name, e.g. export-env: DROPBOX_ACCESS_TOKEN.`);
    }
    const verifyText = getInput('verify').trim();
    let verify;
    if (TRUE.includes(verifyText))
        verify = true;
    else if (FALSE.includes(verifyText))
        verify = false;
    else
        throw new InputError('The verify input must be true or false. Set verify: true to check the new token with users/get_current_account.');
    const apiUrl = optional(getInput, 'api-url') ?? 'https://api.dropboxapi.com';
    let parsed;
    try {
        parsed = new URL(apiUrl);
    }
    catch {
        throw new InputError('The api-url input is not an absolute URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        throw new InputError('The api-url input must be an http(s) URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.');
    const timeoutText = optional(getInput, 'timeout-seconds') ?? '60';
    const timeoutSeconds = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS)
        throw new InputError(`The timeout-seconds input must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}. Leave it unset for the default of 60.`);
    return { appKey, appSecret, refreshToken, scope, exportEnv, verify, apiUrl, timeoutSeconds };
}

const BOOTSTRAP = '`npx @dropbox-token/bootstrap`';
/** One line, `<what failed>. <what to do>`, for any error the step can meet. Never contains a secret. */
function failureMessage(error, elapsedMs) {
    if (error instanceof InputError)
        return error.message;
    if (!isDropboxOAuthError(error)) {
        const name = error instanceof Error ? error.name : 'non-Error value';
        return `The step failed unexpectedly (${name}). Re-run with ACTIONS_STEP_DEBUG=true and report the log at the project's issue tracker.`;
    }
    const detail = error.description === undefined ? error.code : `${error.code}: ${error.description}`;
    const seconds = (elapsedMs / 1000).toFixed(1);
    if (error.operation === 'getCurrentAccount') {
        return `The new access token failed verification with users/get_current_account (${detail}). ${error.code === 'missing_scope'
            ? 'Enable account_info.read for the app and mint a new refresh token, or set verify: false.'
            : 'Check the api-url input, or set verify: false.'}`;
    }
    switch (error.code) {
        case 'invalid_grant':
            return `Dropbox refused the refresh token: it is invalid or revoked (${detail}). Mint a new one with ${BOOTSTRAP} and update the secret passed as refresh-token.`;
        case 'invalid_client':
            return `Dropbox refused the app credentials (${detail}). Check the app-key and app-secret inputs against the Dropbox App Console.`;
        case 'invalid_request':
            if ((error.description ?? '').includes('No auth function available'))
                return `Dropbox needs the app secret for this refresh token (${detail}): it was not issued with PKCE. Set the app-secret input, e.g. app-secret: \${{ secrets.DROPBOX_APP_SECRET }}.`;
            return `Dropbox rejected the token request (${detail}). Check the app-key, app-secret and scope inputs.`;
        case 'invalid_scope':
            return `Dropbox refused the requested scope (${detail}). Ask only for scopes this refresh token was granted, or remove the scope input.`;
        case 'timeout':
        case 'network':
        case 'server_error':
        case 'rate_limited':
            return `Dropbox is unavailable (${detail}) after ${error.attempts} attempt${error.attempts === 1 ? '' : 's'} in ${seconds} s. Re-run the job later, check status.dropbox.com, or raise timeout-seconds${error.code === 'network' ? '; on a self-hosted runner check HTTPS_PROXY and NO_PROXY' : ''}.`;
        case 'invalid_response':
        case 'http_error':
            return `Dropbox's answer could not be used (${detail}). Check the api-url input points at Dropbox or a proxy that passes answers through.`;
        default:
            return `${error.message.replace(/\.$/, '')}. ${error.hint}`;
    }
}

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** The job summary: when the token expires, what it may do, whether it was checked. Never the token. */
function summaryRows(facts) {
    const hours = Math.round((facts.expiresIn / 3600) * 10) / 10;
    return [
        ['Expires at', `${facts.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z')} (in ${hours} h)`],
        [
            'Scopes',
            facts.scopes.length === 0
                ? 'as granted to the refresh token'
                : facts.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(' '),
        ],
        ['Verified', facts.verified ? 'yes (users/get_current_account)' : 'no (set verify: true to check)'],
        [
            'Exported as',
            facts.exportEnv === undefined
                ? 'step output only'
                : `<code>${escapeHtml(facts.exportEnv)}</code> and step output`,
        ],
    ];
}
/** The summary as HTML (what GitHub renders): a heading, a two-column table and a note. */
function summaryHtml(rows) {
    const body = rows.map(([item, value]) => `<tr><td>${item}</td><td>${value}</td></tr>`).join('');
    return `<h3>Dropbox access token</h3>\n<table><tr><th>Item</th><th>Value</th></tr>${body}</table>\nThe token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.\n`;
}

const MAX_ATTEMPT_MS = 30_000;
/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
async function run({ core, fetch, writeSummary, now = Date.now }) {
    const started = now();
    try {
        // Mask first: before any validation could echo a value anywhere.
        for (const name of ['app-secret', 'refresh-token']) {
            const value = core.getInput(name).trim();
            if (value !== '')
                core.setSecret(value);
        }
        const inputs = readInputs(core.getInput);
        const deadlineMs = inputs.timeoutSeconds * 1000;
        const common = {
            fetch,
            apiUrl: inputs.apiUrl,
            now,
            timeoutMs: Math.min(MAX_ATTEMPT_MS, deadlineMs),
            retry: {
                deadlineMs,
                onRetry: (event) => core.info(`Attempt ${event.attempt} failed (${event.reason}); retrying in ${(event.delayMs / 1000).toFixed(1)} s.`),
            },
        };
        core.info(`Refreshing the Dropbox access token (${inputs.appSecret === undefined ? 'PKCE client, no app secret' : 'with app secret'}).`);
        const tokens = await refreshAccessToken({
            clientId: inputs.appKey,
            clientSecret: inputs.appSecret,
            refreshToken: inputs.refreshToken,
            scope: inputs.scope,
            ...common,
        });
        core.setSecret(tokens.accessToken);
        const scopes = tokens.scopes.length > 0 ? tokens.scopes : (inputs.scope ?? []);
        const expiresAt = tokens.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
        core.setOutput('access-token', tokens.accessToken);
        core.setOutput('expires-in', String(tokens.expiresIn));
        core.setOutput('expires-at', expiresAt);
        core.setOutput('scope', scopes.join(' '));
        core.setOutput('token-type', tokens.tokenType);
        if (inputs.exportEnv !== undefined)
            core.exportVariable(inputs.exportEnv, tokens.accessToken);
        core.info(`Got an access token that expires at ${expiresAt} (in ${tokens.expiresIn} s).`);
        if (inputs.verify) {
            const remaining = Math.max(1000, deadlineMs - (now() - started));
            const account = await getCurrentAccount(tokens.accessToken, {
                ...common,
                timeoutMs: Math.min(MAX_ATTEMPT_MS, remaining),
                retry: { ...common.retry, deadlineMs: remaining },
            });
            core.setOutput('account-id', account.accountId);
            core.info(`Verified: the token works for Dropbox account ${account.accountId}.`);
        }
        if (writeSummary !== undefined) {
            const rows = summaryRows({
                expiresAt: tokens.expiresAt,
                expiresIn: tokens.expiresIn,
                scopes,
                verified: inputs.verify,
                exportEnv: inputs.exportEnv,
            });
            // Written with one synchronous append of the same HTML @actions/core's summary builder makes:
            // its promise-based writer loads more of Node at start-up than the whole step otherwise needs.
            writeSummary(summaryHtml(rows));
        }
        return 0;
    }
    catch (error) {
        core.error(failureMessage(error, now() - started));
        return 1;
    }
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/** Whether any proxy variable is set (either case, as runners and curl accept). Decides whether proxy support loads. */
function proxyConfigured(env) {
    return PROXY_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
}

// The entry file alone touches the process: environment, dynamic proxy support, exit code.
// Named imports (not `import * as core`) let the bundler drop the parts of @actions/core we never call.
const summaryFile = process.env['GITHUB_STEP_SUMMARY'] ?? '';
const fetchForDropbox = proxyConfigured(process.env)
    ? (await import('./proxy-fetch.js')).createProxyFetch(process.env)
    : undefined;
process.exitCode = await run({
    core: { getInput: (name) => getInput(name), setSecret, setOutput, exportVariable, info, error },
    fetch: fetchForDropbox,
    writeSummary: summaryFile === '' ? undefined : (markdown) => appendFileSync(summaryFile, markdown),
});
