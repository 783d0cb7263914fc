import type { BrokerProblem } from './broker-error.js';

// Keyless mode's messages (broker-url), as data: in the chunk that mode loads, not on the common
// path. The README's troubleshooting table is checked against them with the main catalog.

interface BrokerAdvice {
  what: string;
  fix: (status: number | undefined) => string;
}

export const BROKER_ADVICE: Record<BrokerProblem, BrokerAdvice> = {
  idTokenUnavailable: {
    what: 'The job cannot request an OIDC token',
    fix: () =>
      'Add permissions: id-token: write to the job (or the workflow). Runs that Dependabot or a fork triggers never get one.',
  },
  idTokenRefused: {
    what: 'The runner did not give an OIDC token',
    fix: () => 'Re-run the job; if it persists, check the job has permissions: id-token: write.',
  },
  brokerRefused: {
    what: 'The broker refused the token request',
    fix: (status) =>
      status === 401
        ? "Check that the broker's audience is exactly the broker-url input and its issuer is this GitHub's."
        : "Ask the broker's operator to allow this run in the identity's policy (repository, ref, environment, workflow, event), or use another identity.",
  },
  brokerUnavailable: {
    what: 'The broker is unavailable',
    fix: () => "Re-run the job later, or check the broker-url input and the broker's logs.",
  },
  brokerAccountRevoked: {
    what: "The broker's Dropbox account was revoked",
    fix: () =>
      "Re-running will not help: the broker's operator must authorize the account again (dropbox-token-bootstrap --broker-config) and set the new refresh token.",
  },
  brokerAnswer: {
    what: "The broker's answer could not be used",
    fix: () => 'Check the broker-url input points at a dropbox-token broker.',
  },
};

/** `<what failed> (<detail>). <what to do>`, for the step's one error line. */
export function brokerMessage(problem: BrokerProblem, status: number | undefined, detail: string | undefined): string {
  const advice = BROKER_ADVICE[problem];
  const parts = [status === undefined ? undefined : `HTTP ${status}`, detail].filter((part) => part !== undefined);
  return `${advice.what}${parts.length === 0 ? '' : ` (${parts.join(' ')})`}. ${advice.fix(status)}`;
}
