import { spawn } from 'node:child_process';

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
