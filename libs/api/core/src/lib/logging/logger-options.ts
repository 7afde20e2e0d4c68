import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/**
 * Structured JSON logs that carry no secrets and no record contents: requests are logged
 * by method, path (the query string may hold a name or a phone number) and status only.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    // Named wildcard: path-to-regexp 8 (Nest 11) refuses the bare '*' nestjs-pino uses by default.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie'],
        remove: true,
      },
      serializers: {
        req: (req: IncomingMessage & { id?: unknown }) => ({
          id: req.id,
          method: req.method,
          path: pathOnly(req.url),
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      // Health checks from a load balancer would drown the log.
      autoLogging: { ignore: (req) => pathOnly(req.url) === '/api/health' },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500
          ? 'error'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
    },
  };
}

function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}
