import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type EmulatorClock, createClock } from './clock.js';
import { handleApi } from './dropbox/api-routes.js';
import { handleAuthorize } from './dropbox/authorize-route.js';
import { applyDropboxCors } from './dropbox/cors.js';
import {
  type ConsentMode,
  type DropboxAccountRecord,
  type DropboxApp,
  DropboxState,
  type TeamRecord,
  type TokenSubject,
} from './dropbox/dropbox-state.js';
import { handleToken } from './dropbox/token-route.js';
import { type FaultControls, FaultQueue, applyFault, parseFault } from './faults.js';
import { handleGitHub, targetOfPath } from './github/github-routes.js';
import { GitHubState, type SecretKind, type SecretTarget, type TokenGrant } from './github/github-state.js';
import { readRequestBody, sendText } from './http-util.js';
import { GitLabIssuer, type GitLabRunClaims } from './oidc/gitlab-issuer.js';
import { OidcIssuer, type OidcRunClaims, type SigningKey, signJwt } from './oidc/oidc-issuer.js';
import { type RecordedRequest, parseRecordedBody } from './request-log.js';

export interface StartEmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Loopback address to bind. Default 127.0.0.1. */
  host?: string;
  /** Clock driving code and token expiry. Default: real time, movable with `emu.clock.advance(ms)`. */
  clock?: EmulatorClock;
  /** Dropbox apps to register; the first is `emu.app`. Default: one app with a loopback redirect URI. */
  apps?: Partial<DropboxApp>[];
  /** How the emulated user answers the consent screen. Default `approve`; per request with header `x-emulator-consent`. */
  consent?: ConsentMode;
  /** GitHub seed: the repository, environment and organization the seeded token may write secrets to. */
  github?: { repository?: string; environment?: string; organization?: string; token?: string };
}

export interface EmulatedGitHub {
  /** A token with write access to the seeded repository, environment and organization secrets. */
  token: string;
  /** A token that can read public keys but not write secrets (→ 403). */
  readOnlyToken: string;
  repository: string;
  environment: string;
  organization: string;
  /**
   * Opens a stored secret with the emulator's private key. Target: `owner/repo`, `{ repo, environment }`
   * or `{ org }`; kind `actions` (default) or `dependabot` (its own key pair).
   */
  secret(target: SecretTarget, name: string, kind?: SecretKind): string | undefined;
  secretNames(target: SecretTarget, kind?: SecretKind): string[];
  /** An Actions variable's value (not secret), or undefined. */
  variable(target: SecretTarget, name: string): string | undefined;
  /** Rotates a target's key so a client's cached `key_id` goes stale. */
  rotateKey(target: SecretTarget, kind?: SecretKind): void;
  /** A repository; `visibleToSeededToken` lets `token` (an organization admin's) see it too. */
  addRepository(
    fullName: string,
    options?: { private?: boolean; environments?: string[]; id?: number; visibleToSeededToken?: boolean },
  ): void;
  addToken(token: string, grant: TokenGrant): void;
  state: GitHubState;
}

export interface EmulatedDropbox {
  consent: ConsentMode;
  /** The individual account the emulator starts with (signed in by default). */
  account: DropboxAccountRecord;
  /** Who is signed in at the consent page, and so authorizes: `account`, or a team's member or admin. */
  signedIn: DropboxAccountRecord;
  /**
   * Adds a Dropbox Business team with a shared team space: `members[0]` is an admin (who can link a
   * team-linked app, one with team scopes), `members[1]` a plain member.
   */
  addTeam(name?: string): TeamRecord;
  addApp(app?: Partial<DropboxApp>): DropboxApp;
  /** Registers another exact redirect URI for an app (default: `emu.app`). */
  registerRedirectUri(uri: string, appKey?: string): void;
  /**
   * Registers `http://127.0.0.1:PORT{path}` on a port nothing listens on now, for a client's loopback
   * server (tests running in parallel must not share a fixed port).
   */
  registerFreeLoopbackRedirectUri(path?: string, appKey?: string): Promise<string>;
  /**
   * A refresh token as if the user had already authorized the app: `confidential` tokens need the
   * app secret to refresh (as when minted with it); others refresh with the app key alone (PKCE).
   */
  issueRefreshToken(options?: {
    confidential?: boolean;
    scopes?: string[];
    appKey?: string;
    /** Whose token: an account (default `account`), or a whole team (authorized by its first admin). */
    for?: DropboxAccountRecord | TeamRecord;
    /** The token's length (default 64, as Dropbox issues them today; it documents none). */
    length?: number;
  }): string;
  state: DropboxState;
}

