import 'reflect-metadata';
import { ConfigError, loadConfig } from '@casebook/api/core';

/**
 * Validates the environment before anything else, so a bad value stops the API with one
 * line naming the variable. Only then are the modules imported: entity decorators read
 * DATABASE_TYPE when they load.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Casebook API cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const { createApp } = await import('./app/create-app');
  const app = await createApp(config);
  await app.listen(config.port);
  // Finish the requests in flight (a counselor's save) and close the database, then exit 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      process.stdout.write(
        `Casebook API received ${signal}: finishing open requests\n`,
      );
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  const where = config.dashboardDir ? 'dashboard and API' : 'API';
  process.stdout.write(
    `Casebook ${where} listening on http://localhost:${config.port}/\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Casebook API failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`,
  );
  process.exit(1);
});
