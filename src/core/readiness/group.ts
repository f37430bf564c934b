// A page's tally → the third-party hosts that fail or are unreliable in mainland China, grouped by
// what breaks for a visitor:
//   held-up        the page waits for them (stylesheets, fonts, parser-blocking scripts)
//   features-fail  a feature does not work (captcha, maps, video, comments, social, sign-in, content)
//   tracking-only  only analytics or ads miss the visit
// The page's own host is reported apart (`site`): a site on vercel.app fails as a whole.
import { type HostMatch, type HostMatcher, normaliseHost, shippedMatcher } from './match.ts';
import type { ReadinessTally } from './tally.ts';
import type { Category, FailingStatus, Feature, Group, ResourceType } from './types.ts';
import { RESOURCE_TYPES } from './types.ts';

export { GROUPS, type Group } from './types.ts';

export interface AffectedHost {
  host: string;
  /** The list entry that matched, and its path rule (or null). */
  suffix: string;
  rule: string | null;
  /** Short product name ("Google Fonts"), and the service as the list describes it. */
  name: string;
  service: string;
  category: Category;
  status: FailingStatus;
  group: Group;
  /** What fails, for the features-fail group; null otherwise. */
  feature: Feature | null;
  /** Requests seen (hints not counted). */
  requests: number;
  /** Resource types seen, in RESOURCE_TYPES order. */
  types: ResourceType[];
  /** The usual mainland-friendly replacement; may be empty. */
  alternative: string;
}

/** The page's own host, when the list names it. */
export interface AffectedSite {
  host: string;
  suffix: string;
  name: string;
  service: string;
  category: Category;
  status: FailingStatus;
  alternative: string;
}

export interface ReadinessSummary {
  pageHost: string | null;
  site: AffectedSite | null;
  heldUp: AffectedHost[];
  featuresFail: AffectedHost[];
  trackingOnly: AffectedHost[];
  /** Requests seen, to any host. */
  requests: number;
  /** Requests to failing hosts that the tally had no room for. */
  dropped: number;
}

const CATEGORY_FEATURES: Readonly<Partial<Record<Category, Feature>>> = {
  captcha: 'captcha',
  maps: 'maps',
  video: 'video',
  comments: 'comments',
  social: 'social',
};

export function groupOf(category: Category, waits: boolean): Group {
  if (waits || category === 'fonts') return 'held-up';
  if (category === 'analytics' || category === 'ads') return 'tracking-only';
  return 'features-fail';
}

export function featureOf(match: Pick<HostMatch, 'category' | 'entry'>): Feature {
  return match.entry.feature ?? CATEGORY_FEATURES[match.category] ?? 'content';
}

const STATUS_RANK: Readonly<Record<FailingStatus, number>> = { blocked: 0, 'unreliable-or-slow': 1 };
/** Which lost feature hurts a visitor most: a form that cannot be sent before a missing video. */
const FEATURE_RANK: Readonly<Record<Feature, number>> = {
  captcha: 0,
  'sign-in': 1,
  maps: 2,
  video: 3,
  comments: 4,
  social: 5,
  content: 6,
};
const featureRank = (h: AffectedHost) => (h.feature === null ? 0 : FEATURE_RANK[h.feature]);

/** Blocked before unreliable, then the worse feature, then most requests, then by host: the worst first. */
export function byImpact(a: AffectedHost, b: AffectedHost): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    featureRank(a) - featureRank(b) ||
    b.requests - a.requests ||
    (a.host < b.host ? -1 : a.host > b.host ? 1 : 0) ||
    ((a.rule ?? '') < (b.rule ?? '') ? -1 : 1)
  );
}

function failing(match: HostMatch | null): (HostMatch & { status: FailingStatus }) | null {
  return match && match.status !== 'works' ? (match as HostMatch & { status: FailingStatus }) : null;
}

export function summarise(
  tally: ReadinessTally,
  pageHost: string | null,
  matcher: HostMatcher = shippedMatcher(),
): ReadinessSummary {
  const pageMatch = pageHost === null ? null : matcher.match(pageHost);
  const ownHost = pageMatch?.host ?? null;
  const ownSuffix = pageMatch?.entry.suffix ?? null;
  const site = failing(pageMatch);
  const groups: Record<Group, AffectedHost[]> = { 'held-up': [], 'features-fail': [], 'tracking-only': [] };
  for (const kept of tally.hosts) {
    const match = failing(matcher.match(kept.host, kept.rule));
    // First-party: the page's own host, or another host under the entry the page itself is on.
    if (!match || match.host === ownHost || match.entry.suffix === ownSuffix) continue;
    const group = groupOf(match.category, kept.waits > 0);
    const types = RESOURCE_TYPES.filter((t) => (kept.counts[t] ?? 0) > 0);
    let requests = 0;
    for (const t of types) if (t !== 'hint') requests += kept.counts[t] ?? 0;
    groups[group].push({
      host: match.host,
      suffix: match.entry.suffix,
      rule: match.rule,
      name: match.name,
      service: match.entry.service,
      category: match.category,
      status: match.status,
      group,
      feature: group === 'features-fail' ? featureOf(match) : null,
      requests,
      types,
      alternative: match.entry.alternative,
    });
  }
  for (const list of Object.values(groups)) list.sort(byImpact);
  return {
    pageHost: pageHost === null ? null : (normaliseHost(pageHost) ?? pageHost),
    site: site && {
      host: site.host,
      suffix: site.entry.suffix,
      name: site.name,
      service: site.entry.service,
      category: site.category,
      status: site.status,
      alternative: site.entry.alternative,
    },
    heldUp: groups['held-up'],
    featuresFail: groups['features-fail'],
    trackingOnly: groups['tracking-only'],
    requests: tally.requests,
    dropped: tally.dropped,
  };
}