/** A GitHub Actions OIDC issuer and the runner's token-request endpoint. */
export interface EmulatedOidc {
  /** The issuer (`iss`), like https://token.actions.githubusercontent.com; discovery at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** What a runner puts in `ACTIONS_ID_TOKEN_REQUEST_URL` (ends in `?`, as the real one has a query). */
  requestUrl: string;
  /** What a runner puts in `ACTIONS_ID_TOKEN_REQUEST_TOKEN`. */
  requestToken: string;
  /** The run the next token describes (repository, ref, environment, event_name, ...). */
  run: OidcRunClaims;
  /** A token for the configured run and `audience`, signed with the current key. */
  issue(audience: string): string;
  /** The claims such a token would carry, to alter for a test. */
  claimsFor(audience: string): Record<string, unknown>;
  /** Signs any header and payload: with a key (default the current one), or unsigned (`alg: none`) with `null`. */
  sign(header: Record<string, unknown>, payload: Record<string, unknown>, key?: SigningKey | null): string;
  /** A new current key; with `retire`, old keys leave the JWKS. */
  rotateKey(retire?: boolean): SigningKey;
  keys(): SigningKey[];
}

/** A GitLab CI ID-token issuer: what `id_tokens:` gives a job. */
export interface EmulatedGitLab {
  /** The issuer (`iss`), like https://gitlab.com. */
  issuer: string;
  /** The job the next token describes (project_path, ref, ref_protected, pipeline_source, ...). */
  run: GitLabRunClaims;
  issue(audience: string): string;
  claimsFor(audience: string): Record<string, unknown>;
  sign(header: Record<string, unknown>, payload: Record<string, unknown>): string;
}

export interface Emulator {
  /** Base URL of the emulator (all routes). */
  url: string;
  /** Where `/oauth2/authorize` lives (the `www.dropbox.com` stand-in). */
  dropboxUrl: string;
  /** Where `/oauth2/token` and `/2/...` live (the `api.dropboxapi.com` stand-in). */
  apiUrl: string;
  /** The GitHub REST API stand-in (`api.github.com`). */
  githubUrl: string;
  /** Convenience: `${dropboxUrl}/oauth2/authorize`. */
  authorizeUrl: string;
  /** The seeded Dropbox app. */
  app: DropboxApp;
  dropbox: EmulatedDropbox;
  github: EmulatedGitHub;
  oidc: EmulatedOidc;
  /** A GitLab instance's ID-token issuer (discovery, JWKS, GitLab's claims). */
  gitlab: EmulatedGitLab;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  faults: FaultControls;
  clock: EmulatorClock;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** A port on 127.0.0.1 that nothing listens on right now (also from `@dropbox-token/emulator/testing`). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function subjectOf(owner: DropboxAccountRecord | TeamRecord): TokenSubject {
  if (!('teamId' in owner)) return { accountId: owner.accountId };
  const admin = owner.members.find((m) => m.membership?.admin);
  if (admin === undefined) throw new Error('issueRefreshToken: the team has no admin');
  return { teamId: owner.teamId, adminAccountId: admin.accountId };
}

export const DEFAULT_REDIRECT_URIS = ['http://127.0.0.1:53682/callback', 'http://localhost:53682/callback'];

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? createClock();
  const dropbox = new DropboxState();
  if (options.consent !== undefined) dropbox.consent = options.consent;
  const apps = options.apps ?? [{}];
  const registered = apps.map((app) => dropbox.addApp({ redirectUris: DEFAULT_REDIRECT_URIS, ...app }));

  const github = await GitHubState.create();
  const seed = {
    repository: options.github?.repository ?? 'octo-org/demo-repo',
    environment: options.github?.environment ?? 'production',
    organization: options.github?.organization ?? 'octo-org',
    token: options.github?.token ?? `ghp_emu${crypto.randomUUID().replace(/-/g, '')}`,
  };
  // The repository the OIDC issuer's runs describe (repository_id 690439361): one repository, seen from both sides.
  github.addRepository(seed.repository, { environments: [seed.environment], id: 690439361 });
  github.addOrganization(seed.organization);
  // Tokens that say what they are (reference: "Classic tokens (ghp_…) always send X-OAuth-Scopes;
  // fine-grained tokens (github_pat_…) never do"): the seeded one classic, the read-only one fine-grained.
  github.addToken(seed.token, {
    repositories: [seed.repository],
    organizations: [seed.organization],
    secrets: 'write',
    orgSecrets: 'write',
    oauthScopes: seed.token.startsWith('ghp_') ? ['admin:org', 'repo', 'workflow'] : undefined,
  });
  const readOnlyToken = `github_pat_11EMU${crypto.randomUUID().replace(/-/g, '').toUpperCase()}_${crypto.randomUUID().replace(/-/g, '')}`;
  github.addToken(readOnlyToken, {
    repositories: [seed.repository],
    organizations: [seed.organization],
    secrets: 'read',
    orgSecrets: 'read',
  });

  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const stalled = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    let rawBody = '';
    try {
      rawBody = await readRequestBody(req);
    } catch {
      sendText(res, 413, 'Request Entity Too Large');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: parseRecordedBody(req.headers['content-type'], rawBody),
      rawBody,
      at: clock.now(),
    };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    const side = path.startsWith('/oauth2/') || path.startsWith('/2/') ? 'dropbox' : 'github';
    if (side === 'dropbox' && applyDropboxCors(req, res, path) === 'handled') return;

