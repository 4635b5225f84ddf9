import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import { transformWithTs } from '@formatjs/ts-transformer';
import type { DocumentNode } from 'graphql';
import ts from 'typescript';
import { operationName, print } from './src/lib/printDocument';

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
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

const GENERATED = resolve(dirname(fileURLToPath(import.meta.url)), 'src/gql/graphql.ts');
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;

/**
 * Each generated GraphQL document (src/gql/graphql.ts holds them all, one per line) as a module of
 * its own: `import { MeDocument } from '../gql/graphql'` becomes an import of a virtual module
 * holding only MeDocument. A module always goes whole into one chunk, so without this every
 * document any page uses would travel in one chunk shared by all pages; with it each page's chunk
 * carries just the documents it sends. Type imports are left alone (they vanish in the build).
 *
 * A module that sends its operations with lib/graphqlRequest (the login and public credential
 * pages, which open without Apollo) gets each document printed here instead, as
 * `{ operationName, query }`: those pages then download no GraphQL printer (graphql's printer and
 * visitor, ~5 kB gzip) and no syntax tree.
 */
function documentModules(): Plugin {
  const PREFIX = 'virtual:beacon-gql/';
  const PRINTED = 'virtual:beacon-gql-printed/';
  let documents = new Map<string, string>();
  const read = () => {
    documents = new Map([...readFileSync(GENERATED, 'utf8').matchAll(DOCUMENT)].map((m) => [m[1], m[2]]));
  };
  return {
    name: 'beacon-gql-documents',
    enforce: 'pre',
    buildStart() {
      read();
      this.addWatchFile(GENERATED);
    },
    watchChange(id) {
      if (id === GENERATED) read();
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.startsWith(dirname(GENERATED))) return null;
      const printed = /from\s*['"][^'"]*\/graphqlRequest['"]/.test(code);
      if (printed && /from\s*['"]@apollo\/client(?:\/react)?['"]/.test(code))
        this.error(`${id} sends with lib/graphqlRequest and Apollo: its documents cannot be both printed and syntax trees`);
      let changed = false;
      const next = code.replace(
        /import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]*\/gql\/graphql)\2;?/g,
        (all, list: string, quote: string, from: string) => {
          const names = list
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean);
          const split = names.filter((n) => documents.has(n));
          if (split.length === 0) return all;
          changed = true;
          const rest = names.filter((n) => !documents.has(n));
          return [
            ...split.map((n) => `import { ${n} } from ${quote}${printed ? PRINTED : PREFIX}${n}${quote};`),
            rest.length ? `import { ${rest.join(', ')} } from ${quote}${from}${quote};` : '',
          ].join(' ');
        },
      );
      return changed ? { code: next, map: null } : null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) || id.startsWith(PRINTED) ? `\0${id}` : null;
    },
    load(id) {
      const prefix = [PREFIX, PRINTED].find((p) => id.startsWith(`\0${p}`));
      if (!prefix) return null;
      const name = id.slice(prefix.length + 1);
      const document = documents.get(name);
      if (!document) throw new Error(`${name} is not in src/gql/graphql.ts (run npm run codegen -w web)`);
      if (prefix === PREFIX) return `export const ${name} = ${document};`;
      const tree = JSON.parse(document) as DocumentNode;
      return `export const ${name} = ${JSON.stringify({ operationName: operationName(tree), query: print(tree) })};`;
    },
  };
}

/**
 * Every message compiled at build time, so the browser never parses one (and never downloads
 * the ICU message parser, ~9 kB gzip on every page): the code's English defaults
 * (`defaultMessage` of FormattedMessage, formatMessage, defineMessages) become the syntax trees
 * react-intl formats (formatjs' own transformer, whitespace kept as written), and so do the
 * values of each language's catalogue files. The parser is then replaced by formatjs' parser-less
 * build (resolve.alias below), which throws on a message left as text: none is.
 */
