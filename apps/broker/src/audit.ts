import type { JWTPayload } from 'jose';

/** The verified claims each audit line carries: enough to tie a leaked token to the runs that received it. */
export const AUDIT_CLAIMS = [
  'iss',
  'sub',
  'jti',
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'actor',
  'runner_environment',
  'run_id',
  'run_attempt',
] as const;

/** The same for a GitLab CI job's token: the project, the pipeline and the job, and who ran it. */
export const GITLAB_AUDIT_CLAIMS = [
  'iss',
  'sub',
  'jti',
  'project_path',
  'project_id',
  'namespace_id',
  'ref',
  'sha',
  'pipeline_source',
  'pipeline_id',
  'job_id',
  'user_login',
  'runner_environment',
] as const;

const ALL_AUDIT_CLAIMS = [...new Set([...AUDIT_CLAIMS, ...GITLAB_AUDIT_CLAIMS])];

type AuditClaims = Partial<Record<(typeof AUDIT_CLAIMS)[number] | (typeof GITLAB_AUDIT_CLAIMS)[number], string>>;

/** One line per decision, for the operator's logs. Never a token: `token_sha256` identifies the one handed out. */
export interface AuditLine extends AuditClaims {
  time: string;
  /** A configured identity's name, or "unknown" (what a caller sent is never logged as is). */
  identity: string;
  decision: 'allowed' | 'denied';
  /** Why: for a policy refusal, the claim that did not match. */
  reason: string;
  scopes: string[];
  /** Hex SHA-256 of the access token handed out. */
  token_sha256?: string;
}

/** Fields of fixed size, never clipped. */
const KEPT_WHOLE = ['time', 'decision', 'token_sha256'];

/** Each claim's value in at most this many bytes of JSON, so a line stays under MAX_LINE_BYTES. */
const MAX_CLAIM_BYTES = 200;
export const MAX_LINE_BYTES = 4096;

const encoder = new TextEncoder();
const jsonBytes = (value: string) => encoder.encode(JSON.stringify(value)).byteLength;

/** The value cut to fit `maxBytes` as JSON, marked with `…` when cut. */
function clip(value: string, maxBytes: number): string {
  if (jsonBytes(value) <= maxBytes) return value;
  let low = 0;
  let high = value.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (jsonBytes(`${value.slice(0, middle)}…`) <= maxBytes) low = middle;
    else high = middle - 1;
  }
  return `${value.slice(0, low)}…`;
}

/** The verified claims for the line: strings only, each clipped. */
export function auditClaims(claims: JWTPayload | undefined): AuditClaims {
  const picked: AuditClaims = {};
  if (claims === undefined) return picked;
  for (const name of ALL_AUDIT_CLAIMS) {
    const value = claims[name];
    if (typeof value === 'string') picked[name] = clip(value, MAX_CLAIM_BYTES);
  }
  return picked;
}

/** JSON escapes the C0 controls (CR, LF, VT, FF); NEL and the Unicode line and paragraph separators are escaped here. */
const oneLine = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The line as written: JSON with every line separator escaped, so no value can start a line of
 * its own; never over MAX_LINE_BYTES.
 */
export function formatAuditLine(line: AuditLine): string {
  let text = oneLine(line);
  for (let budget = MAX_CLAIM_BYTES / 2; encoder.encode(text).byteLength > MAX_LINE_BYTES && budget >= 8; budget /= 2) {
    const smaller = Object.fromEntries(
      Object.entries(line).map(([key, value]) => [
        key,
        KEPT_WHOLE.includes(key)
          ? value
          : typeof value === 'string'
            ? clip(value, budget)
            : (value as string[]).map((scope) => clip(scope, budget)),
      ]),
    );
    text = oneLine(smaller);
  }
  return text;
}

/** Hex SHA-256 of a token (Web Crypto: the same on Node and Workers). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
