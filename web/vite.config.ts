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
    sourcemap: true,
  },
});
