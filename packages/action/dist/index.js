import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import * as os from 'os';
import { EOL } from 'os';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { promises, constants } from 'fs';
import { p as proxyConfigured } from './proxy-config.js';

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
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
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

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

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
    /** Same error with the attempt count filled in (used by the retry loop). */
    withAttempts(attempts) {
        const copy = new DropboxOAuthError({
            code: this.code,
            operation: this.operation,
            message: this.message,
            hint: this.hint,
            status: this.status,
            description: this.description,
            retryable: this.retryable,
            attempts,
            retryAfterMs: this.retryAfterMs,
            cause: this.cause,
            response: this.response,
        });
        return copy;
    }
    toString() {
        return `${this.name} [${this.code}]: ${this.message} ${this.hint}`;
    }
}
function isDropboxOAuthError(value) {
    return value instanceof DropboxOAuthError;
}

const BOOTSTRAP$1 = 'npx @dropbox-token/bootstrap';
const OPERATION_LABELS = {
    buildAuthorizeUrl: 'Building the authorize URL',
    exchangeCode: 'Code exchange',
    refreshAccessToken: 'Token refresh',
    revokeToken: 'Token revoke',
    getCurrentAccount: 'Account check',
    tokenManager: 'Token manager',
};
/** One sentence telling a person what to do about an error. */
function hintFor(code, description, operation) {
    const text = (description ?? '').toLowerCase();
    switch (code) {
        case 'invalid_grant':
            if (text.includes('redirect_uri'))
                return 'Send the exact redirect_uri that was used to build the authorize URL, or none if none was used.';
            if (text.includes('code') || operation === 'exchangeCode')
                return 'Authorization codes are single-use and expire within minutes: start the authorization again and exchange the new code at once.';
            if (text.includes('code_verifier') || text.includes('pkce'))
                return 'Send the code_verifier that belongs to the code_challenge used at authorize.';
            return `The refresh token is invalid, revoked or malformed (the app may have been unlinked): mint a new one with \`${BOOTSTRAP$1}\`.`;
        case 'invalid_client':
            return 'Check the app key and app secret: copy both again from the Dropbox App Console (Settings tab).';
        case 'invalid_request':
            if (text.includes('no auth function available'))
                return 'This refresh token was not issued with PKCE, so the app secret is required: pass clientSecret (app-secret).';
            if (text.includes('unknown field "client_id"'))
                return 'Send client credentials either by HTTP Basic or in the body, not both.';
            return 'Dropbox rejected the request as malformed; check the options passed (see description).';
        case 'invalid_scope':
            return 'Ask only for scopes enabled on the app in the App Console (Permissions tab), and on refresh only a subset of those granted.';
        case 'unauthorized_client':
        case 'unsupported_grant_type':
            return 'Check the app type and its settings in the Dropbox App Console.';
        case 'access_denied':
            return 'The user declined access; run the authorization again and click Allow.';
        case 'expired_access_token':
            return 'Refresh the access token (they last 4 hours) and retry.';
        case 'invalid_access_token':
            return `The access token is invalid or revoked; refresh it, or if the app was unlinked mint a new refresh token with \`${BOOTSTRAP$1}\`.`;
        case 'missing_scope':
            return 'Enable the missing scope in the App Console (Permissions tab), then authorize again so the refresh token carries it.';
        case 'user_suspended':
            return 'The Dropbox account is suspended; contact Dropbox support.';
        case 'route_access_denied':
            return 'This app is not allowed to call this endpoint; check the app type and permissions.';
        case 'network':
            return 'Could not reach Dropbox: check the network, proxy settings (HTTPS_PROXY, NO_PROXY) and apiUrl.';
        case 'timeout':
            return 'Dropbox did not answer in time: retry later, raise the timeout, or check the network and proxy.';
        case 'aborted':
            return 'The operation was cancelled by its AbortSignal.';
        case 'rate_limited':
            return 'Dropbox is rate limiting this app: wait for the Retry-After period and try again, and cache access tokens instead of refreshing on every call.';
        case 'server_error':
            return 'Dropbox is having trouble (see status.dropbox.com): retry in a few minutes.';
        case 'invalid_response':
            return 'The answer was not a Dropbox response: check that apiUrl points at Dropbox (or a proxy that passes responses through unchanged).';
        case 'bad_request':
            return 'Dropbox rejected the request body (see description).';
        case 'http_error':
            return 'Unexpected HTTP status from Dropbox: check apiUrl and see the description.';
        case 'invalid_options':
            return 'Fix the options passed to this function; nothing was sent.';
    }
}

