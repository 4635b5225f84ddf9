import type { DemoExtensionContext } from '../demo/demo-extensions.js';

/** Demo data of the booking domain, loaded after the demo cohorts. */
export async function loadBookingDemo(_ctx: DemoExtensionContext): Promise<void> {}
