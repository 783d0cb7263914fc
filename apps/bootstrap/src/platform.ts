import { execFile, spawn } from 'node:child_process';
import { readLine } from './read-pasted-code.js';
import type { Terminal } from './terminal.js';

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
