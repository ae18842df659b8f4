import 'reflect-metadata';
import { startApi } from './bootstrap';
import { InvalidEnvironmentError, validateEnvironment } from './config/environment';

/** HTTP entry point: validate the configuration first, so a wrong setting stops us with a clear message. */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const app = await startApi(env);
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  app.getHttpAdapter().getInstance().log.info(`Skema API listening on ${url}/api (docs: ${url}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Skema API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
