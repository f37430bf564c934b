// Vocabulary of the hosting check: where the server of a page is, as far as its IP address tells.
import type { LocalRange } from './local-ranges.ts';

export type { LocalRange };

export type Place =
  /** ISO 3166-1 alpha-2 as GeoLite2 uses it: CN is mainland China; HK, MO and TW are separate. */
  | { kind: 'country'; country: string }
  /** The user's own machine or network: no verdict. */
  | { kind: 'local'; range: LocalRange }
  /** A public address the table has no country for. */
  | { kind: 'unlisted' };

/** What the background saw about the server of a tab's main document. */
export interface Hosting {
  /** The address the browser reported; null when it reported none (cached, service worker …). */
  ip: string | null;
  /** The response came from the browser's cache (its ip may be missing or from an earlier visit). */
  cached: boolean;
  /** null when ip is null or not an IP address. */
  place: Place | null;
}
