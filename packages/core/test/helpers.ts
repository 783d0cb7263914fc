import type { Emulator } from '@dropbox-token/emulator';
import { answerConsent, useEmulator as useEmulatorWith } from '@dropbox-token/emulator/testing';
import { afterEach, beforeEach } from 'vitest';
import type { RetryTestHooks } from '../src/options.js';

export const REDIRECT_URI = 'http://127.0.0.1:53682/callback';

/** A fresh emulator per test, closed afterwards. */
export function useEmulator(): { readonly emu: Emulator } {
  return useEmulatorWith({ beforeEach, afterEach });
}

/** Follows the emulator's consent redirect and returns its query (`code` and `state`, or `error`). */
export async function authorize(url: URL, consent: 'approve' | 'deny' = 'approve'): Promise<URLSearchParams> {
  return (await answerConsent(url, consent)).searchParams;
}

/** A refresh token as if the user had authorized already: PKCE-issued, or minted with the app secret. */
export function mintRefreshToken(emu: Emulator, kind: 'pkce' | 'secret', scopes?: string[]): string {
  return emu.dropbox.issueRefreshToken({ confidential: kind === 'secret', ...(scopes ? { scopes } : {}) });
}

/** Retry settings that take no real time. */
export const instantRetry: RetryTestHooks = { sleep: async () => {}, random: () => 0.5, baseDelayMs: 100 };
