import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';

/**
 * Serves the built dashboard from the API's own origin, so one process runs the product
 * and the CSP stays `'self'`. Unknown non-API paths get index.html (the Angular router's).
 */
export function dashboardStatic(dashboardDir: string) {
  const files = express.static(dashboardDir, { index: false, maxAge: '1h' });
  const indexHtml = join(dashboardDir, 'index.html');
  return [
    files,
    (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    },
  ];
}
