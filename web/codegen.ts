import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web client. Reads the API's committed schema (regenerated whenever
 * the API starts outside production) and every operation in src/**\/*.graphql or gql`` tags.
 * The output in src/gql/ is committed; `npm run build` does not run codegen.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.graphql', 'src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: false,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
