module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  // ESM-only packages (content-disposition under @fastify/static; otplib's @noble/@scure crypto;
  // file-type and its tokenizers): compile them to CommonJS for Jest.
  transformIgnorePatterns: [
    '/node_modules/(?!.*(content-disposition|@noble|@scure|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit)/)',
  ],
  // file-type's export map offers Node only an `import` entry, which Jest's CommonJS resolver skips.
  moduleNameMapper: { '^file-type$': '<rootDir>/../../node_modules/file-type/index.js' },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/api',
  testPathIgnorePatterns: ['/node_modules/', '/test/integration/']
};