    const spec = faults.take(path);
    if (spec !== undefined) {
      record.fault = spec;
      const fault = parseFault(spec);
      if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
      if (fault.kind === 'rotate-key') {
        const addressed = targetOfPath(path);
        if (addressed !== undefined && github.store(addressed.target, addressed.kind) !== undefined)
          github.rotateKey(addressed.target, addressed.kind);
      }
      if (applyFault(fault, side, res, req.socket, clock.now(), stalled) === 'handled') return;
    }

    const now = clock.now();
    if (path === '/oauth2/authorize') return handleAuthorize(req, res, url, rawBody, dropbox, now);
    if (path === '/oauth2/token') return handleToken(req, res, url, rawBody, dropbox, now);
    if (path.startsWith('/2/')) return handleApi(req, res, path, rawBody, dropbox, now);
    if (path.startsWith('/oidc/') && oidc.handle(req, res, url, now)) return;
    if (path.startsWith('/gitlab/') && gitlab.handle(req, res, url)) return;
    if (path === '/' && req.method === 'GET') {
      sendText(res, 200, 'dropbox-token emulator: Dropbox OAuth and GitHub Actions secrets on loopback.\n');
      return;
    }
    return handleGitHub(req, res, path, rawBody, github, now);
  };

  // Assigned once the port is known; requests arrive only after that.
  let oidc!: OidcIssuer;
  let gitlab!: GitLabIssuer;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendText(res, 500, `emulator error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      stalled.delete(socket);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  oidc = new OidcIssuer(`${base}/oidc`);
  gitlab = new GitLabIssuer(`${base}/gitlab`);
  const issuer = oidc;

  const registerRedirectUri = (uri: string, appKey?: string) => {
    const app = dropbox.apps.get(appKey ?? registered[0]!.key);
    if (app === undefined) throw new Error('registerRedirectUri: unknown app key');
    if (!app.redirectUris.includes(uri)) app.redirectUris.push(uri);
  };

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    return closed;
  };

  return {
    url: base,
    dropboxUrl: base,
    apiUrl: base,
    githubUrl: base,
    authorizeUrl: `${base}/oauth2/authorize`,
    app: registered[0]!,
    dropbox: {
      get consent() {
        return dropbox.consent;
      },
      set consent(mode: ConsentMode) {
        dropbox.consent = mode;
      },
      account: dropbox.account,
      get signedIn() {
        return dropbox.signedIn;
      },
      set signedIn(account: DropboxAccountRecord) {
        dropbox.signedIn = account;
      },
      addTeam: (name) => dropbox.addTeam(name),
      addApp: (app) => dropbox.addApp(app),
      issueRefreshToken(options = {}) {
        const app = dropbox.apps.get(options.appKey ?? registered[0]!.key);
        if (app === undefined) throw new Error('issueRefreshToken: unknown app key');
        return dropbox.mintRefreshToken(
          {
            appKey: app.key,
            scopes: options.scopes ?? app.scopes,
            publicClient: options.confidential !== true,
            revoked: false,
            subject: subjectOf(options.for ?? dropbox.account),
          },
          options.length,
        );
      },
      registerRedirectUri,
      async registerFreeLoopbackRedirectUri(path = '/callback', appKey) {
        const uri = `http://127.0.0.1:${await freeLoopbackPort()}${path}`;
        registerRedirectUri(uri, appKey);
        return uri;
      },
      state: dropbox,
    },
    github: {
      token: seed.token,
      readOnlyToken,
      repository: seed.repository,
      environment: seed.environment,
      organization: seed.organization,
      secret: (target, name, kind) => github.secret(target, name, kind),
      secretNames: (target, kind) => github.secretNames(target, kind),
      variable: (target, name) => github.variable(target, name),
      rotateKey: (target, kind) => github.rotateKey(target, kind),
      addRepository: (fullName, opts) => {
        github.addRepository(fullName, opts);
        if (opts?.visibleToSeededToken) github.tokens.get(seed.token)?.repositories.push(fullName);
      },
      addToken: (token, grant) => github.addToken(token, grant),
      state: github,
    },
    oidc: {
      issuer: issuer.issuer,
      requestUrl: `${issuer.issuer}/request-token?`,
      requestToken: issuer.requestToken,
      get run() {
        return issuer.run;
      },
      set run(run: OidcRunClaims) {
        issuer.run = run;
      },
      issue: (audience) => issuer.issue(audience, clock.now()),
      claimsFor: (audience) => issuer.claimsFor(audience, clock.now()),
      sign: (header, payload, key) =>
        signJwt(header, payload, key === null ? undefined : (key ?? issuer.keys[0]!).privateKey),
      rotateKey: (retire) => issuer.rotateKey(retire),
      keys: () => issuer.keys,
    },
    gitlab: {
      issuer: gitlab.issuer,
      get run() {
        return gitlab.run;
      },
      set run(run: GitLabRunClaims) {
        gitlab.run = run;
      },
      issue: (audience) => gitlab.issue(audience, clock.now()),
      claimsFor: (audience) => gitlab.claimsFor(audience, clock.now()),
      sign: (header, payload) => gitlab.sign(header, payload),
    },
    requests,
    faults,
    clock,
    close,
    [Symbol.asyncDispose]: close,
  };
}
