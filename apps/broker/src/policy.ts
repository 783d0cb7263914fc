import type { JWTPayload } from 'jose';
import { type AllowRule, type Identity, RULE_CLAIMS } from './config.js';

/** `*` matches any run of characters; everything else is literal; the whole value must match. */
function matches(pattern: string, value: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(value);
}

// A pull request's workflow can run code from a fork: no policy matches one unless it lists the event.
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** Undefined when the token's claims satisfy the identity's rule; else why not, naming the claim. */
export function policyMismatch(identity: Identity, claims: JWTPayload): string | undefined {
  const rule: AllowRule = identity.allow;
  for (const claim of RULE_CLAIMS) {
    const allowed = rule[claim];
    if (allowed === undefined) continue;
    const value = claims[claim];
    if (typeof value !== 'string' || !allowed.some((pattern) => matches(pattern, value)))
      return `its ${claim} is not one the identity ${identity.name} allows`;
  }
  const event = claims['event_name'];
  if (typeof event === 'string' && PULL_REQUEST_EVENTS.includes(event) && !(rule.event_name ?? []).includes(event))
    return `the identity ${identity.name} does not allow ${event} runs (they may run a fork's code); list the event in allow.event_name to allow it`;
  return undefined;
}
