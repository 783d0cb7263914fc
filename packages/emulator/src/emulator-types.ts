import type { EmulatorClock } from './clock.js';
import type {
  ConsentMode,
  DropboxAccountRecord,
  DropboxApp,
  DropboxState,
  TeamRecord,
} from './dropbox/dropbox-state.js';
import type { FaultControls } from './faults.js';
import type { GitHubState, SecretKind, SecretTarget, TokenGrant } from './github/github-state.js';
import type { GitLabRunClaims } from './oidc/gitlab-issuer.js';
import type { OidcRunClaims, SigningKey } from './oidc/oidc-issuer.js';
import type { RecordedRequest } from './request-log.js';

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
  /**
   * A token with these grants. Unless it names others, it sees the seeded repository only, no
   * organization, and no organization secrets.
   */
  addToken(
    token: string,
    grant: Omit<TokenGrant, 'repositories' | 'organizations' | 'orgSecrets'> & Partial<TokenGrant>,
  ): void;
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