function invalidOptions(operation, problem) {
    return new DropboxOAuthError({
        code: 'invalid_options',
        operation,
        message: `${OPERATION_LABELS[operation]} failed: ${problem}.`,
        hint: hintFor('invalid_options', undefined, operation),
    });
}
/** Throws unless `value` is a non-empty string without surrounding whitespace. Never echoes the value. */
function requireString(operation, name, value) {
    if (typeof value !== 'string' || value.trim().length === 0)
        throw invalidOptions(operation, `\`${name}\` is required and must be a non-empty string`);
    if (value !== value.trim() || /[\r\n]/.test(value))
        throw invalidOptions(operation, `\`${name}\` has leading/trailing whitespace or a line break (a copy-paste slip?)`);
    return value;
}
function optionalString(operation, name, value) {
    if (value === undefined)
        return undefined;
    return requireString(operation, name, value);
}
function resolveUrl(operation, name, value, fallback) {
    const raw = value ?? fallback;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw invalidOptions(operation, `\`${name}\` is not an absolute URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw invalidOptions(operation, `\`${name}\` must be an http(s) URL`);
    return url;
}
/** Joins `path` onto a base URL, keeping any path prefix the base has (for proxies). */
function endpoint(base, path) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    url.search = '';
    url.hash = '';
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

