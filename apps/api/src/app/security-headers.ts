import helmet from 'helmet';

/**
 * Helmet with a Content-Security-Policy the built dashboard runs under: scripts only from
 * our origin; inline styles allowed because Angular adds component styles at run time.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Records of people in crisis: no referrer leaves the page.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
