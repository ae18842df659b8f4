import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './app/app.module';
import { InvalidEnvironmentError, validateEnvironment } from './config/environment';

/** Queue-worker entry point: the API's modules without HTTP, for running workers as separate processes. */
async function main(): Promise<void> {
  validateEnvironment(process.env);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Skema worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof InvalidEnvironmentError ? `${error.message}\n` : `Skema worker failed: ${String(error)}\n`,
  );
  process.exit(1);
});
