import { changes, type TableCounts } from './table-counts';

/**
 * What a response must never carry: a stack frame, SQL or a driver's words, a file-system
 * path. SQL keywords are matched in capitals, as SQL is written, so that "update" in an
 * English error message is not taken for a statement.
 */
const LEAKS: RegExp[] = [
  /at .+\.(js|ts):\d+/,
  /"stack"\s*:/,
  /SELECT |INSERT |UPDATE |DELETE FROM /,
  /SQLITE_|QueryFailedError|EntityNotFound|TypeORMError|node_modules|\/work\/|\/tmp\/|\/home\/|\/usr\//i,
  /violates .{1,80} constraint|invalid input syntax for|syntax error at or near|out of range for type|invalid byte sequence/i,
  /Maximum call stack size exceeded|Cannot read propert|is not a function|undefined is not/,
];

export function leakIn(text: string): string | null {
  for (const pattern of LEAKS) {
    const match = pattern.exec(text);
    if (match)
      return `${pattern} matched ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 80))}`;
  }
  return null;
}

export interface Exchange {
  method: string;
  /** The OpenAPI path template. */
  path: string;
  status: number;
}

/**
 * The tables a refused (4xx) request may still add rows to, as documented: every refusal
 * (403) and every read (GET) is audited; a failed sign-in (401) is audited as
 * `auth.login-failed`, and it and a throttled one (429) count towards the login throttle.
 */
function mayGrow(table: string, exchange: Exchange): boolean {
  const login =
    exchange.method === 'POST' && exchange.path === '/api/auth/login';
  if (table === 'audit_events')
    return (
      exchange.status === 403 ||
      exchange.method === 'GET' ||
      (login && exchange.status === 401)
    );
  if (table === 'login_failures')
    return login && (exchange.status === 401 || exchange.status === 429);
  return false;
}

/** The property: no 5xx, no leak, and a 4xx leaves every table as it was but for documented growth. */
export function violations(
  exchange: Exchange,
  text: string,
  before: TableCounts,
  after: TableCounts,
): string[] {
  const found: string[] = [];
  if (exchange.status >= 500) found.push(`answered ${exchange.status}`);
  const leak = leakIn(text);
  if (leak) found.push(`the response leaks internals: ${leak}`);
  // A 5xx is a failure already; what it changed is said too (a half-write).
  if (exchange.status >= 400) {
    for (const { table, delta } of changes(before, after)) {
      if (delta > 0 && mayGrow(table, exchange)) continue;
      found.push(
        `the ${exchange.status} changed ${table} by ${delta > 0 ? '+' : ''}${delta} row(s)`,
      );
    }
  }
  return found;
}
