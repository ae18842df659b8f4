import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The boundaries of docs/architecture.md, proven on the real lint configuration: an import across
 * the wrong line fails lint.
 */
describe('module boundaries', () => {
  const root = join(__dirname, '../..');
  // ESLint's flat config is ESM, which Jest's module system cannot load: lint in a child process.
  const problems = async (filePath: string, code: string): Promise<string[]> => {
    const eslint = spawnSync(
      process.execPath,
      [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'],
      { cwd: root, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
    );
    const [result] = JSON.parse(eslint.stdout) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
  };

  it('refuses framework imports in the shared libraries', async () => {
    expect(await problems('libs/contracts/src/lib/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n")).toEqual([
      expect.stringContaining('scope:shared" is not allowed to import "@nestjs/common"'),
    ]);
    expect(await problems('libs/domain/src/lib/probe.ts', "import { signal } from '@angular/core';\nexport const x = signal;\n")).toHaveLength(1);
    expect(await problems('libs/domain/src/lib/probe.ts', "import { Repository } from 'typeorm';\nexport type X = Repository<object>;\n")).toHaveLength(1);
  });

  it('refuses the portal reaching into the API and the contracts depending on the domain', async () => {
    expect(
      await problems('apps/portal/src/app/probe.ts', "import { AppConfig } from '../../../api/src/config/app-config.service';\nexport const x = AppConfig;\n"),
    ).toHaveLength(1);
    expect(await problems('libs/contracts/src/lib/probe.ts', "import { sumCents } from '@skema/domain';\nexport const x = sumCents;\n")).toHaveLength(1);
  });

  it('allows what the architecture allows', async () => {
    expect(await problems('libs/domain/src/lib/probe.ts', "import { REGION_CODES } from '@skema/contracts';\nexport const x = REGION_CODES;\n")).toEqual([]);
    expect(await problems('apps/api/src/probe.ts', "import { sumCents } from '@skema/domain';\nexport const x = sumCents;\n")).toEqual([]);
    expect(await problems('apps/portal/src/app/probe.ts', "import { ROLES } from '@skema/contracts';\nexport const x = ROLES;\n")).toEqual([]);
  });
});
