/**
 * The claims of a GitHub Actions OIDC token a policy can match (docs.github.com "OpenID Connect
 * reference"), and how a rule's patterns are checked and compiled: once, when the configuration is read.
 */
export const POLICY_CLAIMS = [
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repository_visibility',
  'ref',
  'ref_type',
  'ref_protected',
  'environment',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'sub',
  'runner_environment',
] as const;

export type ClaimName = (typeof POLICY_CLAIMS)[number];

/** IDs are never reused (unlike names): exact values, digits only, no `*`. */
const ID_CLAIMS: readonly ClaimName[] = ['repository_id', 'repository_owner_id'];

/** A rule for one claim: its patterns as written, and one anchored expression for all of them. */
export interface CompiledRule {
  claim: ClaimName;
  patterns: string[];
  expression: RegExp;
}

/** `*` matches any run of characters; everything else is literal; the whole value must match. */
const patternSource = (pattern: string) => pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');

/** Why a pattern cannot be used for this claim, or undefined. */
function patternProblem(claim: ClaimName, pattern: string): string | undefined {
  if (ID_CLAIMS.includes(claim))
    return /^[0-9]{1,20}$/.test(pattern) ? undefined : `${JSON.stringify(pattern)} is not an ID (digits only, no *)`;
  // An owner wildcard admits whoever registers a matching name (octo-* matches octo-attacker).
  if (claim === 'repository_owner' && pattern.includes('*')) return 'an owner cannot contain *: name it exactly';
  if (claim === 'repository') {
    const [owner, name] = pattern.split('/');
    if (owner === undefined || name === undefined || owner === '' || name === '')
      return `${JSON.stringify(pattern)} is not OWNER/NAME`;
    if (owner.includes('*')) return `the owner in ${JSON.stringify(pattern)} cannot contain *: name it exactly`;
  }
  return undefined;
}

/** The compiled rule, or the first problem of its patterns. */
export function compileRule(claim: ClaimName, patterns: string[]): CompiledRule | string {
  for (const pattern of patterns) {
    const problem = patternProblem(claim, pattern);
    if (problem !== undefined) return problem;
  }
  const expression = new RegExp(`^(?:${patterns.map(patternSource).join('|')})$`);
  return { claim, patterns, expression };
}

/** Claims compare as GitHub sends them: strings only; a number or boolean in a token never matches. */
export const ruleMatches = (rule: CompiledRule, value: unknown): boolean =>
  typeof value === 'string' && rule.expression.test(value);
