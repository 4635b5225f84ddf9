import type { EntityManager } from 'typeorm';

/**
 * What a domain's demo data (`<domain>.demo.ts`) is given when it runs inside the demo's
 * transaction, after the cohorts exist; `users` maps demo emails to user ids. Its own file, so
 * that the domains' demos and the list of them (demo-extensions.ts) do not import each other.
 */
export interface DemoExtensionContext {
  tx: EntityManager;
  users: Map<string, string>;
  partners: Map<string, string>;
  now: Date;
}

export type DemoExtension = (ctx: DemoExtensionContext) => Promise<void>;
