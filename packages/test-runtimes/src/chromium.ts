import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

/**
 * Flags for a test browser that must not reach the network: this machine's network is closed,
 * and Chromium's background services would otherwise try, and fail, many times a second.
 * No `--disable-web-security`: the tests rely on the browser enforcing CORS as users' browsers do.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
];

export type ChromiumSource =
  | { kind: 'override'; executablePath: string }
  | { kind: 'npm'; packageVersion: string }
  | { kind: 'unavailable'; reason: string };

/**
 * Where the test browser comes from: `CHROMIUM_PATH` when set (e.g. the Chrome on GitHub's
 * runners), else the Chromium inside the `@sparticuz/chromium` package (Linux x64/arm64 only).
 */
export function chromiumSource(environment: NodeJS.ProcessEnv = process.env): ChromiumSource {
  const override = environment['CHROMIUM_PATH'];
  if (override !== undefined && override !== '') return { kind: 'override', executablePath: override };
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) {
    return {
      kind: 'unavailable',
      reason: `@sparticuz/chromium ships Linux builds only (this is ${process.platform}-${process.arch}); set CHROMIUM_PATH`,
    };
  }
  // The package exports no package.json; our own pins its exact version.
  const manifest = require('../package.json') as { dependencies: Record<string, string> };
  return { kind: 'npm', packageVersion: manifest.dependencies['@sparticuz/chromium']! };
}

/**
 * Unpacks the package's brotli-compressed Chromium once per version and user into the temp
 * directory. The package unpacks into `os.tmpdir()`; it is pointed at a private staging directory
 * that is then renamed into place, so parallel test processes never run a half-written binary.
 */
async function unpackedChromium(packageVersion: string): Promise<string> {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : 'user';
  const target = join(tmpdir(), `dropbox-token-chromium-${packageVersion}-${user}`);
  const binary = join(target, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(join(tmpdir(), 'dropbox-token-chromium-staging-'));
  const previousTmpdir = process.env['TMPDIR'];
  process.env['TMPDIR'] = staging;
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    await Chromium.executablePath();
  } finally {
    if (previousTmpdir === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previousTmpdir;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process won the race; its copy is complete because it, too, renamed a finished directory.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** The path of the Chromium to launch, or why there is none on this machine. */
export async function chromiumExecutable(source: ChromiumSource = chromiumSource()): Promise<string> {
  if (source.kind === 'override') return source.executablePath;
  if (source.kind === 'unavailable') throw new Error(source.reason);
  return unpackedChromium(source.packageVersion);
}

/** Launches headless Chromium under Playwright, off the network. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: [...CHROMIUM_ARGS] });
}
