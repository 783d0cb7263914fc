/**
 * The core's contract: every grant, run against the emulator over real HTTP, written for any
 * runtime with `fetch` and WebCrypto. No Node API and no test framework: each check records a
 * result, and the host (Node, Bun, Deno, Chromium, workerd) reports the list.
 *
 * It imports the built package, as a user's bundler or runtime would. The person clicking
 * "Allow" is the harness's `/approve` endpoint (see run-contract.ts), called over HTTP.
 */
import {
  DropboxTokenManager,
  buildAuthorizeUrl,
  computeCodeChallenge,
  createPkcePair,
  createState,
  exchangeCode,
  getCurrentAccount,
  isDropboxOAuthError,
  refreshAccessToken,
  revokeToken,
} from '../../dist/index.js';

/** What the harness serves at `/input`: the emulator's addresses and its seeded app and account. */
export interface ContractInput {
  apiUrl: string;
  authorizeUrl: string;
  appKey: string;
  appSecret: string;
  redirectUri: string;
  accountId: string;
  scopes: string[];
  /** A verifier and its S256 challenge, computed by the harness with node:crypto (an independent implementation). */
  pkceVector: { verifier: string; challenge: string };
}

export interface CheckResult {
  name: string;
  ok: boolean;
  /** Why a check failed; never a token. */
  detail?: string;
}

class CheckFailed extends Error {}

function expectThat(condition: boolean, detail: string): void {
  if (!condition) throw new CheckFailed(detail);
}

/** The error code a failing call threw, or `no error`. */
async function codeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'no error';
  } catch (error) {
    return isDropboxOAuthError(error) ? error.code : `not a DropboxOAuthError: ${String(error)}`;
  }
}

/** Approves an authorize URL as the person would, through the harness; returns `code` and `state`. */
async function approve(harnessUrl: string, url: URL): Promise<URLSearchParams> {
  const answer = await fetch(`${harnessUrl}/approve?url=${encodeURIComponent(url.href)}`);
  if (!answer.ok) throw new CheckFailed(`the harness could not approve: HTTP ${answer.status}`);
  return new URLSearchParams((await answer.json()) as Record<string, string>);
}

async function mintWithPkce(input: ContractInput, harnessUrl: string): Promise<string> {
  const pkce = await createPkcePair();
  const state = createState();
  const url = buildAuthorizeUrl({
    clientId: input.appKey,
    redirectUri: input.redirectUri,
    authorizeUrl: input.authorizeUrl,
    state,
    codeChallenge: pkce.challenge,
  });
  const redirect = await approve(harnessUrl, url);
  expectThat(redirect.get('state') === state, 'the redirect carried another state');
  const tokens = await exchangeCode({
    clientId: input.appKey,
    code: redirect.get('code') ?? '',
    codeVerifier: pkce.verifier,
    redirectUri: input.redirectUri,
    apiUrl: input.apiUrl,
  });
  expectThat(tokens.accountId === input.accountId, `accountId ${String(tokens.accountId)}`);
  expectThat(typeof tokens.refreshToken === 'string' && tokens.refreshToken.length > 20, 'no refresh token');
  expectThat(tokens.accessToken.startsWith('sl.'), 'the access token does not start with sl.');
  return tokens.refreshToken!;
}

type Check = (input: ContractInput, harnessUrl: string) => Promise<void>;

