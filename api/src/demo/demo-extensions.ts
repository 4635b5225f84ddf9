import type { EntityManager } from 'typeorm';
import { loadGradingDemo } from '../grading/grading.demo.js';
import { loadBookingDemo } from '../booking/booking.demo.js';
import { loadOutcomeCohortsDemo, loadOutcomeDemo } from '../outcome/outcome.demo.js';

/**
 * Demo data that later domains add on top of the cohorts (submissions and reviews, coaching
 * availability and bookings, credentials). Each runs inside the demo's transaction, after the
 * cohorts exist; `users` maps demo emails to user ids.
 */
export interface DemoExtensionContext {
  tx: EntityManager;
  users: Map<string, string>;
  partners: Map<string, string>;
  now: Date;
}

export type DemoExtension = (ctx: DemoExtensionContext) => Promise<void>;

// credentials are issued afterwards by the running application (see server.ts)
export const demoExtensions: DemoExtension[] = [loadOutcomeCohortsDemo, loadGradingDemo, loadBookingDemo, loadOutcomeDemo];
