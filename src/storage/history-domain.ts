// Which site a page URL is remembered under: its registrable domain (tldts), or nothing for pages
// that are not http(s) or are on the user's own machine or network (no licence is expected there,
// and a list of intranet names is nobody's business).
import { siteWithDomain as siteOf } from '../site/registrable-domain.ts';

export function historyDomain(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const site = siteOf(url);
  if (!site || site.local) return null;
  return site.name;
}
