/**
 * Only a path inside this app may be a place to return to after sign-in: anything
 * else (`//evil.example`, `https://…`, `/\evil`) would make the login page an open
 * redirect. The login page itself is no destination either.
 */
export function safeReturnUrl(url: string | null | undefined): string {
  if (
    !url ||
    !url.startsWith('/') ||
    url.startsWith('//') ||
    url.startsWith('/\\')
  ) {
    return '/';
  }
  if (
    url === '/login' ||
    url.startsWith('/login?') ||
    url.startsWith('/login/')
  ) {
    return '/';
  }
  return url;
}