const OAUTH_CODES = new Set([
    'invalid_grant',
    'invalid_client',
    'invalid_request',
    'invalid_scope',
    'unauthorized_client',
    'unsupported_grant_type',
    'access_denied',
]);
const AUTH_ERROR_TAGS = new Set([
    'expired_access_token',
    'invalid_access_token',
    'missing_scope',
    'user_suspended',
    'route_access_denied',
]);
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
        if (colon && OAUTH_CODES.has(colon[1]))
            return { code: colon[1], description: description ?? colon[2] };
        if (OAUTH_CODES.has(error))
            return { code: error, description };
        return { code: fallback, description: description ?? error };
    }
    if (isRecord(error)) {
        const tag = error['.tag'];
        const summary = typeof body['error_summary'] === 'string' ? body['error_summary'].replace(/[/.]+$/, '') : undefined;
        if (typeof tag === 'string' && AUTH_ERROR_TAGS.has(tag))
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
    return new DropboxOAuthError({
        code,
        operation: ctx.operation,
        status: received.status,
        description,
        message: `${OPERATION_LABELS[ctx.operation]} failed: HTTP ${received.status} ${detail}.`,
        hint: hintFor(code, description, ctx.operation),
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
    const accessToken = record['access_token'];
    if (typeof accessToken !== 'string' || accessToken.length === 0)
        throw failure(received, ctx, 'invalid_response', 'access_token is missing or not a string');
    const tokenType = record['token_type'] ?? 'bearer';
    if (typeof tokenType !== 'string')
        throw failure(received, ctx, 'invalid_response', 'token_type is not a string');
    const expiresIn = parseExpiresIn(record['expires_in']);
    if (expiresIn === undefined)
        throw failure(received, ctx, 'invalid_response', 'expires_in is missing or not a non-negative number');
    const scope = record['scope'] ?? '';
    if (typeof scope !== 'string')
        throw failure(received, ctx, 'invalid_response', 'scope is not a string');
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
            throw failure(received, ctx, 'invalid_response', `${wire} is not a string`);
        tokens[name] = value;
    }
    return tokens;
}
/** `expires_in` arrives as a number, or in some documented samples as a numeric string. */
function parseExpiresIn(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    if (typeof value === 'string' && /^\d+$/.test(value.trim()))
        return Number(value.trim());
    return undefined;
}
function tokensIn(text) {
    const found = [];
    for (const match of text.matchAll(/"(?:access_token|refresh_token|id_token)"\s*:\s*"([^"]+)"/g))
        found.push(match[1]);
    return found;
}

/** Bodies larger than this are refused rather than buffered. */
const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 10_000;
const DEFAULT_DEADLINE_MS = 60_000;
class AttemptTimeout extends Error {
}
function transportError(code, ctx, detail, cause) {
    return new DropboxOAuthError({
        code,
        operation: ctx.operation,
        message: `${OPERATION_LABELS[ctx.operation]} failed: ${detail}.`,
        hint: hintFor(code, undefined, ctx.operation),
        retryable: code !== 'aborted',
        cause,
    });
}
async function readBodyWithLimit(response, ctx) {
    if (response.body === null)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > MAX_BODY_BYTES) {
            await reader.cancel().catch(() => { });
            throw new DropboxOAuthError({
                code: 'invalid_response',
                operation: ctx.operation,
                status: response.status,
                message: `${OPERATION_LABELS[ctx.operation]} failed: the response body is larger than ${MAX_BODY_BYTES} bytes.`,
                hint: hintFor('invalid_response', undefined, ctx.operation),
                response,
            });
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
}
async function attemptOnce(request, options, ctx, timeoutMs, check) {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AttemptTimeout()), timeoutMs);
    const outer = options.signal;
    const onOuterAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    try {
        const init = { method: 'POST', headers: request.headers, signal: controller.signal, redirect: 'manual' };
        if (request.body !== undefined)
            init.body = request.body;
        const response = await fetchImpl(request.url, init);
        const text = await readBodyWithLimit(response, ctx);
        return check({ status: response.status, headers: response.headers, text, response });
    }
    catch (error) {
        if (error instanceof DropboxOAuthError)
            throw error;
        if (outer?.aborted)
            throw transportError('aborted', ctx, 'the operation was aborted', outer.reason);
        if (controller.signal.reason instanceof AttemptTimeout)
            throw transportError('timeout', ctx, `no response within ${timeoutMs} ms`);
        const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : 'unknown error';
        throw transportError('network', ctx, `could not reach ${request.url.host} (${sanitizeReason(reason)})`, error);
    }
    finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onOuterAbort);
    }
}
function sanitizeReason(reason) {
    return reason.replace(/[^\x20-\x7e]+/g, ' ').slice(0, 200);
}
function describeForRetry(error) {
    if (error.code === 'rate_limited')
        return error.retryAfterMs === undefined ? 'rate limited' : `rate limited (Retry-After ${error.retryAfterMs / 1000} s)`;
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
            if (now() + delayMs >= deadline)
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
    const message = `${error.message.replace(/\.$/, '')}; gave up after ${attempts} attempts.`;
    return new DropboxOAuthError({
        code: error.code,
        operation: error.operation,
        message,
        hint: error.hint,
        status: error.status,
        description: error.description,
        retryable: error.retryable,
        attempts,
        retryAfterMs: error.retryAfterMs,
        cause: error.cause,
        response: error.response,
    });
}

