export { startEmulator, DEFAULT_REDIRECT_URIS } from './start-emulator.js';
export type {
  Emulator,
  EmulatedDropbox,
  EmulatedGitHub,
  EmulatedGitLab,
  EmulatedOidc,
  StartEmulatorOptions,
} from './start-emulator.js';
export type { OidcRunClaims, SigningKey } from './oidc/oidc-issuer.js';
export type { GitLabRunClaims } from './oidc/gitlab-issuer.js';
export { createClock } from './clock.js';
export type { EmulatorClock } from './clock.js';
export type { FaultControls, FaultSpec } from './faults.js';
export type { RecordedRequest } from './request-log.js';
export type {
  ConsentMode,
  DropboxApp,
  DropboxAccountRecord,
  TeamMembership,
  TeamRecord,
} from './dropbox/dropbox-state.js';
export type { SecretKind, SecretTarget, TokenGrant } from './github/github-state.js';
export { runActionStep, parseFileCommands, maskedBeforeUse } from './run-action-step.js';
export type { ActionStepResult, RunActionStepOptions } from './run-action-step.js';