const CHECKS: [string, Check][] = [
  [
    'createPkcePair: an S256 pair (WebCrypto SHA-256)',
    async (input) => {
      const pair = await createPkcePair();
      expectThat(/^[A-Za-z0-9_-]{86}$/.test(pair.verifier), `verifier of length ${pair.verifier.length}`);
      expectThat((await computeCodeChallenge(pair.verifier)) === pair.challenge, 'challenge differs');
      const known = await computeCodeChallenge(input.pkceVector.verifier);
      expectThat(known === input.pkceVector.challenge, 'the challenge differs from node:crypto');
    },
  ],
  [
    'createState: fresh and URL-safe',
    async () => {
      const [a, b] = [createState(), createState()];
      expectThat(a !== b && /^[A-Za-z0-9_-]{43}$/.test(a), 'state is not fresh or not URL-safe');
    },
  ],
  [
    'buildAuthorizeUrl: offline access, PKCE and state',
    async (input) => {
      const url = buildAuthorizeUrl({
        clientId: input.appKey,
        authorizeUrl: input.authorizeUrl,
        codeChallenge: 'x'.repeat(43),
        state: 's',
      });
      const query = url.searchParams;
      expectThat(query.get('token_access_type') === 'offline', 'token_access_type');
      expectThat(query.get('code_challenge_method') === 'S256', 'code_challenge_method');
      expectThat(query.get('response_type') === 'code' && query.get('state') === 's', 'response_type or state');
    },
  ],
  [
    'exchangeCode (PKCE) → refreshAccessToken with the app key alone → getCurrentAccount',
    async (input, harnessUrl) => {
      const refreshToken = await mintWithPkce(input, harnessUrl);
      const fresh = await refreshAccessToken({ clientId: input.appKey, refreshToken, apiUrl: input.apiUrl });
      expectThat(fresh.expiresIn === 14400 && fresh.tokenType === 'bearer', `expiresIn ${fresh.expiresIn}`);
      expectThat(
        Math.abs(fresh.expiresAt!.getTime() - Date.now() - 14_400_000) < 60_000,
        'expiresAt is not four hours away',
      );
      const account = await getCurrentAccount({ accessToken: fresh.accessToken, apiUrl: input.apiUrl });
      expectThat(account.accountId === input.accountId, `account ${account.accountId}`);
    },
  ],
  [
    'exchangeCode with the app secret; its refresh token needs the secret',
    async (input, harnessUrl) => {
      const url = buildAuthorizeUrl({
        clientId: input.appKey,
        redirectUri: input.redirectUri,
        authorizeUrl: input.authorizeUrl,
      });
      const code = (await approve(harnessUrl, url)).get('code') ?? '';
      const tokens = await exchangeCode({
        clientId: input.appKey,
        clientSecret: input.appSecret,
        code,
        redirectUri: input.redirectUri,
        apiUrl: input.apiUrl,
      });
      const refreshToken = tokens.refreshToken ?? '';
      const withSecret = await refreshAccessToken({
        clientId: input.appKey,
        clientSecret: input.appSecret,
        refreshToken,
        apiUrl: input.apiUrl,
      });
      expectThat(withSecret.accessToken.startsWith('sl.'), 'refresh with the secret failed');
      const withoutSecret = await codeOf(() =>
        refreshAccessToken({ clientId: input.appKey, refreshToken, apiUrl: input.apiUrl, retry: false }),
      );
      expectThat(withoutSecret === 'client_secret_required', `without the secret: ${withoutSecret}`);
      const reused = await codeOf(() =>
        exchangeCode({
          clientId: input.appKey,
          clientSecret: input.appSecret,
          code,
          redirectUri: input.redirectUri,
          apiUrl: input.apiUrl,
          retry: false,
        }),
      );
      expectThat(reused === 'invalid_grant', `a reused code: ${reused}`);
    },
  ],
  [
    'refreshAccessToken narrows the scope on request',
    async (input, harnessUrl) => {
      const refreshToken = await mintWithPkce(input, harnessUrl);
      const narrow = await refreshAccessToken({
        clientId: input.appKey,
        refreshToken,
        apiUrl: input.apiUrl,
        scope: ['files.content.read'],
      });
      expectThat(narrow.scopes.join(' ') === 'files.content.read', `scopes ${narrow.scopes.join(' ')}`);
      const wider = await codeOf(() =>
        refreshAccessToken({
          clientId: input.appKey,
          refreshToken,
          apiUrl: input.apiUrl,
          scope: ['team_data.member'],
          retry: false,
        }),
      );
      expectThat(wider !== 'no error', 'a scope beyond the grant was accepted');
    },
  ],
  [
    'typed errors: a wrong refresh token is invalid_grant, a wrong app key invalid_client, no server is network',
    async (input) => {
      const refreshCode = (clientId: string, refreshToken: string, apiUrl = input.apiUrl) =>
        codeOf(() => refreshAccessToken({ clientId, refreshToken, apiUrl, retry: false }));
      const wrongToken = await refreshCode(input.appKey, 'not-a-refresh-token-0123456789');
      expectThat(wrongToken === 'invalid_grant', `wrong token: ${wrongToken}`);
      const wrongKey = await refreshCode('no-such-app-key', 'not-a-refresh-token-0123456789');
      expectThat(wrongKey === 'invalid_client', `wrong key: ${wrongKey}`);
      const nobody = await refreshCode(input.appKey, 'x'.repeat(30), 'http://127.0.0.1:9');
      expectThat(nobody === 'network', `no server: ${nobody}`);
    },
  ],
  [
    'DropboxTokenManager: one refresh for concurrent callers; its fetch authenticates',
    async (input, harnessUrl) => {
      const refreshToken = await mintWithPkce(input, harnessUrl);
      const manager = new DropboxTokenManager({ clientId: input.appKey, refreshToken, apiUrl: input.apiUrl });
      const tokens = await Promise.all(Array.from({ length: 5 }, () => manager.getAccessToken()));
      expectThat(new Set(tokens).size === 1, `${new Set(tokens).size} different tokens`);
      const answer = await manager.fetch(`${input.apiUrl}/2/users/get_current_account`, { method: 'POST' });
      expectThat(answer.status === 200, `manager.fetch answered ${answer.status}`);
    },
  ],
  [
    'revokeToken disables the access token and the refresh token behind it',
    async (input, harnessUrl) => {
      const refreshToken = await mintWithPkce(input, harnessUrl);
      const { accessToken } = await refreshAccessToken({ clientId: input.appKey, refreshToken, apiUrl: input.apiUrl });
      await revokeToken({ accessToken: accessToken, apiUrl: input.apiUrl });
      const afterwards = await codeOf(() =>
        getCurrentAccount({ accessToken: accessToken, apiUrl: input.apiUrl, retry: false }),
      );
      expectThat(afterwards === 'invalid_access_token', `the revoked access token: ${afterwards}`);
      const refreshAfter = await codeOf(() =>
        refreshAccessToken({ clientId: input.appKey, refreshToken, apiUrl: input.apiUrl, retry: false }),
      );
      expectThat(refreshAfter === 'invalid_grant', `the refresh token behind it: ${refreshAfter}`);
    },
  ],
];

/** The names of the checks, so the host can tell a check that never ran from one that passed. */
export const CHECK_NAMES: readonly string[] = CHECKS.map(([name]) => name);

/** Fetches the input from the harness and runs every check in order. */
export async function runContract(harnessUrl: string): Promise<CheckResult[]> {
  const input = (await (await fetch(`${harnessUrl}/input`)).json()) as ContractInput;
  const results: CheckResult[] = [];
  for (const [name, check] of CHECKS) {
    try {
      await check(input, harnessUrl);
      results.push({ name, ok: true });
    } catch (error) {
      const detail =
        error instanceof CheckFailed
          ? error.message
          : isDropboxOAuthError(error)
            ? `DropboxOAuthError ${error.code}`
            : String(error);
      results.push({ name, ok: false, detail });
    }
  }
  return results;
}
