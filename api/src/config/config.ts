import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

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
  BEACON_QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only')
    .default('beacon'),
  /** workers: how soon a job whose worker died is taken up again (BullMQ lock duration and stalled-job check), and how often lost work is re-queued */
  BEACON_QUEUE_STALLED_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  /** workers: how often the outbox is swept for messages whose delivery job was lost (a crash between commit and queueing) */
  BEACON_OUTBOX_SWEEP_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  BEACON_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  BEACON_DEMO_DATA: bool.optional(),
  /** the address users and verifiers reach Beacon at: links in emails, and the URLs signed into credentials */
  PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** a session unused this long ends, whatever its lifetime */
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
  /** proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDRs; none by default */
  BEACON_TRUSTED_PROXIES: z
    .string()
    .regex(/^[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*$/, 'comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// URL')
    .optional(),
  WEB_DIST_DIR: z.string().optional(),
  /** encrypts the issuer's private signing keys at rest */
  BEACON_CREDENTIAL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  BEACON_ISSUER_NAME: z.string().min(2).max(200).default('Outside-In Certification Board'),
  /** when set, uploaded files go to this S3 bucket instead of <BEACON_DATA_DIR>/files */
  BEACON_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 lower-case letters, digits, dots and hyphens)')
    .optional(),
  /** an S3-compatible service (MinIO, R2, …); AWS S3 when absent */
  BEACON_S3_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/[^\s/]+/, 'must be an http:// or https:// URL')
    .optional(),
  BEACON_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and - only')
    .default('us-east-1'),
  BEACON_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  BEACON_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** bucket in the path (http://host/bucket/key) rather than the host name, as MinIO and most self-hosted services need; default: true with an endpoint */
  BEACON_S3_FORCE_PATH_STYLE: bool.optional(),
  /** how much a user's uploaded files may take up together, in MB */
  BEACON_UPLOAD_QUOTA_MB: z.coerce.number().int().min(1).max(1_000_000).default(200),
  BEACON_S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9!_.*'()\/-]{1,200}$/, "letters, digits, / and !-_.*'() only, at most 200")
    .optional(),
});

const S3_SETTINGS = [
  'BEACON_S3_ENDPOINT',
  'BEACON_S3_REGION',
  'BEACON_S3_ACCESS_KEY_ID',
  'BEACON_S3_SECRET_ACCESS_KEY',
  'BEACON_S3_FORCE_PATH_STYLE',
  'BEACON_S3_PREFIX',
] as const;

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
  if (c.NODE_ENV === 'production') {
    // without them production would run on development stand-ins: a published secret, and credentials signed for localhost
    const missing = [
      !c.BEACON_CREDENTIAL_SECRET && '  BEACON_CREDENTIAL_SECRET: required in production (it encrypts the credential signing keys)',
      !c.PUBLIC_URL &&
        '  PUBLIC_URL: required in production (credentials are signed with their URLs under it, and emails link to it), e.g. https://beacon.example.org',
    ].filter(Boolean);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.join('\n')}`);
  }
  if (!c.BEACON_S3_BUCKET) {
    const stray = S3_SETTINGS.find((name) => cleaned[name] !== undefined);
    if (stray)
      throw new ConfigError(
        `Invalid configuration:\n  BEACON_S3_BUCKET: required when ${stray} is set (files are kept in S3 only with a bucket)`,
      );
  }
  if (!c.BEACON_S3_ACCESS_KEY_ID !== !c.BEACON_S3_SECRET_ACCESS_KEY) {
    const [given, missing] = c.BEACON_S3_ACCESS_KEY_ID
      ? ['BEACON_S3_ACCESS_KEY_ID', 'BEACON_S3_SECRET_ACCESS_KEY']
      : ['BEACON_S3_SECRET_ACCESS_KEY', 'BEACON_S3_ACCESS_KEY_ID'];
    throw new ConfigError(
      `Invalid configuration:\n  ${missing}: required with ${given} (give both, or neither for the SDK's default credentials)`,
    );
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
