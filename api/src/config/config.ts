import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  BEACON_DATA_DIR: z.string().min(1).default('.data'),
  BEACON_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  BEACON_QUEUE_PREFIX: z.string().regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only').default('beacon'),
  /** workers: how soon a job whose worker died is taken up again (BullMQ lock duration and stalled-job check), and how often lost work is re-queued */
  BEACON_QUEUE_STALLED_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  BEACON_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  BEACON_DEMO_DATA: bool.optional(),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// URL').optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** encrypts the issuer's private signing keys at rest */
  BEACON_CREDENTIAL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  BEACON_ISSUER_NAME: z.string().min(2).max(200).default('Outside-In Certification Board'),
});

export type AppConfig = Omit<z.infer<typeof schema>, 'LOG_LEVEL'> & {
  /** default: warn in embedded mode (a quiet terminal for newcomers), info on services */
  LOG_LEVEL: string;
  /** embedded mode: no DATABASE_URL given, so we start our own PostgreSQL */
  embedded: boolean;
  /** whether demo data is loaded into an empty database */
  demoData: boolean;
  queueBackend: 'redis' | 'postgres';
  publicUrl: string;
  credentialSecret: string;
};

export class ConfigError extends Error {}

/** Parses and validates the environment; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.BEACON_CREDENTIAL_SECRET) {
    throw new ConfigError('Invalid configuration:\n  BEACON_CREDENTIAL_SECRET: required in production (it encrypts the credential signing keys)');
  }
  const embedded = !c.DATABASE_URL;
  return {
    ...c,
    LOG_LEVEL: c.LOG_LEVEL ?? (embedded ? 'warn' : 'info'),
    embedded,
    demoData: c.BEACON_DEMO_DATA ?? embedded,
    queueBackend: c.REDIS_URL ? 'redis' : 'postgres',
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    // development and embedded runs get a fixed secret so `npm start` needs no setup
    credentialSecret: c.BEACON_CREDENTIAL_SECRET ?? 'beacon-development-credential-secret',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
