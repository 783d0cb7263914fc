import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '@dropbox-token/emulator/testing';
import type { PGlite } from '@electric-sql/pglite';

/** Postgres on loopback for a test: its URL, the database behind it, and how to stop both. */
export interface PostgresServer {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * PGlite, Postgres compiled to WebAssembly, serving Postgres's wire protocol on 127.0.0.1, from an
 * empty database. Making that database (initdb) costs about 3.5 s of CPU: it is done once per
 * machine and PGlite version, and each later start loads a copy of the result (about 1 s).
 * PGlite loads only here, not with the other runtimes.
 */
export async function startPostgres(maxConnections = 16): Promise<PostgresServer> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
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

/** Where a fresh database's data directory is kept, per PGlite version (its package resolves to dist/index.cjs). */
function freshDataDirFile(): string {
  const pgliteDir = dirname(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  const { version } = JSON.parse(readFileSync(join(pgliteDir, 'package.json'), 'utf8')) as { version: string };
  return join(dirname(fileURLToPath(import.meta.url)), `../node_modules/.cache/pglite-${version}.tar.gz`);
}

async function freshDatabase(): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const file = freshDataDirFile();
  let saved: Buffer | undefined;
  try {
    saved = readFileSync(file);
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
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, dump);
  renameSync(partial, file);
  return db;
}
