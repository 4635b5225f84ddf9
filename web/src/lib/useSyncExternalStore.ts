/**
 * React's own useSyncExternalStore, in place of the `use-sync-external-store` shim wouter
 * imports (vite.config.ts aliases the shim here): every React Beacon runs (19) has the hook, so
 * the shim's fallback for React 17 need not be downloaded.
 */
export { useSyncExternalStore } from 'react';
