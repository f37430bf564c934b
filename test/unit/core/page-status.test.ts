// The page status is the one classification badge, status line and cards share; "commercial" is
// Licence.commercial in all three.
import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../../src/background/badge.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import { hasCommercialLicence, licenceTone, pageStatus } from '../../../src/core/page-status.ts';
import type { PageReport } from '../../../src/core/types.ts';
import { t } from '../../../src/i18n/i18n.ts';
import { statusLine } from '../../../src/popup/format.ts';

const footer = (text: string): PageReport =>
  analysePage([{ text, region: 'footer', id: 0 }], [], false, { year: 2026 });

describe('pageStatus', () => {
  it('is none without a report', () => expect(pageStatus(null)).toBe('none'));

  it.each([
    // No ICP number, whatever else the page shows.
    ['京公网安备11010502038816号 京网文〔2019〕2847-311号', 'none'],
    // Non-commercial numbers only beside the filing.
    ['京ICP备16045689号-1 京公网安备11010502038816号', 'filing'],
    ['京ICP备16045689号-1 （苏）网械平台备字（2018）第00052号', 'filing'],
    ['京ICP证030173号', 'commercial'],
    ['京ICP备16045689号-1 京B2-20191236', 'commercial'],
    // The number says whether it is commercial (非经营性).
    ['京ICP备16045689号-1 （京）-非经营性-2017-0067', 'filing'],
    ['京ICP备16045689号-1 （京）-经营性-2017-0067', 'commercial'],
    // The primary number looks wrong.
    ['京ICP备12345678号 京B2-20191236', 'flagged'],
  ] as const)('%s: %s', (text, status) => {
    expect(pageStatus(footer(text))).toBe(status);
  });

  it('does not count a joke registry licence as commercial', () => {
    const report = footer('京ICP备16045689号-1 萌ICP证123456号');
    expect(report.licences.map((l) => [l.kind, l.commercial])).toEqual([
      ['icp-filing', false],
      ['novelty-icp', false],
    ]);
    expect(pageStatus(report)).toBe('filing');
  });
});

describe('an ICP filing with a culture licence', () => {
  const report = footer('京ICP备16045689号-1 京网文〔2019〕2847-311号');
  const culture = report.licences.find((l) => l.kind === 'culture-license');

  it('is commercial in the page status and in the culture card', () => {
    expect(culture?.commercial).toBe(true);
    expect(hasCommercialLicence(report)).toBe(true);
    expect(pageStatus(report)).toBe('commercial');
    expect(culture && licenceTone(culture)).toBe('commercial');
  });

  it('gets the commercial badge colour and status line', () => {
    expect(badgeFor(report).color).toBe(BADGE_COLORS.commercial);
    expect(statusLine(report, false)).toBe(t('statusCommercial', 'Beijing'));
  });
});
