import type { DemoExtensionContext } from '../demo/demo-extensions.js';

/** Demo data of the credential domain, loaded after the demo cohorts. */
export async function loadCredentialDemo(_ctx: DemoExtensionContext): Promise<void> {}
