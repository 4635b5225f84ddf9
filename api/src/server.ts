import 'reflect-metadata';
import { ValidationPipe, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { openDatabase } from './database/data-source.js';
import { isEmpty, loadDemoData } from './demo/demo-data.js';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.js';
import { createRootLogger, PinoNestLogger } from './common/logger.js';
import { issueDemoCredentials } from './credential/credential.demo.js';
import { countQueriesPerRequest, queryCountingEnabled } from './common/query-counter.js';
import { refuseCrossSiteRequests } from './common/csrf.js';
import { securityHeaderExceptions, securityHeaders } from './common/security-headers.js';

export interface RunningBeacon {
  url: string;
  databaseUrl: string;
  db: DataSource;
  app: INestApplicationContext;
  /** the Fastify app of the api role, for in-process requests in tests */
  http?: NestFastifyApplication;
  demoLoaded: boolean;
  stop: () => Promise<void>;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Starts Beacon in the configured role: database (embedded or given), migrations, demo data, API and/or workers. */
export async function startBeacon(config: AppConfig, logger: Logger = createRootLogger(config.LOG_LEVEL)): Promise<RunningBeacon> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e: Error) => logger.warn({ err: e }, 'while stopping'));
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const dataDir = resolve(config.BEACON_DATA_DIR);
      logger.info(`starting embedded PostgreSQL in ${dataDir}`);
      const embedded = await startEmbeddedPostgres({
        dataDir,
        port: config.BEACON_PG_PORT,
        log: (m) => logger.info({ context: 'embedded-postgres' }, m),
      });
      stops.push(embedded.stop);
      databaseUrl = embedded.url;
    }
    let demoLoaded = false;
    // migrations, the empty-database check and the demo load run under one lock: of N processes
    // starting at once on an empty database exactly one loads the demo, the others then see it
    const db = await withStartupLock(databaseUrl, async () => {
      const opened = await openDatabase(databaseUrl!);
      try {
        if (config.demoData && config.BEACON_ROLE !== 'worker' && (await isEmpty(opened))) {
          await loadDemoData(opened);
          demoLoaded = true;
          logger.info('demo data loaded');
        }
      } catch (e) {
        await opened.destroy();
        throw e;
      }
      return opened;
    });
    stops.push(() => db.destroy());

    const deps = { config, db, databaseUrl, logger };
    const nestLogger = new PinoNestLogger(logger);
    if (config.BEACON_ROLE === 'worker') {
      const ctx = await NestFactory.createApplicationContext(AppModule.register(deps), { logger: nestLogger });
      stops.push(() => ctx.close());
      return { url: '', databaseUrl, db, app: ctx, demoLoaded, stop };
    }

    // X-Forwarded-For is believed only from the configured proxies: anyone else could name any address
    const trustProxy = config.BEACON_TRUSTED_PROXIES ? config.BEACON_TRUSTED_PROXIES.split(',').map((p) => p.trim()) : false;
    const adapter = new FastifyAdapter({ loggerInstance: logger, trustProxy, bodyLimit: 2 * 1024 * 1024 });
    if (queryCountingEnabled()) countQueriesPerRequest(adapter.getInstance());
    // before any route exists: these hooks see every route Nest and Mercurius add
    securityHeaderExceptions(adapter.getInstance());
    refuseCrossSiteRequests(adapter.getInstance(), { publicUrl: config.PUBLIC_URL });
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(deps), adapter, { logger: nestLogger });
    stops.push(() => app.close());
    app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }));
    await app.register(fastifyHelmet, securityHeaders(config));
    await app.register(fastifyCookie);

    const webDist = config.WEB_DIST_DIR ?? defaultWebDist;
    if (existsSync(resolve(webDist, 'index.html'))) {
      const fastify = app.getHttpAdapter().getInstance();
      // loaded only when there is a web app to serve (it is CommonJS requiring ESM, which Jest cannot load)
      const { default: fastifyStatic } = await import('@fastify/static');
      // production serves no source maps (a production build emits none, and one left in dist/ stays unserved)
      const production = config.NODE_ENV === 'production';
      const isSourceMap = (path: string) => production && /\.map$/i.test(path.split('?')[0]);
      await app.register(fastifyStatic, { ...staticOptions(webDist), allowedPath: (path: string) => !isSourceMap(path) });
      // every other GET is a route of the single-page app (but a missing hashed asset or a map is a 404, not the page)
      fastify.get('/*', (req, reply) =>
        req.url.startsWith('/assets/') || isSourceMap(req.url) ? reply.callNotFound() : reply.sendFile('index.html'),
      );
    } else {
      logger.info(`web app not built (${webDist}); serving the API only`);
    }
    await app.listen(config.PORT, config.HOST);
    if (demoLoaded) {
      const issued = await issueDemoCredentials(app).catch((e: Error) => {
        logger.warn({ err: e }, 'demo credentials could not be issued');
        return 0;
      });
      logger.info(`demo credentials issued: ${issued}`);
    }
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    return { url: `http://localhost:${port}`, databaseUrl, db, app, http: app, demoLoaded, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The built web app: the brotli or gzip file written at build time when the browser accepts it;
 * hashed assets (`/assets/name-<hash>.js`) cached for a year, everything else (index.html) revalidated.
 */
export function staticOptions(root: string) {
  return {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: { header: (name: string, value: string) => unknown }, path: string) => {
      const hashed = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.(br|gz))?$/.test(path);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  };
}

/**
 * Several processes (api, worker) may start at once on one database: every start-up step that
 * writes (migrations, the empty-database check and demo load) runs while holding one advisory
 * lock, so they run one process at a time.
 */
export async function withStartupLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(726533)');
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock(726533)').catch(() => undefined);
    await client.end();
  }
}
