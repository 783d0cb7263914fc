import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readLine } from './terminal/paste.js';
import type { Terminal } from './terminal/terminal.js';

// Everything that differs between macOS, Windows and Linux, in one place: opening a browser,
// whether there is a display, running git and gh, the terminal, and the signals that end a run.

/**
 * Opens a URL with the platform's opener (`open`, `xdg-open`, `start`). Resolves false when
 * there is none or it fails, so the caller falls back to the printed URL.
 */
export function openBrowser(url: string, platform: NodeJS.Platform): Promise<boolean> {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

/** The user's own cache folder: %LOCALAPPDATA% (Windows), ~/Library/Caches (macOS), $XDG_CACHE_HOME or ~/.cache. */
export function userCacheDir(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  home = homedir(),
): string {
  if (platform === 'win32') return env['LOCALAPPDATA'] || join(home, 'AppData', 'Local');
  if (platform === 'darwin') return join(home, 'Library', 'Caches');
  return env['XDG_CACHE_HOME'] || join(home, '.cache');
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What the opener gets instead of the start link (whose secret would be a process argument any
 * local user can read): a page that forwards the browser to it, in a file only this user can read
 * (mode 0600, in a fresh 0700 folder under the user's cache folder, which snap-packaged browsers
 * can also reach, unlike /tmp). Removed when the process exits. Returns the page's file URL.
 */
export function privateForwardingPage(startUrl: string, cacheDir: string): string {
  const parent = join(cacheDir, 'dropbox-token-bootstrap');
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  const folder = mkdtempSync(join(parent, 'start-'));
  const file = join(folder, 'start.html');
  const target = attribute(startUrl);
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${target}"><title>Dropbox sign-in</title><p><a href="${target}">Continue to Dropbox</a></p>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return pathToFileURL(file).href;
}

/**
 * Opens the start link through its private forwarding page, when there is a display. False when
 * the page cannot be written or no opener runs: the printed URL is then the way.
 */
export async function openStartLink(startUrl: string, env: Record<string, string | undefined>): Promise<boolean> {
  if (!hasDisplay(env, process.platform)) return false;
  let page: string;
  try {
    page = privateForwardingPage(startUrl, userCacheDir(env, process.platform));
  } catch {
    return false;
  }
  return openBrowser(page, process.platform);
}

/** On Linux a browser needs a display; over SSH or in CI there is none, and the URL is enough. */
export function hasDisplay(env: Record<string, string | undefined>, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env['DISPLAY'] || env['WAYLAND_DISPLAY']);
}

/** Runs a helper program (git, gh) and returns its trimmed output, or undefined when it fails or is missing. */
export function outputOf(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 10_000, encoding: 'utf8', windowsHide: true }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

/** The process's own terminal: colour only on a TTY that wants it. */
export function processTerminal(env: Record<string, string | undefined>): Terminal {
  return {
    err: process.stderr,
    out: process.stdout,
    color: process.stderr.isTTY === true && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb',
  };
}

/** The signals that end a run, with the exit code a shell expects for each (128 + the signal's number). */
export const TERMINATING_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type TerminatingSignal = keyof typeof TERMINATING_SIGNALS;

/** Aborts `controller` on SIGINT, SIGTERM or SIGHUP (SIGHUP does not exist on Windows); returns which came first. */
export function abortOnTermination(controller: AbortController): () => TerminatingSignal | undefined {
  let received: TerminatingSignal | undefined;
  for (const signal of Object.keys(TERMINATING_SIGNALS) as TerminatingSignal[]) {
    if (signal === 'SIGHUP' && process.platform === 'win32') continue;
    process.once(signal, () => {
      received ??= signal;
      controller.abort();
    });
  }
  return () => received;
}

/** Reads one line typed at the terminal without echoing it (for a token). Ctrl-C still interrupts. */
function readHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') {
          finish();
          process.kill(process.pid, 'SIGINT');
          return;
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** Questions for a person at a terminal; none when standard input or error is not one (CI, pipes). */
export function terminalPrompts(signal: AbortSignal): {
  ask?: (question: string) => Promise<string>;
  askHidden?: (question: string) => Promise<string>;
} {
  if (process.stdin.isTTY !== true || process.stderr.isTTY !== true) return {};
  return {
    ask: (question) => readLine(process.stdin, question, process.stderr, signal),
    askHidden: readHidden,
  };
}
