import {
  guessCredentialKind,
  DEFAULT_API_URL,
  isCredentialShaped,
  isScopeName,
  isSecureOrLoopbackUrl,
} from '@dropbox-token/core';
import { INPUT_PROBLEMS, type InputProblem } from './messages.js';

/** A problem with the step's inputs. Its message is already `<what failed>. <what to do>`. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly problem: InputProblem;

  constructor(problem: InputProblem) {
    super(INPUT_PROBLEMS[problem]);
    this.problem = problem;
  }
}

export type GetInput = (name: string) => string;

interface InputSpec<T> {
  required: boolean;
  /** The value used when the input is empty; `action.yml` declares the same (checked by a test). */
  default?: string;
  /** Masked before anything else runs. */
  secret: boolean;
  /** Checks a trimmed value (undefined when empty and without a default); throws InputError. */
  parse(value: string | undefined): T;
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_ENV = /^(GITHUB_|RUNNER_)|^(PATH|NODE_OPTIONS)$/i;
const SECONDS = /^\d+(\.\d+)?$/;
export const MAX_TIMEOUT_SECONDS = 3600;

function credential(
  value: string | undefined,
  empty: InputProblem | undefined,
  stray: InputProblem,
): string | undefined {
  if (value === undefined) {
    if (empty !== undefined) throw new InputError(empty);
    return undefined;
  }
  if (!isCredentialShaped(value)) throw new InputError(stray);
  return value;
}

function spec<T>(input: InputSpec<T>): InputSpec<T> {
  return input;
}

/** The action's inputs: one table, in `action.yml`'s order, from which validation runs. */
export const INPUTS = {
  'app-key': spec({
    required: false,
    secret: false,
    parse: (value) => credential(value, undefined, 'appKeyStray'),
  }),
  'app-secret': spec({
    required: false,
    secret: true,
    parse: (value) => credential(value, undefined, 'appSecretStray'),
  }),
  'refresh-token': spec({
    required: false,
    secret: true,
    parse: (value) => {
      const token = credential(value, undefined, 'refreshTokenStray');
      if (token === undefined) return undefined;
      // An access token (`sl.`, reference §5) is certainly not a refresh token: said before any request.
      // Anything else is Dropbox's to judge; a shape guess only explains its refusal (failure-message.ts).
      if (guessCredentialKind(token) === 'access-token') throw new InputError('refreshTokenIsAccessToken');
      return token;
    },
  }),
  scope: spec({
    required: false,
    secret: false,
    parse: (value) => {
      const scopes = value?.split(/\s+/).filter((scope) => scope !== '');
      if (scopes?.some((scope) => !isScopeName(scope))) throw new InputError('scopeInvalid');
      return scopes;
    },
  }),
  'export-env': spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value !== undefined && !ENV_NAME.test(value)) throw new InputError('exportEnvInvalid');
      if (value !== undefined && RESERVED_ENV.test(value)) throw new InputError('exportEnvReserved');
      return value;
    },
  }),
  verify: spec({
    required: false,
    secret: false,
    default: 'false',
    parse: (value = '') => {
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      throw new InputError('verifyInvalid');
    },
  }),
  'rclone-remote': spec({
    required: false,
    secret: false,
    parse: (value) => {
      // rclone reads a remote from RCLONE_CONFIG_<NAME>_* variables: the name must fit a variable name.
      if (value !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value))
        throw new InputError('rcloneRemoteInvalid');
      return value;
    },
  }),
  'broker-url': spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value === undefined) return undefined;
      if (!URL.canParse(value) || !isSecureOrLoopbackUrl(value)) throw new InputError('brokerUrlInvalid');
      return value.replace(/\/+$/, '');
    },
  }),
  identity: spec({
    required: false,
    secret: false,
    parse: (value) => {
      if (value !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(value))
        throw new InputError('identityInvalid');
      return value;
    },
  }),
  'api-url': spec({
    required: false,
    secret: false,
    default: DEFAULT_API_URL,
    parse: (value = DEFAULT_API_URL) => {
      if (!URL.canParse(value)) throw new InputError('apiUrlNotAbsolute');
      if (!isSecureOrLoopbackUrl(value)) throw new InputError('apiUrlNotHttps');
      return value;
    },
  }),
  'timeout-seconds': spec({
    required: false,
    secret: false,
    default: '60',
    parse: (value = '') => {
      const seconds = Number(value);
      if (!SECONDS.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) throw new InputError('timeoutInvalid');
      return seconds;
    },
  }),
};

export type InputName = keyof typeof INPUTS;

/** Where the access token comes from: a refresh token in the step's inputs, or a broker (keyless). */
export type TokenSource =
  | { kind: 'refresh'; appKey: string; appSecret: string | undefined; refreshToken: string }
  | { kind: 'broker'; brokerUrl: string; identity: string };

export interface ActionInputs {
  source: TokenSource;
  scope: string[] | undefined;
  exportEnv: string | undefined;
  verify: boolean;
  rcloneRemote: string | undefined;
  apiUrl: string;
  timeoutSeconds: number;
}

/** The inputs whose values are masked before anything else runs. */
export const SECRET_INPUTS = (Object.keys(INPUTS) as InputName[]).filter((name) => INPUTS[name].secret);

type Read = <N extends InputName>(name: N) => ReturnType<(typeof INPUTS)[N]['parse']>;

/** Keyless with a broker (then no Dropbox credentials in the inputs), or a refresh token and its app. */
function readSource(read: Read): TokenSource {
  const appKey = read('app-key');
  const appSecret = read('app-secret');
  const refreshToken = read('refresh-token');
  const brokerUrl = read('broker-url');
  const identity = read('identity');
  if (brokerUrl !== undefined) {
    if (appKey !== undefined || appSecret !== undefined || refreshToken !== undefined)
      throw new InputError('brokerWithCredentials');
    if (identity === undefined) throw new InputError('identityEmpty');
    return { kind: 'broker', brokerUrl, identity };
  }
  if (identity !== undefined) throw new InputError('identityWithoutBroker');
  if (appKey === undefined) throw new InputError('appKeyEmpty');
  if (refreshToken === undefined) throw new InputError('refreshTokenEmpty');
  return { kind: 'refresh', appKey, appSecret, refreshToken };
}

/** Reads and validates every input, in table order. Secret inputs must be masked by the caller first. */
export function readInputs(getInput: GetInput): ActionInputs {
  const read = <N extends InputName>(name: N): ReturnType<(typeof INPUTS)[N]['parse']> => {
    const value = getInput(name).trim();
    const input: InputSpec<unknown> = INPUTS[name];
    return input.parse(value === '' ? input.default : value) as ReturnType<(typeof INPUTS)[N]['parse']>;
  };
  return {
    source: readSource(read),
    scope: read('scope'),
    exportEnv: read('export-env'),
    verify: read('verify'),
    rcloneRemote: read('rclone-remote'),
    apiUrl: read('api-url'),
    timeoutSeconds: read('timeout-seconds'),
  };
}
