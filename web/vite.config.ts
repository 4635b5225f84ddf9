import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const api = process.env.BEACON_API_URL ?? 'http://localhost:3000';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest|xml|ico|wasm)$/;

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file of the build (at the highest
 * levels: it is done once, at build time), so the API sends the variant a browser accepts without
 * compressing anything per request. Source maps are left alone (only developer tools fetch them).
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'beacon-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = join(dir, f);
          return statSync(p).isDirectory() ? walk(p) : [p];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 512) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

// In development the API runs on its own port; the app talks to it through this proxy so that
// the session cookie stays same-origin, exactly as when the API serves the built app.
export default defineConfig({
  plugins: [react(), precompress()],
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
    rollupOptions: {
      output: {
        // each language's catalogue files are chunks named after their language ("i18n-fr-grading-….js"):
        // a page downloads only the files of the language it is shown in
        chunkFileNames: (chunk) => {
          const lang = /\/i18n\/catalogues\/([a-z]{2})\//.exec(chunk.facadeModuleId ?? '')?.[1];
          return lang ? `assets/i18n-${lang}-[name]-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
