/** Integration tests: real PostgreSQL and Redis, a fresh database per test file (see test/utils). */
module.exports = {
  displayName: 'api-int',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  // ESM-only packages (content-disposition under @fastify/static; otplib's @noble/@scure crypto):
  // compile them to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!.*(content-disposition|@noble|@scure)/)'],
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  testTimeout: 30_000,
};
