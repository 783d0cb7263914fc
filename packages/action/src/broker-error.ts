/** What went wrong in keyless mode: its message comes from broker-messages.ts, made where it is thrown. */
export type BrokerProblem =
  | 'idTokenUnavailable'
  | 'idTokenRefused'
  | 'brokerRefused'
  | 'brokerUnavailable'
  | 'brokerAccountRevoked'
  | 'brokerAnswer';

export class BrokerError extends Error {
  override readonly name = 'BrokerError';
  constructor(
    readonly problem: BrokerProblem,
    /** The whole line: `<what failed> (<detail>). <what to do>`; never a token. */
    message: string,
  ) {
    super(message);
  }
}
