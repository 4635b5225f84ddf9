import { resolve } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { openDatabase } from '../database/data-source.js';
import { embeddedUrl, startEmbeddedPostgres } from '../embedded/embedded-postgres.js';
import { withStartupLock } from '../server.js';

export interface CliDatabase {
  url: string;
  db: DataSource;
  close: () => Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/**
 * The database of the configured installation, for an operator's command: DATABASE_URL, or in
 * the embedded mode the embedded server of BEACON_DATA_DIR (the running one when Beacon is up,
 * otherwise started for the command and stopped after it). Migrated, under the start-up lock.
 */
export async function openCliDatabase(config: AppConfig, log: (m: string) => void): Promise<CliDatabase> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    url = embeddedUrl(config.BEACON_PG_PORT);
    if (!(await answers(url))) {
      const dataDir = resolve(config.BEACON_DATA_DIR);
      log(`starting the embedded PostgreSQL in ${dataDir}`);
      const embedded = await startEmbeddedPostgres({ dataDir, port: config.BEACON_PG_PORT, log: () => undefined });
      stopEmbedded = embedded.stop;
      url = embedded.url;
    }
  }
  try {
    const db = await withStartupLock(url, () => openDatabase(url!));
    return {
      url,
      db,
      close: async () => {
        await db.destroy();
        await stopEmbedded?.();
      },
    };
  } catch (e) {
    await stopEmbedded?.();
    throw e;
  }
}
