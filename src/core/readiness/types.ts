// Vocabulary of the readiness check: whether what a page loads works for visitors in mainland China.
// The lists are defined once here and used by the types, the schemas and the tests.

export const CATEGORIES = [
  'fonts',
  'analytics',
  'ads',
  'captcha',
  'maps',
  'video',
  'social',
  'comments',
  'avatars',
  'cdn',
  'storage',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['blocked', 'unreliable-or-slow', 'works'] as const;
export type Status = (typeof STATUSES)[number];
/** The statuses that make a host worth reporting. */
export type FailingStatus = Exclude<Status, 'works'>;

/** What a visitor loses when a host of the "features fail" group does not load. */
export const FEATURES = ['captcha', 'maps', 'video', 'comments', 'social', 'sign-in', 'content'] as const;
export type Feature = (typeof FEATURES)[number];

/** What breaks for a visitor when a host does not load (src/core/readiness/group.ts). */
export const GROUPS = ['held-up', 'features-fail', 'tracking-only'] as const;
export type Group = (typeof GROUPS)[number];

/** Distinct (host, path rule) pairs a tally keeps per page; later ones are counted as dropped. */
export const MAX_TALLY_HOSTS = 64;
/** Every count of a tally stops here. */
export const MAX_COUNT = 9_999;

/**
 * Resource types, as Chromium's webRequest names them, plus `hint` for preconnect and dns-prefetch
 * links in static HTML (no request, but it says the page will load from that host). Other names
 * (Firefox's beacon, imageset …) are mapped onto these by `resourceType()`.
 */
export const RESOURCE_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'font',
  'image',
  'object',
  'xmlhttprequest',
  'ping',
  'media',
  'websocket',
  'hint',
  'other',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** A product served under a path of a host that serves several (www.google.com/recaptcha/ …). */
export interface PathRule {
  prefix: string;
  category: Category;
  name: string;
}

/** One entry of the host list (src/core/readiness/data/blocked-hosts.json). */
export interface HostEntry {
  /** Matches the host itself and every subdomain. */
  suffix: string;
  /** Short product name for one-line verdicts ("Google Fonts"). */
  name: string;
  /** What the host serves, as the source describes it. */
  service: string;
  category: Category;
  status: Status;
  /** What fails, where the category does not say it. */
  feature?: Feature;
  paths?: PathRule[];
  /** The usual mainland-friendly replacement; may be empty. */
  alternative: string;
  /** Dated public evidence, `;`-separated. */
  evidence: string;
}

export interface HostListSource {
  name: string;
  version: string;
  licence: string;
  use: string;
}

export interface HostList {
  format: 1;
  title: string;
  /** Date of the newest source snapshot (YYYY-MM-DD). */
  date: string;
  note: string;
  sources: HostListSource[];
  entries: HostEntry[];
}
