/**
 * `generateStaticParams` for public pages served from the cache (ISR): no page is built ahead of time
 * (that would need the database at build time); each is built on its first request, then cached and
 * rebuilt in the background at most every `revalidate` seconds. See docs/decisions/010-public-pages-from-the-cache.md.
 */
export function buildOnFirstRequest(): never[] {
  return [];
}
