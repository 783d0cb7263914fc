import type { ConsentMode, DropboxAccountRecord, TeamRecord, TokenSubject } from './dropbox/dropbox-state.js';
import type { Emulator } from './emulator-types.js';
import type { FaultQueue } from './faults.js';
import type { GitLabIssuer, GitLabRunClaims } from './oidc/gitlab-issuer.js';
import { type OidcIssuer, type OidcRunClaims, signJwt } from './oidc/oidc-issuer.js';
import { freeLoopbackPort } from './ports.js';
import type { RecordedRequest } from './request-log.js';
import type { SeededState } from './seed.js';

function subjectOf(owner: DropboxAccountRecord | TeamRecord): TokenSubject {
  if (!('teamId' in owner)) return { accountId: owner.accountId };
  const admin = owner.members.find((m) => m.membership?.admin);
  if (admin === undefined) throw new Error('issueRefreshToken: the team has no admin');
  return { teamId: owner.teamId, adminAccountId: admin.accountId };
}

/** What the facade is built from: the seeded state, the listening server's base URL and the parts it exposes. */
export interface FacadeParts {
  state: SeededState;
  base: string;
  issuer: OidcIssuer;
  gitlab: GitLabIssuer;
  requests: RecordedRequest[];
  faults: FaultQueue;
  close: () => Promise<void>;
}

/** Dropbox's side: consent, the signed-in account, apps, teams, refresh tokens and redirect URIs. */
function dropboxHandle({ dropbox, registered }: SeededState): Emulator['dropbox'] {
  const registerRedirectUri = (uri: string, appKey?: string) => {
    const app = dropbox.apps.get(appKey ?? registered[0]!.key);
    if (app === undefined) throw new Error('registerRedirectUri: unknown app key');
    if (!app.redirectUris.includes(uri)) app.redirectUris.push(uri);
  };
  return {
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
  };
}

/** GitHub's side: the seeded names and tokens, stored secrets and variables, more repositories and tokens. */
function githubHandle({ github, seed, readOnlyToken }: SeededState): Emulator['github'] {
  return {
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
    addToken: (token, grant) =>
      github.addToken(token, { repositories: [seed.repository], organizations: [], orgSecrets: 'none', ...grant }),
    state: github,
  };
}

/** GitHub Actions' OIDC issuer: the runner's request endpoint, the run's claims, tokens and keys. */
function oidcHandle(issuer: OidcIssuer, clock: SeededState['clock']): Emulator['oidc'] {
  return {
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
  };
}

/** GitLab CI's ID-token issuer: the job's claims and its tokens. */
function gitlabHandle(gitlab: GitLabIssuer, clock: SeededState['clock']): Emulator['gitlab'] {
  return {
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
  };
}

/** The `Emulator` object tests and the CLI use: URLs, the seeded credentials, and handles on each side's state. */
export function emulatorFacade({ state, base, issuer, gitlab, requests, faults, close }: FacadeParts): Emulator {
  return {
    url: base,
    dropboxUrl: base,
    apiUrl: base,
    githubUrl: base,
    authorizeUrl: `${base}/oauth2/authorize`,
    app: state.registered[0]!,
    dropbox: dropboxHandle(state),
    github: githubHandle(state),
    oidc: oidcHandle(issuer, state.clock),
    gitlab: gitlabHandle(gitlab, state.clock),
    requests,
    faults,
    clock: state.clock,
    close,
    [Symbol.asyncDispose]: close,
  };
}
