import { describe, expect, it, vi } from 'vitest';
import { applyBadge, BADGE_COLORS, badgeFor, clearBadge, DOT } from '../../../src/background/badge.ts';
import type { PageReport } from '../../../src/core/types.ts';
import {
  EMPTY_REPORT,
  FILING_ONLY,
  GUANGDONG,
  ICP_FILING,
  licence,
  PSB,
  RICH_REPORT,
  TELECOM,
} from './fixtures.ts';

const one = (l: ReturnType<typeof licence>): PageReport => ({
  licences: [l],
  primary: 0,
  hints: [],
  truncated: false,
});

describe('badgeFor', () => {
  it('shows the province of a plain filing in blue', () => {
    expect(badgeFor(FILING_ONLY)).toEqual({
      text: '京',
      color: BADGE_COLORS.filing,
      title: 'ICP Lens — ICP filing 京ICP备12345678号-1 (Beijing) · 1 numbers on the page',
    });
  });

  it('is green for a commercial ICP licence', () => {
    const b = badgeFor(
      one(licence({ kind: 'icp-license', number: '粤ICP证030173号', province: GUANGDONG, commercial: true })),
    );
    expect(b.text).toBe('粤');
    expect(b.color).toBe(BADGE_COLORS.commercial);
  });

  it('is green for a filing on a page that also shows a telecom licence, and counts licences', () => {
    const b = badgeFor(RICH_REPORT);
    expect(b.text).toBe('京');
    expect(b.color).toBe(BADGE_COLORS.commercial);
    expect(b.title).toBe('ICP Lens — ICP filing 京ICP备12345678号-1 (Beijing) · 3 numbers on the page');
  });

  it.each(['dummy', 'malformed', 'novelty', 'prefix-code-mismatch'] as const)(
    'is orange when the primary number is flagged %s',
    (flag) => {
      const b = badgeFor(one({ ...ICP_FILING, flags: [{ flag, reason: 'because' }] }));
      expect(b.color).toBe(BADGE_COLORS.flagged);
      expect(b.text).toBe('京');
      expect(b.title).toMatch(/check: /);
    },
  );

  it('is not orange for informational flags', () => {
    const b = badgeFor(one({ ...ICP_FILING, flags: [{ flag: 'legacy-format', reason: 'old' }] }));
    expect(b.color).toBe(BADGE_COLORS.filing);
  });

  it('flag beats commercial', () => {
    const report: PageReport = {
      ...RICH_REPORT,
      licences: [PSB, TELECOM, { ...ICP_FILING, flags: [{ flag: 'dummy', reason: 'x' }] }],
    };
    expect(badgeFor(report).color).toBe(BADGE_COLORS.flagged);
  });

  it('shows a dot when the primary number has no province', () => {
    const b = badgeFor(one({ ...ICP_FILING, province: null }));
    expect(b.text).toBe(DOT);
    expect(b.title).toBe(
      'ICP Lens — ICP filing 京ICP备12345678号-1 (Province not stated) · 1 numbers on the page',
    );
  });

  it('has empty grey text when there is no primary ICP number', () => {
    const b = badgeFor({ licences: [PSB], primary: null, hints: [], truncated: false });
    expect(b).toEqual({
      text: '',
      color: BADGE_COLORS.none,
      title: 'ICP Lens — no ICP number; 1 other numbers',
    });
  });

  it('handles empty, null and out-of-range reports', () => {
    expect(badgeFor(EMPTY_REPORT)).toEqual({
      text: '',
      color: BADGE_COLORS.none,
      title: 'ICP Lens — no licence number found',
    });
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ ...FILING_ONLY, primary: 5 }).text).toBe('');
  });
});

describe('badge styles', () => {
  it('shows the province character, a dot or nothing, always with the status colour and tooltip', () => {
    expect(badgeFor(RICH_REPORT, 'province').text).toBe('京');
    expect(badgeFor(RICH_REPORT, 'dot').text).toBe(DOT);
    expect(badgeFor(RICH_REPORT, 'none').text).toBe('');
    for (const style of ['province', 'dot', 'none'] as const) {
      expect(badgeFor(RICH_REPORT, style).color).toBe(BADGE_COLORS.commercial);
      expect(badgeFor(RICH_REPORT, style).title).toContain('京ICP备12345678号-1');
    }
    expect(badgeFor(EMPTY_REPORT, 'dot').text).toBe('');
  });
});

describe('applyBadge / clearBadge', () => {
  it('sets text, colour and title for the tab only', async () => {
    const action = {
      setBadgeText: vi.fn(async () => {}),
      setBadgeBackgroundColor: vi.fn(async () => {}),
      setTitle: vi.fn(async () => {}),
    };
    await applyBadge(action, 7, { text: '京', color: '#000', title: 't' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '京' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: '#000' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: 't' });
    await clearBadge(action, 7);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });
});
