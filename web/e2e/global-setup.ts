import type { Config } from '@jest/types';
import { startServer, type RunningServer } from './support/server';

declare global {
  // read back by global-teardown.ts (same process)
  var __BEACON_E2E__: RunningServer | undefined;
}

// Jest loads this file as CommonJS (before the ESM test files), hence the extensionless import.
export default async function globalSetup(_global: unknown, project: Config.ProjectConfig): Promise<void> {
  const server = await startServer(project.rootDir);
  globalThis.__BEACON_E2E__ = server;
  // test files read these from the environment (set before they load)
  process.env.BEACON_E2E_URL = server.baseUrl;
  process.env.BEACON_E2E_ARTIFACTS = server.artifactsDir;
  process.env.BEACON_E2E_DATABASE_URL = server.databaseUrl;
  process.env.BEACON_E2E_REDIS_URL = server.redisUrl;
  process.env.BEACON_E2E_QUEUE_PREFIX = server.queuePrefix;
}
