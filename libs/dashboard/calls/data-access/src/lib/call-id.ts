/**
 * A random UUID (v4) for a new call, chosen here so a retried create is idempotent.
 * `crypto.randomUUID` exists only in secure contexts (https, localhost); a helpline
 * reaching the API over plain http on its own network still gets a v4 UUID from
 * `crypto.getRandomValues`, which browsers offer everywhere.
 */
export function newCallId(cryptoApi: Crypto = globalThis.crypto): string {
  if (typeof cryptoApi.randomUUID === 'function') {
    return cryptoApi.randomUUID();
  }
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
