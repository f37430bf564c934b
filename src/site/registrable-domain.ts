// The registrable domain of a host from the public suffix list (tldts): "www.example.com.cn" →
// "example.com.cn". Kept apart from site.ts because the list is large (about 250 KB of script):
// the background and the history/batch pages load it; the popup gets the answer from the background.
import { parse } from 'tldts';
import { type Site, siteOf } from './site.ts';

export function registrableDomain(host: string): string | null {
  const parsed = parse(host);
  return parsed.isIp ? null : parsed.domain;
}

export function siteWithDomain(url: string | undefined): Site | null {
  return siteOf(url, registrableDomain);
}
