/**
 * Unit tests of the web app's logic (src/**\/*.test.ts): Jest 30 in Node (native ESM, run with
 * node --experimental-vm-modules), TypeScript via @swc/jest. Fast, no browser: `npm test -w web`
 * runs them before the browser specs (jest.config.js).
 */
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx },
      target: 'es2022',
      transform: {
        react: { runtime: 'automatic' },
        // Vite's import.meta.glob (the catalogues, loaded per language) does not exist outside
        // Vite: in unit tests no catalogue is loaded and messages are the code's English defaults
        optimizer: { globals: { vars: { 'import.meta.glob': '(() => ({}))' } } },
      },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  displayName: 'unit',
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    // the shared rules from their source, as the API's tests use them (no build needed first)
    '^@beacon/domain$': '<rootDir>/../packages/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': swc(false),
    '^.+\\.tsx$': swc(true),
  },
  testTimeout: 15_000,
};
