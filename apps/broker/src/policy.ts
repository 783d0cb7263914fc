import type { JWTPayload } from 'jose';
import { type IssuerKind, ruleMatches } from './claim-rules.js';
import type { Identity } from './config.js';

/**
 * Events whose runs carry no outsider's input: matched unless the policy lists events itself.
 * Every other event (pull_request_target, workflow_run, issue_comment, pull_request_review,
 * discussion, issues, ...) can run on the default branch with an outsider's input, so a `ref` pin
 * does not stop it (shared/reference/github-secrets-api.md, "GitHub Actions OIDC tokens").
 */
export const DEFAULT_EVENTS = [
  'push',
  'workflow_dispatch',
  'schedule',
  'release',
  'repository_dispatch',
  'merge_group',
  'deployment',
] as const;

/** Why a token's claims do not satisfy an identity's policy: the claim, for the audit log only. */
export interface PolicyMismatch {
  claim: string;
  reason: string;
}

/** Undefined when the token's claims satisfy the identity's rules and its kind's defaults; else which claim did not. */
export function policyMismatch(identity: Identity, claims: JWTPayload, kind: IssuerKind): PolicyMismatch | undefined {
  for (const rule of identity.rules)
    if (!ruleMatches(rule, claims[rule.claim]))
      return { claim: rule.claim, reason: `its ${rule.claim} is not one the identity ${identity.name} allows` };
  return kind === 'github' ? githubDefaults(identity, claims) : gitlabDefaults(identity, claims);
}

/**
 * GitLab's defaults (docs.gitlab.com; shared/reference/github-secrets-api.md "GitLab CI ID tokens"):
 * a merge request pipeline can run a fork's code in the project's context, and an unprotected ref
 * can be pushed by any developer. Each matches only when the policy says so: `merge_request_event`
 * listed by name in `pipeline_source`, and unprotected refs by a `ref_protected` rule.
 */
function gitlabDefaults(identity: Identity, claims: JWTPayload): PolicyMismatch | undefined {
  const source = claims['pipeline_source'];
  if (source === 'merge_request_event' && !(identity.allow.pipeline_source ?? []).includes(source))
    return {
      claim: 'pipeline_source',
      reason: `the identity ${identity.name} does not allow merge_request_event pipelines (they may run a fork's code); list it in allow.pipeline_source to allow it`,
    };
  if (claims['ref_protected'] !== 'true' && identity.allow.ref_protected === undefined)
    return {
      claim: 'ref_protected',
      reason: `the identity ${identity.name} allows protected refs only; name ref_protected in its policy to allow others`,
    };
  return undefined;
}

/** GitHub's defaults: the events that carry no outsider's input, unless the policy lists others by name. */
function githubDefaults(identity: Identity, claims: JWTPayload): PolicyMismatch | undefined {
  const event = claims['event_name'];
  const listed = identity.allow.event_name ?? [];
  // An event outside the defaults matches only when named literally (a `*` does not let outsiders in).
  if (typeof event !== 'string' || !((DEFAULT_EVENTS as readonly string[]).includes(event) || listed.includes(event)))
    return {
      claim: 'event_name',
      reason: `the identity ${identity.name} does not allow ${typeof event === 'string' ? event : 'unnamed'} runs (they may carry an outsider's input); list the event in allow.event_name to allow it`,
    };
  return undefined;
}
