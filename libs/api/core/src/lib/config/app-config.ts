/** The API's whole configuration, read once from the environment at start (DESIGN.md, "Configuration"). */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  database: SqliteDatabaseConfig | PostgresDatabaseConfig;
  /** On an empty database, create this admin. */
  bootstrapAdmin: { username: string; password: string } | null;
  /** On an empty database, add the demo users (never in production). */
  demoData: boolean;
  session: { idleMinutes: number };
  /** ISO 3166 country a phone number without +country code is read in. */
  phoneDefaultCountry: string;
  /** Built dashboard to serve beside the API; null serves the API alone. */
  dashboardDir: string | null;
  /** Origins allowed to call the API from another origin; empty keeps CORS closed. */
  corsOrigins: string[];
  /** Express `trust proxy`: how many proxies stand in front (for the client address behind a load balancer). */
  trustProxy: number;
  /** Serve the OpenAPI document at /api/docs: off in production unless API_DOCS=1 (it maps every route). */
  apiDocs: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export interface SqliteDatabaseConfig {
  type: 'sqlite';
  path: string;
}

export interface PostgresDatabaseConfig {
  type: 'postgres';
  url: string;
}

/** Injection token for {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');
