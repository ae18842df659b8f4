import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { AuditVerifier, describeVerification } from './app/audit/audit-verifier';
import { LocalFileStorage } from './common/storage/file-storage';
import { AppConfig } from './config/app-config.service';
import { type Environment, InvalidEnvironmentError, validateEnvironment } from './config/environment';
import { pendingSchemaChanges } from './database/schema-drift';
import { seedDemoData } from './database/seeds/demo-seed';
import { typeOrmOptions } from './database/typeorm-options';

const COMMANDS: Record<string, { help: string; run: (db: DataSource, env: Environment) => Promise<number> }> = {
  migrate: {
    help: 'apply pending migrations',
    run: async (db) => {
      const applied = await db.runMigrations({ transaction: 'each' });
      say(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'database is up to date');
      return 0;
    },
  },
  revert: {
    help: 'revert the last migration',
    run: async (db) => {
      await db.undoLastMigration({ transaction: 'each' });
      say('reverted the last migration');
      return 0;
    },
  },
  seed: {
    help: 'apply migrations, then fill an empty database with demo data',
    run: async (db, env) => {
      await db.runMigrations({ transaction: 'each' });
      // The demo applications' documents go where the API reads them (STORAGE_DIR).
      const storage = new LocalFileStorage(new AppConfig(new ConfigService<Environment, true>(env)));
      const result = await seedDemoData(db, env.DATA_ENCRYPTION_KEY, storage);
      say(result.seeded ? `seeded ${result.organisations} organisations and ${result.users} accounts` : 'database already has data: seed skipped');
      return 0;
    },
  },
  'check-schema': {
    help: 'fail when the entities and the migrations disagree',
    run: async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const drift = await pendingSchemaChanges(db);
      if (drift.length === 0) {
        say('entities and migrations agree');
        return 0;
      }
      say(`entities and migrations disagree; a migration is missing for:\n${drift.join(';\n')}`);
      return 1;
    },
  },
  'audit-verify': {
    help: 'recompute the audit log hash chain; fail at the first broken entry',
    run: async (db) => {
      const result = await new AuditVerifier(db).verify();
      say(describeVerification(result));
      return result.intact ? 0 : 1;
    },
  },
};

function say(message: string): void {
  process.stdout.write(`[skema db] ${message}\n`);
}

/** `node dist/apps/api/cli.js <command>`: database chores, with the API's own configuration. */
async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv[0] ?? ''];
  if (!command) {
    say(`usage: cli.js <command>\n${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(13)} ${c.help}`).join('\n')}`);
    return 2;
  }
  const env = validateEnvironment(process.env);
  const db = await new DataSource(typeOrmOptions(env.DATABASE_URL, { logging: ['error'] })).initialize();
  try {
    return await command.run(db, env);
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      error instanceof InvalidEnvironmentError ? `${error.message}\n` : `[skema db] failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
