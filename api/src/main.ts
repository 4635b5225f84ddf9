import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { createRootLogger } from './common/logger.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data.js';
import { startBeacon } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const logger = createRootLogger(config.LOG_LEVEL);
  const beacon = await startBeacon(config, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    const force = setTimeout(() => process.exit(1), 20_000).unref();
    await beacon.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.BEACON_ROLE === 'worker') {
    logger.info(`Beacon worker running (queue on ${config.queueBackend})`);
    return;
  }
  const lines = [
    '',
    `  Beacon is running at ${config.PUBLIC_URL ?? beacon.url}`,
    `  role: ${config.BEACON_ROLE}   database: ${config.embedded ? `embedded PostgreSQL (${config.BEACON_DATA_DIR})` : 'DATABASE_URL'}   queue: BullMQ on ${config.queueBackend}`,
  ];
  if (config.demoData) {
    lines.push('', `  Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(30)} ${u.roles.map(([r]) => r).join(', ')}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  console.error(`Beacon could not start: ${(e as Error).message}`);
  process.exit(1);
});
