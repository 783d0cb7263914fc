import pg from 'pg';
import type { ReplayStore } from '../replay-store.js';

const TIMEOUT_MS = 5_000;
/** How often rows past their `until` are deleted. */
const PURGE_EVERY_MS = 60_000;

const CREATE = `CREATE TABLE IF NOT EXISTS dropbox_token_broker_replay (
  iss text NOT NULL,
  jti text NOT NULL,
  until timestamptz NOT NULL,
  PRIMARY KEY (iss, jti)
)`;
const CLAIM = `INSERT INTO dropbox_token_broker_replay (iss, jti, until) VALUES ($1, $2, to_timestamp($3))
  ON CONFLICT (iss, jti) DO NOTHING RETURNING jti`;
const PURGE = 'DELETE FROM dropbox_token_broker_replay WHERE until < now()';

/**
 * Postgres: a table keyed on `(iss, jti)` (created if missing), one `INSERT … ON CONFLICT DO
 * NOTHING RETURNING` per claim (a row back: the first claim), and a periodic delete of expired rows
 * (shared/reference/broker-at-scale.md).
 */
export function postgresReplayStore(
  url: string,
  password: string | undefined,
): ReplayStore & { close(): Promise<void> } {
  const pool = new pg.Pool({
    connectionString: url,
    ...(password === undefined ? {} : { password }),
    max: 4,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  pool.on('error', () => {});
  let table: Promise<unknown> | undefined;
  // Made once; a failure is forgotten, so a store that comes back is used again.
  const ensureTable = () => {
    table ??= pool.query(CREATE).catch((error: unknown) => {
      table = undefined;
      throw error;
    });
    return table;
  };
  const purge = setInterval(() => void pool.query(PURGE).catch(() => {}), PURGE_EVERY_MS);
  purge.unref();
  return {
    async claim(iss, jti, until) {
      await ensureTable();
      const { rowCount } = await pool.query(CLAIM, [iss, jti, until]);
      return rowCount === 1;
    },
    close: async () => {
      clearInterval(purge);
      await pool.end();
    },
  };
}

export { PURGE };
