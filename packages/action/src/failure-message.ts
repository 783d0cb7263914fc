import { isDropboxOAuthError } from '@dropbox-token/core';
import { InputError } from './inputs.js';
import { BrokerError } from './broker-error.js';
import { ADVICE_FOR_CODE, type CredentialKind, FAILURE_ADVICE, type FailureKind } from './messages.js';

const VERIFY_OPERATIONS = new Set(['getCurrentAccount', 'getAuthenticatedAdmin', 'getTeamInfo']);

/**
 * One line, `<what failed> (<detail>). <what to do>`, for any error the step can meet. Never
 * contains a secret. `looksLike` (a guess at the refresh-token input) may explain a refusal.
 */
export function failureMessage(error: unknown, elapsedMs: number, looksLike?: CredentialKind): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof BrokerError) return error.message;
  if (!isDropboxOAuthError(error)) {
    const name = error instanceof Error ? error.name : 'non-Error value';
    return `${FAILURE_ADVICE.unexpected.what} (${name}). ${FAILURE_ADVICE.unexpected.fix()}`;
  }
  const verifying = VERIFY_OPERATIONS.has(error.operation);
  const kind: FailureKind = verifying ? 'verification' : ADVICE_FOR_CODE[error.code];
  const advice = FAILURE_ADVICE[kind];
  const detail = error.errorDescription === undefined ? error.code : `${error.code}: ${error.errorDescription}`;
  return `${advice.what} (${detail}). ${advice.fix(error, elapsedMs, looksLike)}`;
}
