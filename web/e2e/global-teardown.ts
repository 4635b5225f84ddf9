import { stopServer } from './support/server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__BEACON_E2E__;
  if (server) await stopServer(server);
}
