// Redrawing every tab's badge after a settings change must keep what the page-scan path drew,
// hosting colour included, and skip keys that are not tab states.
import { describe, expect, it } from 'vitest';
import type { Badge } from '../../../src/background/badge.ts';
import { HOSTING_BADGE_COLORS } from '../../../src/background/badge-hosting.ts';
import { refreshAllBadges } from '../../../src/background/badge-refresh.ts';
import type { HostingVerdict } from '../../../src/core/hosting/verdict.ts';

const emptyReport = { licences: [], primary: null, hints: [], truncated: false };
const mainlandNoNumber: HostingVerdict = {
  kind: 'mainland-no-number',
  country: 'CN',
  reason: null,
  unfileableTld: null,
};

describe('refreshAllBadges', () => {
  it('keeps the hosting verdict and ignores other keys and corrupt states', async () => {
    const drawn = new Map<number, Badge>();
    await refreshAllBadges(
      {
        allSessionItems: async () => ({
          'tab:7': { v: 1, report: emptyReport, url: 'https://example.cn/', at: 1 },
          'tab:8': { v: 1, report: 'corrupt' },
          'hosting:7': { anything: true },
        }),
        setBadge: async (tabId, badge) => void drawn.set(tabId, badge),
        verdict: async (tabId) => (tabId === 7 ? mainlandNoNumber : undefined),
      },
      'province',
    );
    expect([...drawn.keys()]).toEqual([7]);
    expect(drawn.get(7)).toMatchObject({ text: '!', color: HOSTING_BADGE_COLORS.mainlandNoNumber });
  });
});
