// Mints a refresh token through a running emulator (its `--json` details file as argument) and
// prints step outputs: app-key, api-url, refresh-token. For the end-to-end workflow only.
import { readFileSync } from 'node:fs';
import { buildAuthorizeUrl, createPkcePair, exchangeCode } from '@dropbox-token/core';

const details = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pkce = await createPkcePair();
const redirectUri = details.app.redirectUris[0];
const url = buildAuthorizeUrl({ clientId: details.app.key, redirectUri, codeChallenge: pkce.challenge, authorizeUrl: details.authorizeUrl });
const location = (await fetch(url, { redirect: 'manual' })).headers.get('location');
const code = new URL(location).searchParams.get('code');
const tokens = await exchangeCode({ clientId: details.app.key, code, codeVerifier: pkce.verifier, redirectUri, apiUrl: details.apiUrl });
console.error(`::add-mask::${tokens.refreshToken}`);
console.log(`app-key=${details.app.key}`);
console.log(`api-url=${details.apiUrl}`);
console.log(`refresh-token=${tokens.refreshToken}`);
