/** Integration tests: real PostgreSQL and Redis, a fresh database per test file (see test/utils). */
module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  // ESM-only packages (content-disposition under @fastify/static; otplib's @noble/@scure crypto;
  // file-type and its tokenizers): compile them to CommonJS for Jest.
  transformIgnorePatterns: [
    '/node_modules/(?!.*(content-disposition|@noble|@scure|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit)/)',
  ],
  // file-type's export map offers Node only an `import` entry, which Jest's CommonJS resolver skips.
  moduleNameMapper: { '^file-type$': '<rootDir>/../../node_modules/file-type/index.js' },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  testTimeout: 30_000,
};
