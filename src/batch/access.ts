// Host access for a batch run. The manifest lists http/https as optional host permissions; when the
// build already has them (the hosting check asks for them at install), nothing is asked. Otherwise
// the browser asks for exactly the listed sites' domains (http and https, any subdomain, so
// http → https and example.cn → www.example.cn redirects still work), from the Start click.
import { parse } from 'tldts';

export interface PermissionsLike {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

/** Origin patterns covering the given URLs, each once. */
export function originsFor(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const url of urls) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    const parsed = parse(host);
    const hosts = !parsed.isIp && parsed.domain ? `*.${parsed.domain}` : host;
    // Two patterns, not *://: each must lie inside one of the manifest's optional patterns.
    patterns.add(`http://${hosts}/*`);
    patterns.add(`https://${hosts}/*`);
  }
  return [...patterns];
}

/** True when the sites may be fetched, asking the user only when access is missing. */
export async function ensureAccess(permissions: PermissionsLike, urls: readonly string[]): Promise<boolean> {
  const origins = originsFor(urls);
  if (origins.length === 0) return true;
  if (await permissions.contains({ origins })) return true;
  return permissions.request({ origins });
}
