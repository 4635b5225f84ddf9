/** Jest 30, native ESM (run with node --experimental-vm-modules), TypeScript via @swc/jest. */

// CommonJS packages here require() ESM-only ones, which Node 20 can do but Jest's module system
// cannot before Node 24.9: there, those few are compiled to CommonJS for the tests. From Node 24.9
// on Jest loads them as they are (checked: the static-file suite, which loads @fastify/static).
const [major, minor] = process.versions.node.split('.').map(Number);
const jestRequiresEsm = major > 24 || (major === 24 && minor >= 9);
const requiredEsm = jestRequiresEsm ? [] : ['content-disposition', 'cookie', 'quick-lru'];

export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.spec.ts'],
  // a bound, not a timing assertion: suites that walk every operation take seconds on a busy machine
  testTimeout: 120_000,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transformIgnorePatterns: requiredEsm.length ? [`/node_modules/(?!(${requiredEsm.join('|')})/)`] : ['/node_modules/'],
  transform: {
    ...(requiredEsm.length
      ? { [`/node_modules/(${requiredEsm.join('|')})/.+\\.js$`]: ['@swc/jest', { module: { type: 'commonjs' } }] }
      : {}),
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
          keepClassNames: true,
          // `import … with { type: 'json' }` (the i18n catalogues) reaches Jest as written
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
};
