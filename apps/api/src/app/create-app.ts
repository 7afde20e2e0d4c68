import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { SESSION_EXPIRES_HEADER } from '@casebook/shared/contracts';
import {
  AccessRefusals,
  ApiExceptionFilter,
  type AppConfig,
  BODY_LIMIT,
  bodyParserErrors,
  bodyShapeGuard,
  createValidationPipe,
  noStore,
} from '@casebook/api/core';
import { AppModule } from './app.module';
import { dashboardStatic } from './dashboard-static';
import { mountOpenApi } from './openapi';
import { securityHeaders } from './security-headers';

/** Builds the configured application; main.ts listens on it. */
export async function createApp(
  config: AppConfig,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    {
      bodyParser: false,
      bufferLogs: true,
    },
  );
  return configureApp(app, config);
}

/**
 * Everything between the module and the socket: security headers, body parsing, static
 * dashboard, validation and errors. Shared with the HTTP specs, which build the module
 * through Test.createTestingModule to control the clock.
 */
export function configureApp(
  app: NestExpressApplication,
  config: AppConfig,
): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(
    express.json({ limit: BODY_LIMIT }),
    bodyParserErrors,
    bodyShapeGuard,
  );
  app.use('/api', noStore);
  // CORS stays closed unless origins are configured: the dashboard is served same-origin.
  if (config.corsOrigins.length) {
    app.enableCors({
      origin: config.corsOrigins,
      exposedHeaders: [SESSION_EXPIRES_HEADER, 'Retry-After'],
    });
  }
  if (config.dashboardDir) app.use(dashboardStatic(config.dashboardDir));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(app.get(AccessRefusals)));
  if (config.apiDocs) mountOpenApi(app);
  return app;
}
