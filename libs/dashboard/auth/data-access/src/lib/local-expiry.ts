/**
 * Turns the server's session expiry into this browser's clock. A workstation whose clock
 * runs minutes off would otherwise warn too early or too late; the reply's `Date` header
 * says what time the server thought it was, so only the remaining span is trusted.
 * Without a usable `Date` header the expiry is taken as it is.
 */
export function localExpiry(
  serverExpiresAt: string,
  serverDate: string | null,
  receivedAt: number,
): string {
  const expires = Date.parse(serverExpiresAt);
  const serverNow = serverDate ? Date.parse(serverDate) : Number.NaN;
  if (!Number.isFinite(serverNow)) return serverExpiresAt;
  // The Date header has whole seconds: round the span down so the warning is never late.
  return new Date(receivedAt + (expires - serverNow) - 1000).toISOString();
}
