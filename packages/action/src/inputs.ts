/** A problem with the step's inputs. Its message is already `<what failed>. <what to do>`. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface ActionInputs {
  appKey: string;
  appSecret: string | undefined;
  refreshToken: string;
  scope: string[] | undefined;
  exportEnv: string | undefined;
  verify: boolean;
  apiUrl: string;
  timeoutSeconds: number;
}

export type GetInput = (name: string) => string;

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0', ''];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: credentials never hold control characters
const STRAY = /[\s\u0000-\u001f\u007f]/;
const MAX_TIMEOUT_SECONDS = 3600;

function optional(getInput: GetInput, name: string): string | undefined {
  const value = getInput(name).trim();
  return value === '' ? undefined : value;
}

/** Reads and validates every input. Secret inputs must be masked by the caller before this runs. */
export function readInputs(getInput: GetInput): ActionInputs {
  const appKey = optional(getInput, 'app-key');
  if (appKey === undefined)
    throw new InputError(
      'The app-key input is empty. Set it to your Dropbox app key, e.g. app-key: ${{ secrets.DROPBOX_APP_KEY }}.',
    );
  if (STRAY.test(appKey))
    throw new InputError(
      'The app-key input contains whitespace or control characters. Set it to the app key exactly as the Dropbox App Console shows it.',
    );

  const refreshToken = optional(getInput, 'refresh-token');
  if (refreshToken === undefined) {
    throw new InputError(
      'The refresh-token input is empty: the secret is not set, or not available to this run (workflows triggered from forks and by Dependabot do not receive secrets). ' +
        'Create the secret with `npx @dropbox-token/bootstrap` and pass it as refresh-token: ${{ secrets.DROPBOX_REFRESH_TOKEN }}.',
    );
  }
  if (STRAY.test(refreshToken))
    throw new InputError(
      'The refresh-token input contains whitespace, a line break or control characters. Store the refresh token again with `npx @dropbox-token/bootstrap`.',
    );

  const appSecret = optional(getInput, 'app-secret');
  if (appSecret !== undefined && STRAY.test(appSecret))
    throw new InputError(
      'The app-secret input contains whitespace or control characters. Set it to the app secret exactly as the Dropbox App Console shows it.',
    );

  const scopeText = optional(getInput, 'scope');
  const scope = scopeText === undefined ? undefined : scopeText.split(/\s+/).filter((s) => s.length > 0);
  if (scope !== undefined && scope.some((s) => !/^[A-Za-z0-9_.-]+$/.test(s)))
    throw new InputError(
      'The scope input has an invalid scope name. List Dropbox scopes separated by spaces, e.g. scope: files.content.write files.content.read.',
    );

  const exportEnv = optional(getInput, 'export-env');
  if (exportEnv !== undefined) {
    if (!ENV_NAME.test(exportEnv))
      throw new InputError(
        'The export-env input is not a valid environment variable name. Use letters, digits and underscores, not starting with a digit, e.g. export-env: DROPBOX_ACCESS_TOKEN.',
      );
    if (/^(GITHUB_|RUNNER_)/i.test(exportEnv) || /^(PATH|NODE_OPTIONS)$/i.test(exportEnv))
      throw new InputError(
        `The export-env input names a variable the runner reserves or relies on. Choose another name, e.g. export-env: DROPBOX_ACCESS_TOKEN.`,
      );
  }

  const verifyText = getInput('verify').trim();
  let verify: boolean;
  if (TRUE.includes(verifyText)) verify = true;
  else if (FALSE.includes(verifyText)) verify = false;
  else
    throw new InputError(
      'The verify input must be true or false. Set verify: true to check the new token with users/get_current_account.',
    );

  const apiUrl = optional(getInput, 'api-url') ?? 'https://api.dropboxapi.com';
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new InputError(
      'The api-url input is not an absolute URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new InputError(
      'The api-url input must be an http(s) URL. Leave it unset for Dropbox, or set a full URL such as https://api.dropboxapi.com.',
    );

  const timeoutText = optional(getInput, 'timeout-seconds') ?? '60';
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS)
    throw new InputError(
      `The timeout-seconds input must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}. Leave it unset for the default of 60.`,
    );

  return { appKey, appSecret, refreshToken, scope, exportEnv, verify, apiUrl, timeoutSeconds };
}
