/**
 * Browser tests: Jest 30 (native ESM, run with node --experimental-vm-modules), TypeScript via
 * @swc/jest, Playwright (playwright-core + the system Chromium) against the built app served by
 * the real API. See e2e/global-setup.ts.
 */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/e2e'],
  testMatch: ['<rootDir>/e2e/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' }, sourceMaps: 'inline' },
    ],
  },
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
