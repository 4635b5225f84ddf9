#!/usr/bin/env node
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { fileStorageFor } from './grading/grading.module.js';
import { openCliDatabase } from './ops/cli-database.js';
import { backup, discard, restore } from './ops/backup.js';
import { createAdmin, type ResetLinks } from './ops/create-admin.js';
import { PasswordResetService } from './auth/password-reset.service.js';
import { workerHealth } from './health/heartbeat.js';

const USAGE = `Usage: beacon <command> [options]   (configured by the same environment as Beacon itself)

  create-admin --email E --name N   make (or find) the account E an admin and print a one-time link to set its password
                                    (emailed to E too when SMTP_URL is set); safe to run again
  backup --out DIR                  write a consistent backup (database rows and uploaded files) into the new folder DIR
  restore --from DIR                restore a backup into an empty installation (same Beacon version, same BEACON_CREDENTIAL_SECRET)
  health --worker                   exit 0 when a worker of this host beat within the last minute (container health checks)
`;

const log = (m: string) => process.stderr.write(`${m}\n`);

/** The password-reset links of the accounts module (the same flow as "forgot password"). */
const resetLinks = (config: AppConfig): ResetLinks => new PasswordResetService(config);

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      log(e.message);
      return 2;
    }
    throw e;
  }
  switch (command) {
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' } } });
      if (!values.email || !values.name) {
        log('create-admin needs --email and --name, e.g. beacon create-admin --email ada@example.org --name "Ada Lovelace"');
        return 2;
      }
      const { db, close } = await openCliDatabase(config, log);
      try {
        const admin = await createAdmin(db, config, resetLinks(config), { email: values.email, name: values.name });
        process.stdout.write(
          [
            admin.created
              ? `Created the admin account ${values.email.toLowerCase()}.`
              : `${values.email.toLowerCase()} exists; it holds the ADMIN role.`,
            `Set its password with this one-time link (valid until ${admin.expiresAt.toISOString()}):`,
            '',
            `  ${admin.link}`,
            '',
            admin.emailed
              ? 'The link was emailed too.'
              : config.SMTP_URL
                ? 'The email could not be sent (see the outbox); use the link above.'
                : '',
          ]
            .filter((l, i, all) => l || i < all.length - 1)
            .join('\n') + '\n',
        );
      } finally {
        await close();
      }
      return 0;
    }
    case 'backup': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      if (!values.out) {
        log('backup needs --out DIR (a new folder), e.g. beacon backup --out backups/2026-12-02');
        return 2;
      }
      const out = resolve(values.out);
      const { url, close } = await openCliDatabase(config, log);
      try {
        log(`backing up to ${out}`);
        const m = await backup({ databaseUrl: url, storage: fileStorageFor(config), out, log }).catch(async (e) => {
          if (!/already holds a backup/.test((e as Error).message)) await discard(out);
          throw e;
        });
        process.stdout.write(
          `Backup written to ${out}: ${m.tables.reduce((n, t) => n + t.rows, 0)} rows in ${m.tables.length} tables, ${m.files.length} files.\n`,
        );
      } finally {
        await close();
      }
      return 0;
    }
    case 'restore': {
      const { values } = parseArgs({ args: rest, options: { from: { type: 'string' } } });
      if (!values.from) {
        log('restore needs --from DIR (a folder written by beacon backup)');
        return 2;
      }
      const { db, close } = await openCliDatabase(config, log);
      try {
        const m = await restore({ db, storage: fileStorageFor(config), from: resolve(values.from), log });
        process.stdout.write(
          `Restored ${m.tables.reduce((n, t) => n + t.rows, 0)} rows and ${m.files.length} files from the backup of ${m.createdAt}. Start Beacon as usual.\n`,
        );
      } finally {
        await close();
      }
      return 0;
    }
    case 'health': {
      const { values } = parseArgs({ args: rest, options: { worker: { type: 'boolean' } } });
      if (!values.worker) {
        log('health needs --worker (the API answers GET /health itself)');
        return 2;
      }
      const r = await workerHealth(config);
      process.stdout.write(`${r.message}\n`);
      return r.ok ? 0 : 1;
    }
    default:
      log(`unknown command: ${command}\n`);
      process.stderr.write(USAGE);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    log(`beacon: ${e.message}`);
    process.exit(1);
  },
);
