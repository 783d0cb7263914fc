// The broker's floor: a node:http server that only verifies the JWT with jose (the same JWKS, issuer
// and audience) and answers one cached token. What any broker must do at least; the bench's baseline.
import { createServer } from 'node:http';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const { FLOOR_ISSUER: issuer, FLOOR_AUDIENCE: audience, FLOOR_PORT: port } = process.env;
const keys = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks`));
const cached = JSON.stringify({ access_token: `sl.floor${'x'.repeat(130)}`, token_type: 'bearer', expires_in: 14000 });

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    try {
      JSON.parse(body);
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      await jwtVerify(bearer, keys, { issuer, audience, algorithms: ['RS256'] });
      res.writeHead(200, { 'content-type': 'application/json' }).end(cached);
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_token"}');
    }
  });
});
server.maxConnections = 2048;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