function compiledMessages(): Plugin {
  const formatjs = transformWithTs(ts, { ast: true, preserveWhitespace: true });
  return {
    name: 'beacon-compiled-messages',
    enforce: 'pre',
    transform(code, id) {
      if (/\/i18n\/catalogues\/[a-z]{2}\/[^/]+\.json$/.test(id)) {
        const messages = JSON.parse(code) as Record<string, string>;
        return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, parseMessage(v)]))), map: null };
      }
      if (!/\/src\/.*\.tsx?$/.test(id) || !code.includes('defaultMessage')) return null;
      const out = ts.transpileModule(code, {
        fileName: id,
        compilerOptions: {
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          jsx: ts.JsxEmit.Preserve,
          verbatimModuleSyntax: true,
          sourceMap: true,
        },
        transformers: { before: [formatjs] },
      });
      return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText ?? null };
    },
  };
}

// In development the API runs on its own port; the app talks to it through this proxy so that
// the session cookie stays same-origin, exactly as when the API serves the built app.
export default defineConfig({
  plugins: [documentModules(), compiledMessages(), react(), precompress()],
  resolve: {
    // messages are compiled at build time (compiledMessages above): no parser in the browser
    alias: {
      '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
      // wouter's shim of useSyncExternalStore for React 17: React 19 has the hook (src/lib/useSyncExternalStore.ts)
      'use-sync-external-store/shim/index.js': resolve(dirname(fileURLToPath(import.meta.url)), 'src/lib/useSyncExternalStore.ts'),
    },
    // rxjs (under Apollo) in its ES2015 build rather than its ES5 one (which needs tslib's helpers
    // and is larger): every browser Beacon supports runs ES2015
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/calendar': api,
      '/credentials': api,
    },
  },
  // First load (issue #17, bench/first-load.mjs): what a page downloads before it is idle is the
  // entry (React, wouter with src/lib/router's location and blocker, react-intl without the
  // message parser, the login page) plus the chunks of the page opened.
  // Vite's dependency preloading (modulepreload) fetches only what those chunks import statically.
  build: {
    outDir: 'dist',
    // no source maps unless asked for (BEACON_WEB_SOURCEMAPS=true, for debugging a build): the
    // built app is what production serves, and the API never serves a .map file in production
    sourcemap: process.env.BEACON_WEB_SOURCEMAPS === 'true',
    rollupOptions: {
      output: {
        // the Apollo client (and what it is built on) in one chunk, loaded with the shell
        // (src/shell.ts): the login and public credential pages never load it. Its error classes
        // stay apart (lib/graphqlRequest throws them on those pages). graphql is a chunk of its
        // own that imports nothing: in the Apollo chunk its language modules made a cycle between
        // chunks (parser → error → parser), and left to the default chunking it lands in the
        // shell chunk, which imports Apollo, which would import it back. Only pages under Apollo
        // load it: the login and credential pages get their documents printed by the build
        // (documentModules above)
        codeSplitting: {
          groups: [
            {
              name: 'apollo',
              includeDependenciesRecursively: false,
              test: /[\\/]node_modules[\\/](?:@apollo[\\/]client[\\/](?!errors[\\/])|(?:rxjs|optimism|@wry)[\\/])/,
            },
            { name: 'graphql', includeDependenciesRecursively: false, test: /[\\/]node_modules[\\/]graphql[\\/]/ },
            // what every page runs (React and react-intl; the small helpers every page shows
            // itself with) in one chunk each rather than in a dozen of a few hundred bytes: each
            // chunk costs its request, its imports and React's module wrapper again
            {
              name: 'vendor',
              includeDependenciesRecursively: false,
              test: /[\\/]node_modules[\\/](?:react|react-dom|scheduler|react-intl|@formatjs[\\/][^\\/]+|intl-messageformat|wouter|regexparam)[\\/]|vite[\\/]preload-helper|^rolldown:runtime$/,
            },
            {
              name: 'common',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/](?:ui[\\/](?:Feedback|Card|DateTime|PlainText|BeaconMark)|lib[\\/](?:errors|useDocumentTitle|intl|time|session)|i18n[\\/](?:common|locales|catalogue|LanguageMenu)|modules[\\/]auth[\\/]hooks[\\/]useViewer)\.tsx?$|[\\/]@apollo[\\/]client[\\/]errors[\\/](?:CombinedGraphQLErrors|ServerError|ServerParseError|utils)\.js$/,
            },
          ],
        },
        // each language's catalogue is a chunk named after its language ("i18n-fr-….js",
        // src/i18n/languages): a page downloads only the messages of the language it is shown in
        chunkFileNames: (chunk) => {
          const lang = /\/i18n\/languages\/([a-z]{2})\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return lang ? `assets/i18n-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
