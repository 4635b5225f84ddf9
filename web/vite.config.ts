import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.BEACON_API_URL ?? 'http://localhost:3000';

// In development the API runs on its own port; the app talks to it through this proxy so that
// the session cookie stays same-origin, exactly as when the API serves the built app.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/calendar': api,
      '/credentials': api,
    },
  },
  build: {
    outDir: 'dist',
    // no source maps unless asked for (BEACON_WEB_SOURCEMAPS=true, for debugging a build): the
    // built app is what production serves, and the API never serves a .map file in production
    sourcemap: process.env.BEACON_WEB_SOURCEMAPS === 'true',
  },
});
