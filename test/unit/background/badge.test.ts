import { describe, expect, it, vi } from 'vitest';
import { applyBadge, BADGE_COLORS, badgeFor, clearBadge } from '../../../src/background/badge.ts';
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
      title: 'ICP Lens — 京ICP备12345678号-1 (Beijing), 1 licence',
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
    expect(b.title).toBe('ICP Lens — 京ICP备12345678号-1 (Beijing), 3 licences');
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

  it('has empty text when the primary number has no province', () => {
    const b = badgeFor(one({ ...ICP_FILING, province: null }));
    expect(b.text).toBe('');
    expect(b.title).toBe('ICP Lens — 京ICP备12345678号-1, 1 licence');
  });

  it('has empty grey text when there is no primary ICP number', () => {
    const b = badgeFor({ licences: [PSB], primary: null, hints: [], truncated: false });
    expect(b).toEqual({ text: '', color: BADGE_COLORS.none, title: 'ICP Lens — no ICP number, 1 licence' });
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
