import type { DemoExtensionContext } from '../demo/demo-extensions.js';

/** Demo data of the grading domain, loaded after the demo cohorts. */
export async function loadGradingDemo(_ctx: DemoExtensionContext): Promise<void> {}
