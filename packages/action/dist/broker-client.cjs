'use strict';

const index = require('./index.cjs');
require('node:fs');
require('fs');

const BROKER_ADVICE = {
    idTokenUnavailable: {
        what: 'The job cannot request an OIDC token',
        fix: () => 'Add permissions: id-token: write to the job (or the workflow). Runs that Dependabot or a fork triggers never get one.',
    },
    idTokenRefused: {
        what: 'The runner did not give an OIDC token',
        fix: () => 'Re-run the job; if it persists, check the job has permissions: id-token: write.',
    },
    brokerRefused: {
        what: 'The broker refused the token request',
        fix: (status) => status === 401
            ? "Check that the broker's audience is exactly the broker-url input and its issuer is this GitHub's."
            : "Ask the broker's operator to allow this run in the identity's policy (repository, ref, environment, workflow, event), or use another identity.",
    },
    brokerUnavailable: {
        what: 'The broker is unavailable',
        fix: () => "Re-run the job later, or check the broker-url input and the broker's logs.",
    },
    brokerAccountRevoked: {
        what: "The broker's Dropbox account was revoked",
        fix: () => "Re-running will not help: the broker's operator must authorize the account again (dropbox-token-bootstrap --broker-config) and set the new refresh token.",
    },
    brokerAnswer: {
        what: "The broker's answer could not be used",
        fix: () => 'Check the broker-url input points at a dropbox-token broker.',
    },
};
/** `<what failed> (<detail>). <what to do>`, for the step's one error line. */
function brokerMessage(problem, status, detail) {
    const advice = BROKER_ADVICE[problem];
    const parts = [status === undefined ? undefined : `HTTP ${status}`, detail].filter((part) => part !== undefined);
    return `${advice.what}${parts.length === 0 ? '' : ` (${parts.join(' ')})`}. ${advice.fix(status)}`;
}

const refusal = (problem, status, detail) => new index.BrokerError(problem, brokerMessage(problem, status, detail));
const MAX_BODY_BYTES = 64 * 1024;
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
const TOKEN = /^[\x21-\x7e]{1,8192}$/;
/** One request, bounded by the step's deadline; network failures become `unavailable`. */
async function send(call, url, method, headers, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(1000, call.deadline - call.now()));
    try {
        return await call.transport({
            url,
            method,
            headers,
            body,
            signal: controller.signal,
            maxBodyBytes: MAX_BODY_BYTES,
        });
    }
    catch {
        return undefined;
    }
    finally {
        clearTimeout(timer);
    }
}
function parseJson(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The job's OIDC token for `audience`, as @actions/core's getIDToken asks for it (`&audience=`, `{ value }`). */
async function requestIdToken(call, request, audience) {
    const url = new URL(`${request.url}&audience=${encodeURIComponent(audience)}`);
    const answer = await send(call, url, 'GET', { authorization: `Bearer ${request.token}`, accept: 'application/json' });
    if (answer === undefined)
        throw refusal('idTokenRefused', undefined, 'the runner did not answer');
    const value = parseJson(answer.text)?.['value'];
    if (answer.status !== 200 || typeof value !== 'string' || !JWT.test(value))
        throw refusal('idTokenRefused', answer.status, undefined);
    return value;
}
/** The broker's `{error, error_description}`, kept only when printable and short: it reaches the log. */
function brokerDetail(body) {
    const error = body?.['error'];
    const description = body?.['error_description'];
    if (typeof error !== 'string' || !/^[a-z_]{1,64}$/.test(error))
        return undefined;
    const printable = typeof description === 'string' && /^[\x20-\x7e]{1,300}$/.test(description);
    return printable ? `${error}: ${description}` : error;
}
/** The longest lifetime a broker may claim: Dropbox's access tokens live four hours; a day leaves room. */
const MAX_LIFETIME_SECONDS = 86_400;
/** `expires_in` absent, or seconds within a day: an absurd value is never turned into a date. */
const plausibleExpiresIn = (value) => value === undefined || (typeof value === 'number' && value >= 0 && value <= MAX_LIFETIME_SECONDS);
/** `expires_at` absent, or an ISO date between a minute ago and a day from now. */
function plausibleExpiresAt(value, now) {
    if (value === undefined)
        return true;
    const at = typeof value === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value) ? Date.parse(value) : Number.NaN;
    return at >= now - 60_000 && at <= now + (MAX_LIFETIME_SECONDS + 60) * 1000;
}
/** The broker's answer as a TokenSet; every field checked (a hostile answer is bad input). */
function readTokens(body, now) {
    const accessToken = body?.['access_token'];
    const tokenType = body?.['token_type'] ?? 'bearer';
    const expiresIn = body?.['expires_in'];
    const scope = body?.['scope'] ?? '';
    if (typeof accessToken !== 'string' ||
        !TOKEN.test(accessToken) ||
        typeof tokenType !== 'string' ||
        !/^[A-Za-z]{1,32}$/.test(tokenType) ||
        !plausibleExpiresIn(expiresIn) ||
        !plausibleExpiresAt(body?.['expires_at'], now) ||
        typeof scope !== 'string' ||
        !/^[\w. -]{0,4096}$/.test(scope))
        throw refusal('brokerAnswer', 200, undefined);
    const tokens = { accessToken, tokenType, scopes: scope.split(' ').filter((s) => s !== '') };
    if (typeof expiresIn === 'number') {
        tokens.expiresIn = Math.floor(expiresIn);
        tokens.expiresAt = new Date(now + tokens.expiresIn * 1000);
    }
    return tokens;
}
/**
 * Keyless mode: the job's OIDC token (audience: the broker URL) for a Dropbox access token from the
 * broker. Loaded only in this mode; the job holds no Dropbox credential at all.
 */
async function tokenFromBroker(options) {
    if (options.idTokenRequest === undefined)
        throw refusal('idTokenUnavailable', undefined, undefined);
    const call = { transport: options.transport, deadline: options.deadline, now: options.now };
    const idToken = await requestIdToken(call, options.idTokenRequest, options.brokerUrl);
    const body = JSON.stringify({
        identity: options.identity,
        ...(options.scope ? { scope: options.scope.join(' ') } : {}),
    });
    const answer = await send(call, new URL(`${options.brokerUrl}/token`), 'POST', {
        authorization: `Bearer ${idToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
    }, body);
    if (answer === undefined)
        throw refusal('brokerUnavailable', undefined, 'no answer');
    const json = parseJson(answer.text);
    if (answer.status === 401 || answer.status === 403)
        throw refusal('brokerRefused', answer.status, brokerDetail(json));
    if (answer.status === 503 && json?.['error'] === 'account_revoked')
        throw refusal('brokerAccountRevoked', answer.status, brokerDetail(json));
    if (answer.status !== 200)
        throw refusal('brokerUnavailable', answer.status, brokerDetail(json));
    return { tokens: readTokens(json, options.now()), idToken };
}

exports.tokenFromBroker = tokenFromBroker;
