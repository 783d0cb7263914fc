import { DEFAULT_API_URL, DEFAULT_AUTHORIZE_URL } from '@dropbox-token/core';
import { STORED_NAMES } from './names.js';

/** One option: how parseArgs reads it, and how --help shows it. */
interface OptionRow {
  option: string;
  type: 'string' | 'boolean';
  short?: string;
  /** The usage as shown, e.g. `--app-key KEY` (default: the flag alone). */
  usage?: string;
  help: string[];
}

/** A line of --help that is not an option (a mode, an environment variable, a command). */
interface NoteRow {
  usage: string;
  help: string[];
}

const { appKey, appSecret, refreshToken } = STORED_NAMES;

/**
 * The command line, as data: every option with its section and its help, in the order --help shows
 * them. parseArgs reads the options from it (PARSE_OPTIONS), and --help is rendered from it (HELP).
 */
const SECTIONS: { title: string; rows: (OptionRow | NoteRow)[] }[] = [
  {
    title: 'Dropbox app',
    rows: [
      { option: 'app-key', type: 'string', usage: '--app-key KEY', help: [`app key (or env ${appKey}), required`] },
      {
        option: 'app-secret',
        type: 'string',
        usage: '--app-secret SECRET',
        help: [
          `app secret (or env ${appSecret}); omit for a PKCE`,
          'public client, so CI needs only the key and the token',
        ],
      },
      {
        option: 'scope',
        type: 'string',
        usage: '--scope "A B"',
        help: ["scopes to ask for (default: all the app's scopes)"],
      },
    ],
  },
  {
    title: 'How to get the authorization code (three ways)',
    rows: [
      {
        option: 'redirect-uri',
        type: 'string',
        usage: '--redirect-uri URI',
        help: [
          'loopback: http://127.0.0.1:PORT/PATH or http://localhost:PORT/PATH,',
          'registered exactly in the App Console; we listen on it (without a',
          'terminal to confirm the account on, only with --yes)',
        ],
      },
      {
        usage: '--redirect-uri https://…',
        help: [
          "web redirect + paste: your app's registered https redirect URI;",
          'after Allow, paste the whole address the browser landed on',
        ],
      },
      {
        usage: '(default)',
        help: [
          'no redirect + paste: open the URL, then paste the code Dropbox',
          'shows (or the whole redirect URL) here or into stdin',
        ],
      },
      {
        option: 'code',
        type: 'string',
        usage: '--code=CODE',
        help: ['exchange a code obtained elsewhere (needs the app secret)'],
      },
      { option: 'no-browser', type: 'boolean', help: ['print the URL but do not open a browser'] },
      {
        option: 'timeout',
        type: 'string',
        usage: '--timeout SECONDS',
        help: [
          'how long to wait for the browser (default 300)',
          'The browser is opened through a page only you can read, on a',
          "one-time link to 127.0.0.1: the URL's state never shows in the",
          'process list.',
        ],
      },
    ],
  },
  {
    title: 'Where to store it (default: the repository of `git remote get-url origin`)',
    rows: [
      { option: 'repo', type: 'string', usage: '--repo OWNER/NAME', help: ["a repository's Actions secrets"] },
      {
        option: 'environment',
        type: 'string',
        usage: '--environment NAME',
        help: ["an environment's secrets (of --repo)"],
      },
      { option: 'org', type: 'string', usage: '--org NAME', help: ["an organization's secrets, with"] },
      {
        option: 'visibility',
        type: 'string',
        usage: '--visibility V',
        help: [
          'all | private | selected (needed for a new organization',
          'secret; left out, an existing one keeps its audience)',
        ],
      },
      {
        option: 'selected-repos',
        type: 'string',
        usage: '--selected-repos A,B',
        help: ['repositories for --visibility selected'],
      },
      { option: 'secret-name', type: 'string', usage: '--secret-name NAME', help: [`default ${refreshToken}`] },
      {
        option: 'store-app-credentials',
        type: 'boolean',
        help: [
          `also store the app key as the Actions variable ${appKey}`,
          '(it is in every authorize URL: not a secret) and the app',
          `secret, if any, as the secret ${appSecret}`,
        ],
      },
      { option: 'app-key-as-secret', type: 'boolean', help: [`store ${appKey} as a secret instead of a variable`] },
      {
        option: 'dependabot',
        type: 'boolean',
        help: [
          'also write the secrets to the Dependabot secrets (runs that',
          'Dependabot triggers receive only those), sealed with their key',
        ],
      },
      {
        option: 'dry-run',
        type: 'boolean',
        help: ['do everything except the write; say what would be written', '(the new token is then revoked)'],
      },
      {
        option: 'yes',
        type: 'boolean',
        short: 'y',
        usage: '--yes, -y',
        help: ['store without asking to confirm the linked Dropbox account'],
      },
      {
        option: 'print-refresh-token',
        type: 'boolean',
        help: [
          'write the refresh token to stdout (alone, for piping) and',
          'everything else to stderr; without a target flag, store nothing',
        ],
      },
      {
        option: 'broker-config',
        type: 'string',
        usage: '--broker-config FILE',
        help: [
          'also write a dropbox-token broker configuration for the linked',
          'account (a new file, no secret in it): an account and an identity of',
          "their own, pinned to the repository's IDs, whose refresh token goes in",
          `${refreshToken}_<IDENTITY>, e.g. with --print-refresh-token |`,
          `npx wrangler secret put ${refreshToken}_WEBSITE`,
        ],
      },
      {
        option: 'broker-identity',
        type: 'string',
        usage: '--broker-identity NAME',
        help: ["the identity (and account) name (default: the repository's name)"],
      },
      {
        option: 'broker-repo',
        type: 'string',
        usage: '--broker-repo OWNER/NAME',
        help: ['the repository the identity allows (default: --repo, or origin)'],
      },
    ],
  },
  {
    title: 'Revoke a refresh token (a leaked one, or a clean-up)',
    rows: [
      {
        usage: 'dropbox-token-bootstrap revoke --app-key KEY [--app-secret SECRET] [--yes]',
        help: [
          '',
          'reads the token from standard input (a hidden prompt on a',
          'terminal; never an argument), confirms, and revokes it: every',
          'access token minted from it stops working too',
        ],
      },
    ],
  },
  {
    title: 'Endpoints',
    rows: [
      { option: 'api-url', type: 'string', usage: '--api-url URL', help: [`default ${DEFAULT_API_URL}`] },
      {
        option: 'authorize-url',
        type: 'string',
        usage: '--authorize-url URL',
        help: [`default ${DEFAULT_AUTHORIZE_URL}`],
      },
      { usage: 'GITHUB_API_URL', help: ['GitHub Enterprise Server API, default https://api.github.com'] },
      { usage: 'GH_TOKEN / GITHUB_TOKEN', help: ['GitHub token (else `gh auth token`); needs Secrets: write'] },
      { option: 'help', type: 'boolean', short: 'h', usage: '--help, -h', help: ['this help'] },
      { option: 'version', type: 'boolean', short: 'v', usage: '--version, -v', help: ["the bootstrap's version"] },
    ],
  },
];

