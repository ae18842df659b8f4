import nx from '@nx/eslint-plugin';

/**
 * Module boundaries (docs/architecture.md): the API and the portal may import the shared libs, never
 * each other; the shared libs import only each other and nothing framework- or I/O-bound.
 */
const frameworkImports = ['@nestjs/*', '@angular/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'rxjs', 'fastify', 'express'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/playwright-report'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: frameworkImports,
            },
            { sourceTag: 'type:contracts', notDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests assert the shape first; a `!` after that is clearer than another guard.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e.ts', '**/test/utils/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
