module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  // content-disposition 3 (under @fastify/static) is ESM-only: compile it to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!.*content-disposition/)'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  testPathIgnorePatterns: ['/node_modules/', '/test/integration/']
};