const isOption = (row: OptionRow | NoteRow): row is OptionRow => 'option' in row;

/** The options parseArgs accepts, from the table. */
export const PARSE_OPTIONS = Object.fromEntries(
  SECTIONS.flatMap((section) => section.rows.filter(isOption)).map((row) => [
    row.option,
    row.short === undefined ? { type: row.type } : { type: row.type, short: row.short },
  ]),
) as Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COLUMN = 27;

function renderRow(row: OptionRow | NoteRow): string[] {
  const usage = row.usage ?? `--${(row as OptionRow).option}`;
  const [first = '', ...rest] = row.help;
  const head =
    usage.length < COLUMN - 2 ? `  ${usage.padEnd(COLUMN - 2)}${first}` : `  ${usage}\n${' '.repeat(COLUMN)}${first}`;
  return [head.trimEnd(), ...rest.map((line) => `${' '.repeat(COLUMN)}${line}`)];
}

/** `dropbox-token-bootstrap --help`, rendered from the table. */
export const HELP = `Usage: dropbox-token-bootstrap [options]

Mints a Dropbox refresh token once (PKCE, token_access_type=offline) and stores it,
sealed, as a GitHub Actions secret. The token is never shown.

${SECTIONS.map((section) => [section.title, ...section.rows.flatMap(renderRow)].join('\n')).join('\n\n')}

Exit codes: 0 done, 1 failed (reason and fix on stderr), 2 usage error,
130 interrupted (SIGINT), 143 terminated (SIGTERM), 129 hung up (SIGHUP).
`;
