import type { DemoExtension } from './demo-context.js';
import { loadGradingDemo } from '../grading/grading.demo.js';
import { loadBookingDemo } from '../booking/booking.demo.js';
import { loadOutcomeCohortsDemo, loadOutcomeDemo } from '../outcome/outcome.demo.js';

/**
 * Demo data that later domains add on top of the cohorts (submissions and reviews, coaching
 * availability and bookings, credentials), in this order (demo-context.ts says what each is given).
 */
// credentials are issued afterwards by the running application (see server.ts)
export const demoExtensions: DemoExtension[] = [loadOutcomeCohortsDemo, loadGradingDemo, loadBookingDemo, loadOutcomeDemo];
