import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Postgres on loopback for a test: its URL, the database behind it, and how to stop both. */
export interface PostgresServer {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

// The package's own version: `@electric-sql/pglite` resolves to its dist/index.cjs.
const pgliteDir = dirname(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
const { version } = JSON.parse(readFileSync(join(pgliteDir, 'package.json'), 'utf8')) as { version: string };
/** A fresh database's data directory, per PGlite version: written once, copied by every later start. */
const FRESH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), `../node_modules/.cache/pglite-${version}.tar.gz`);

/**
 * PGlite, Postgres compiled to WebAssembly, serving Postgres's wire protocol on 127.0.0.1, from an
 * empty database. Making that database (initdb) costs about 3.5 s of CPU: it is done once per
 * machine and PGlite version, and each later start loads a copy of the result (about 1 s).
 */
export async function startPostgres(maxConnections = 16): Promise<PostgresServer> {
  const db = await freshDatabase();
  const port = await freeLoopbackPort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
  await server.start();
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    db,
    stop: () => {
      stopping ??= server.stop().then(() => db.close());
      return stopping;
    },
  };
}

async function freshDatabase(): Promise<PGlite> {
  let saved: Buffer | undefined;
  try {
    saved = readFileSync(FRESH_DATA_DIR);
  } catch {
    // None yet: made below.
  }
  if (saved !== undefined) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([new Uint8Array(saved)]) });
    } catch {
      // Unreadable (a copy from an interrupted run): made again below.
    }
  }
  const db = await PGlite.create();
  const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
  // Written whole, then renamed: a suite starting at the same time reads all of it or none.
  mkdirSync(dirname(FRESH_DATA_DIR), { recursive: true });
  const partial = `${FRESH_DATA_DIR}.${process.pid}`;
  writeFileSync(partial, dump);
  renameSync(partial, FRESH_DATA_DIR);
  return db;
}
