import type { JWTPayload } from 'jose';
import { ruleMatches } from './claim-rules.js';
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

/** Undefined when the token's claims satisfy the identity's rules; else which claim did not. */
export function policyMismatch(identity: Identity, claims: JWTPayload): PolicyMismatch | undefined {
  for (const rule of identity.rules)
    if (!ruleMatches(rule, claims[rule.claim]))
      return { claim: rule.claim, reason: `its ${rule.claim} is not one the identity ${identity.name} allows` };
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
