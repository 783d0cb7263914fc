/**
 * The claims a policy can match, for each kind of issuer, and how a rule's patterns are checked and
 * compiled: once, when the configuration is read.
 */

/** GitHub Actions OIDC tokens (docs.github.com "OpenID Connect reference"). */
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

/** GitLab CI ID tokens (docs.gitlab.com "OpenID Connect (OIDC) Authentication Using ID Tokens"). */
export const GITLAB_POLICY_CLAIMS = [
  'project_path',
  'project_id',
  'namespace_path',
  'namespace_id',
  'ref',
  'ref_type',
  'ref_protected',
  'pipeline_source',
  'environment',
  'environment_protected',
  'user_login',
  'runner_environment',
] as const;

export type IssuerKind = 'github' | 'gitlab';
export type ClaimName = (typeof POLICY_CLAIMS)[number] | (typeof GITLAB_POLICY_CLAIMS)[number];

/** What each kind of issuer's tokens and policies look like. */
export interface KindRules {
  claims: readonly ClaimName[];
  /** IDs are never reused (unlike names): exact values, digits only, no `*`. */
  ids: readonly ClaimName[];
  /** An owner or namespace: exact, since a `*` admits whoever registers a matching name. */
  owner: ClaimName;
  /** `OWNER/NAME` (GitHub) or `GROUP/…/PROJECT` (GitLab): the part before the last `/` is exact. */
  path: ClaimName;
  /** A policy must name one of these: deny by default. */
  mustName: readonly ClaimName[];
  /** A name and the ID that pins it. */
  pins: readonly [ClaimName, ClaimName][];
  /** Claims every token of this kind carries (the verifier requires them). */
  required: string[];
}

export const KIND_RULES: Record<IssuerKind, KindRules> = {
  github: {
    claims: POLICY_CLAIMS,
    ids: ['repository_id', 'repository_owner_id'],
    owner: 'repository_owner',
    path: 'repository',
    mustName: ['repository', 'repository_owner', 'repository_id', 'repository_owner_id'],
    pins: [
      ['repository', 'repository_id'],
      ['repository_owner', 'repository_owner_id'],
    ],
    required: ['jti', 'iat', 'exp', 'sub', 'repository'],
  },
  gitlab: {
    claims: GITLAB_POLICY_CLAIMS,
    ids: ['project_id', 'namespace_id'],
    owner: 'namespace_path',
    path: 'project_path',
    mustName: ['project_path', 'namespace_path', 'project_id', 'namespace_id'],
    pins: [
      ['project_path', 'project_id'],
      ['namespace_path', 'namespace_id'],
    ],
    required: ['jti', 'iat', 'exp', 'sub', 'project_path'],
  },
};

/** A rule for one claim: its patterns as written, and one anchored expression for all of them. */
export interface CompiledRule {
  claim: ClaimName;
  patterns: string[];
  expression: RegExp;
}

/** `*` matches any run of characters; everything else is literal; the whole value must match. */
const patternSource = (pattern: string) => pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');

/** Why a pattern cannot be used for this claim, or undefined. */
function patternProblem(rules: KindRules, claim: ClaimName, pattern: string): string | undefined {
  if (rules.ids.includes(claim))
    return /^[0-9]{1,20}$/.test(pattern) ? undefined : `${JSON.stringify(pattern)} is not an ID (digits only, no *)`;
  // An owner wildcard admits whoever registers a matching name (octo-* matches octo-attacker).
  if (claim === rules.owner && pattern.includes('*')) return 'an owner cannot contain *: name it exactly';
  if (claim === rules.path) {
    const cut = pattern.lastIndexOf('/');
    if (cut <= 0 || cut === pattern.length - 1) return `${JSON.stringify(pattern)} is not OWNER/NAME`;
    if (pattern.slice(0, cut).includes('*'))
      return `the owner in ${JSON.stringify(pattern)} cannot contain *: name it exactly`;
  }
  return undefined;
}

/** The compiled rule, or the first problem of its patterns. */
export function compileRule(rules: KindRules, claim: ClaimName, patterns: string[]): CompiledRule | string {
  for (const pattern of patterns) {
    const problem = patternProblem(rules, claim, pattern);
    if (problem !== undefined) return problem;
  }
  const expression = new RegExp(`^(?:${patterns.map(patternSource).join('|')})$`);
  return { claim, patterns, expression };
}

/** Claims compare as the issuers send them: strings only; a number or boolean in a token never matches. */
export const ruleMatches = (rule: CompiledRule, value: unknown): boolean =>
  typeof value === 'string' && rule.expression.test(value);
