import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshAccessToken } from '@dropbox-token/core';
import { chromiumSource, launchChromium } from '@dropbox-token/test-runtimes';
import type { Browser, Page } from 'playwright-core';
import { useEmulator } from '@dropbox-token/emulator/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, baseArgs, githubEnv, loopbackToRepo } from './run-cli.js';

/**
 * The browser path, for real: headless Chromium opens the authorize URL the CLI prints, a
 * person's clicks are Playwright's, and the pages are the emulator's consent page and the CLI's
 * loopback page. The browser is the Chromium inside the @sparticuz/chromium package (npm ci
 * installs it), or CHROMIUM_PATH (e.g. the Chrome on GitHub's macOS and Windows runners).
 */
// The README's screenshots are refreshed on request only (UPDATE_DOCS_IMAGES=1): fonts differ
// between machines, and a test run must leave the clone as it found it.
const IMAGES =
  process.env['UPDATE_DOCS_IMAGES'] === '1'
    ? join(dirname(fileURLToPath(import.meta.url)), '../../../docs/images')
    : mkdtempSync(join(tmpdir(), 'bootstrap-screenshots-'));
const source = chromiumSource();
if (source.kind === 'unavailable') console.warn(`Skipping the browser tests: ${source.reason}.`);

describe.skipIf(source.kind === 'unavailable')('in headless Chromium', () => {
  let browser: Browser;
  const ctx = useEmulator({ beforeEach, afterEach }, { consent: 'page' });
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(IMAGES, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 760, height: 620 } });
  });

  afterEach(async () => {
    await page.close();
  });

  /** Starts the CLI; resolves the authorize URL it prints, and its exit. */
  function startCli(args: string[], stdinFromTest = false) {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env['PATH']!, ...githubEnv(ctx.emu) },
      stdio: [stdinFromTest ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    const url = new Promise<string>((resolve) => {
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
        const match = /(http:\/\/\S+\/oauth2\/authorize\?\S+)/.exec(stderr);
        if (match) resolve(match[1]!);
      });
    });
    const exit = new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) =>
      child.on('exit', (code) => resolve({ code, stderr, stdout })),
    );
    return { child, url, exit };
  }

  it('loopback: consent page → Allow → "Dropbox is connected"; the CLI exits 0 and the secret opens to a working refresh token', async () => {
    const cli = startCli([...(await loopbackToRepo(ctx.emu))]);
    await page.goto(await cli.url);
    await expect(page.locator('#app-name').textContent()).resolves.toBe('Emulated CI Uploader');
    await expect(page.locator('#account').textContent()).resolves.toContain('Ada Lovelace');
    await expect(page.locator('#scopes li').count()).resolves.toBe(5);
    await page.screenshot({ path: join(IMAGES, 'consent.png') });

    await page.click('#allow');
    await page.waitForSelector('#heading');
    expect(await page.locator('#heading').textContent()).toBe('Dropbox is connected');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Linked the Dropbox account Ada Lovelace');
    expect(text).toContain(`the DROPBOX_REFRESH_TOKEN secret of the repository ${ctx.emu.github.repository}`);
    expect(text).toContain('You can close this tab and return to the terminal.');
    await page.screenshot({ path: join(IMAGES, 'loopback-success.png') });

    const { code } = await cli.exit;
    expect(code).toBe(0);
    const stored = ctx.emu.github.secret(ctx.emu.github.repository, 'DROPBOX_REFRESH_TOKEN')!;
    expect(text).not.toContain(stored);
    await expect(
      refreshAccessToken({ clientId: ctx.emu.app.key, refreshToken: stored, apiUrl: ctx.emu.apiUrl }),
    ).resolves.toMatchObject({ tokenType: 'bearer' });
  });

  it('loopback: Deny → the failure page says what happened and what to run; the CLI exits 1 with nothing stored', async () => {
    const cli = startCli([...(await loopbackToRepo(ctx.emu))]);
    await page.goto(await cli.url);
    await page.click('#deny');
    await page.waitForSelector('#heading');
    expect(await page.locator('#heading').textContent()).toBe('Access was declined');
    expect(await page.locator('main').innerText()).toContain('Run dropbox-token-bootstrap again and click Allow.');
    await page.screenshot({ path: join(IMAGES, 'loopback-denied.png') });
    const { code, stderr } = await cli.exit;
    expect(code).toBe(1);
    expect(stderr).toContain('You declined access on the Dropbox page; nothing was stored.');
    expect(ctx.emu.github.secretNames(ctx.emu.github.repository)).toEqual([]);
  });

  it('paste: the code copied from the page’s field and typed into the CLI’s prompt', async () => {
    const cli = startCli([...baseArgs(ctx.emu), '--repo', ctx.emu.github.repository], true);
    await page.goto(await cli.url);
    await page.click('#allow');
    await page.waitForSelector('#code');
    const code = await page.locator('#code').inputValue();
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    cli.child.stdin!.end(`${code}\n`);
    const { code: exitCode, stdout } = await cli.exit;
    expect(exitCode).toBe(0);
    expect(stdout).toContain('DROPBOX_REFRESH_TOKEN  created');
  });

  it('the loopback page is served with a strict CSP, no-store and no external resources', async () => {
    const cli = startCli([...(await loopbackToRepo(ctx.emu))]);
    await page.goto(await cli.url);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/dropbox/callback')),
      page.click('#allow'),
    ]);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await cli.exit;
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
  });
});
