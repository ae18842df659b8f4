module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  // ESM-only packages (content-disposition under @fastify/static; otplib's @noble/@scure crypto):
  // compile them to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!.*(content-disposition|@noble|@scure)/)'],
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  testPathIgnorePatterns: ['/node_modules/', '/test/integration/']
};
