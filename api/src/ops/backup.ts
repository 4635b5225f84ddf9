import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { FileStorage } from '../grading/storage/file-storage.js';

/**
 * Beacon's own backup format, the same in the embedded and the services mode, needing no
 * PostgreSQL client programs (whose version must match the server's):
 *
 *   <dir>/manifest.json       what is in it: the migrations of the schema, tables and row counts, sequences, files
 *   <dir>/tables/<t>.ndjson.gz one JSON object per row, read in one REPEATABLE READ snapshot
 *   <dir>/files/<storage key>  the bytes of every uploaded file the snapshot refers to
 *
 * The database is read in one transaction, so the rows are consistent with each other, and the
 * files are those the rows refer to (read after the snapshot: uploads are never changed in place).
 * Restore needs the same Beacon version (the same migrations) and an empty installation.
 */

export const BACKUP_FORMAT = 1;

export interface BackupManifest {
  format: number;
  createdAt: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: string; isCalled: boolean }[];
  files: { key: string; bytes: number; contentType: string }[];
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
const BATCH = 500;

/** Tables of the `public` schema (TypeORM's migration list apart). */
async function tablesOf(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
      GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows;
}

export async function backup(opts: {
  databaseUrl: string;
  storage: FileStorage;
  out: string;
  log?: (m: string) => void;
}): Promise<BackupManifest> {
  const log = opts.log ?? (() => undefined);
  await mkdir(join(opts.out, 'tables'), { recursive: true });
  if ((await readdir(opts.out)).some((f) => f === 'manifest.json')) throw new Error(`${opts.out} already holds a backup`);
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    migrations: [],
    tables: [],
    sequences: [],
    files: [],
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    manifest.migrations = (await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name);
    for (const table of await tablesOf(client)) {
      let rows = 0;
      const gzip = createGzip();
      const done = pipeline(gzip, createWriteStream(join(opts.out, 'tables', `${table.name}.ndjson.gz`)));
      await client.query(
        `DECLARE rows_of NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM (SELECT ${table.columns.map(q).join(', ')} FROM ${q(table.name)}) t`,
      );
      for (;;) {
        const batch = await client.query<{ j: string }>(`FETCH ${BATCH} FROM rows_of`);
        if (batch.rows.length === 0) break;
        rows += batch.rows.length;
        if (!gzip.write(batch.rows.map((r) => r.j).join('\n') + '\n')) await new Promise((r) => gzip.once('drain', r));
      }
      await client.query('CLOSE rows_of');
      gzip.end();
      await done;
      manifest.tables.push({ ...table, rows });
      log(`  ${table.name}: ${rows} rows`);
    }
    const seqs = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
    );
    for (const { name } of seqs.rows) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${q(name)}`);
      manifest.sequences.push({ name, value: rows[0].last_value, isCalled: rows[0].is_called });
    }
    manifest.files = (
      await client.query<{ key: string; bytes: number; contentType: string }>(
        `SELECT storage_key AS key, size_bytes::int AS bytes, content_type AS "contentType" FROM submission_file ORDER BY storage_key`,
      )
    ).rows;
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  for (const f of manifest.files) {
    const path = join(opts.out, 'files', f.key);
    await mkdir(join(path, '..'), { recursive: true });
    await pipeline(await opts.storage.open(f.key), createWriteStream(path));
  }
  log(`  files: ${manifest.files.length}`);
  await writeFile(join(opts.out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/**
 * Restores a backup into an empty installation whose schema is migrated to the same version:
 * every table's rows (triggers and foreign-key checks off while loading, as the rows are a
 * consistent snapshot already), sequences, then the files into the configured storage.
 */
export async function restore(opts: {
  db: DataSource;
  storage: FileStorage;
  from: string;
  log?: (m: string) => void;
}): Promise<BackupManifest> {
  const log = opts.log ?? (() => undefined);
  const manifest = JSON.parse(await readFile(join(opts.from, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT)
    throw new Error(`${opts.from}: backup format ${manifest.format}, this Beacon reads format ${BACKUP_FORMAT}`);
  const here: string[] = (await opts.db.query(`SELECT name FROM migrations ORDER BY id`)).map((r: { name: string }) => r.name);
  if (here.join() !== manifest.migrations.join()) {
    const missing = manifest.migrations.filter((m) => !here.includes(m));
    throw new Error(
      missing.length
        ? `the backup was made by a newer Beacon (its migrations ${missing.join(', ')} are unknown here): restore with that version`
        : 'the backup was made by an older Beacon: restore it with that version, then start this one to upgrade',
    );
  }
  const [{ n }] = await opts.db.query(`SELECT count(*)::int AS n FROM "user"`);
  if (n > 0)
    throw new Error(`the database already has ${n} users: restore into an empty installation (a new database, or a new BEACON_DATA_DIR)`);

  await opts.db.transaction(async (tx) => {
    await tx.query(`SET LOCAL session_replication_role = replica`);
    const present = new Set(
      (
        await tx.query(
          `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r','p')`,
        )
      ).map((r: { relname: string }) => r.relname),
    );
    const tables = manifest.tables.filter((t) => present.has(t.name));
    // rows a migration may have written (reference data) make way for the backup's
    if (tables.length) await tx.query(`TRUNCATE ${tables.map((t) => q(t.name)).join(', ')}`);
    for (const table of tables) {
      const cols = table.columns.map(q).join(', ');
      const lines = createInterface({
        input: createReadStream(join(opts.from, 'tables', `${table.name}.ndjson.gz`)).pipe(createGunzip()),
        crlfDelay: Infinity,
      });
      let batch: string[] = [];
      let rows = 0;
      const flush = async () => {
        if (!batch.length) return;
        await tx.query(
          `INSERT INTO ${q(table.name)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${q(table.name)}, $1::json)`,
          [`[${batch.join(',')}]`],
        );
        rows += batch.length;
        batch = [];
      };
      for await (const line of lines) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (rows !== table.rows) throw new Error(`${table.name}: the backup lists ${table.rows} rows but holds ${rows}`);
      log(`  ${table.name}: ${rows} rows`);
    }
    for (const s of manifest.sequences) await tx.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [q(s.name), s.value, s.isCalled]);
  });

  // storage takes (moves) the file it is given: it gets a copy, the backup stays whole
  const staging = await mkdtemp(join(tmpdir(), 'beacon-restore-'));
  try {
    for (const [i, f] of manifest.files.entries()) {
      const copy = join(staging, String(i));
      await copyFile(join(opts.from, 'files', f.key), copy);
      await opts.storage.put(f.key, copy, { contentType: f.contentType, sizeBytes: (await stat(copy)).size });
      await rm(copy, { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`  files: ${manifest.files.length}`);
  return manifest;
}

/** Removes a half-written backup folder (a failed `backup`). */
export async function discard(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