const OP = 'refreshAccessToken';
/** Trades the long-lived refresh token for a fresh 4-hour access token (grant `refresh_token`). */
async function refreshAccessToken(options) {
    const clientId = requireString(OP, 'clientId', options.clientId);
    const clientSecret = optionalString(OP, 'clientSecret', options.clientSecret);
    const refreshToken = requireString(OP, 'refreshToken', options.refreshToken);
    const scopes = normalizeScopes(OP, options.scope);
    const base = resolveUrl(OP, 'apiUrl', options.apiUrl, DEFAULT_API_URL);
    const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
    };
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken });
    if (scopes !== undefined && scopes.length > 0)
        form.set('scope', scopes.join(' '));
    applyClientAuth(headers, form, clientId, clientSecret);
    const now = options.now ?? Date.now;
    const ctx = { operation: OP, secrets: [clientSecret, refreshToken] };
    return sendRequest({ url: endpoint(base, '/oauth2/token'), headers, body: form.toString() }, options, ctx, (received) => {
        const tokens = parseTokenResponse(received, ctx, now());
        // Dropbox never rotates refresh tokens; a refresh answer carries none. Drop one if a proxy adds it.
        delete tokens.refreshToken;
        return tokens;
    });
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
        const emailVerified = field(body, 'email_verified');
        return {
            accountId,
            displayName: stringOrUndefined(field(field(body, 'name'), 'display_name')) ?? accountId,
            email: stringOrUndefined(field(body, 'email')),
            emailVerified: typeof emailVerified === 'boolean' ? emailVerified : undefined,
            accountType: stringOrUndefined(field(field(body, 'account_type'), '.tag')),
            country: stringOrUndefined(field(body, 'country')),
            teamName: stringOrUndefined(field(field(body, 'team'), 'name')),
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
    if (/\s/.test(appKey))
        throw new InputError('The app-key input contains whitespace. Set it to the app key exactly as the Dropbox App Console shows it.');
    const refreshToken = optional(getInput, 'refresh-token');
    if (refreshToken === undefined) {
        throw new InputError('The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). ' +
            'Create the secret with `npx @dropbox-token/bootstrap` and pass it as refresh-token: ${{ secrets.DROPBOX_REFRESH_TOKEN }}.');
    }
    if (/\s/.test(refreshToken))
        throw new InputError('The refresh-token input contains whitespace or a line break. Store the refresh token again with `npx @dropbox-token/bootstrap`.');
    const appSecret = optional(getInput, 'app-secret');
    if (appSecret !== undefined && /\s/.test(appSecret))
        throw new InputError('The app-secret input contains whitespace. Set it to the app secret exactly as the Dropbox App Console shows it.');
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
        ['Scopes', facts.scopes.length === 0 ? 'as granted to the refresh token' : facts.scopes.map((s) => `<code>${escapeHtml(s)}</code>`).join(' ')],
        ['Verified', facts.verified ? 'yes (users/get_current_account)' : 'no (set verify: true to check)'],
        ['Exported as', facts.exportEnv === undefined ? 'step output only' : `<code>${escapeHtml(facts.exportEnv)}</code> and step output`],
    ];
}

const MAX_ATTEMPT_MS = 30_000;
/** Refreshes the token, masks it, outputs it. Returns the process exit code. */
async function run({ core, fetch, canWriteSummary, now = Date.now }) {
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
        if (canWriteSummary) {
            const rows = summaryRows({ expiresAt: tokens.expiresAt, expiresIn: tokens.expiresIn, scopes, verified: inputs.verify, exportEnv: inputs.exportEnv });
            await core.summary
                .addHeading('Dropbox access token', 3)
                .addTable([[{ data: 'Item', header: true }, { data: 'Value', header: true }], ...rows])
                .addRaw('The token itself is masked and available as <code>steps.&lt;id&gt;.outputs.access-token</code>.', true)
                .write();
        }
        return 0;
    }
    catch (error) {
        core.error(failureMessage(error, now() - started));
        return 1;
    }
}

// The entry file alone touches the process: environment, dynamic proxy support, exit code.
// Named imports (not `import * as core`) let the bundler drop the parts of @actions/core we never call.
const fetchForDropbox = proxyConfigured(process.env) ? (await import('./proxy-fetch.js')).createProxyFetch(process.env) : undefined;
process.exitCode = await run({
    core: { getInput: (name) => getInput(name), setSecret, setOutput, exportVariable, info, error, summary },
    fetch: fetchForDropbox,
    canWriteSummary: (process.env['GITHUB_STEP_SUMMARY'] ?? '') !== '',
});
