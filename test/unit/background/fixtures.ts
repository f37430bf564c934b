// Hand-written reports in the shape analysePage returns, for background and popup tests.
import type { FoundLicence, PageReport, Province } from '../../../src/core/types.ts';

export const BEIJING: Province = { code: '11', abbr: '京', zh: '北京市', en: 'Beijing' };
export const GUANGDONG: Province = { code: '44', abbr: '粤', zh: '广东省', en: 'Guangdong' };

export function licence(
  partial: Partial<FoundLicence> & Pick<FoundLicence, 'kind' | 'number'>,
): FoundLicence {
  return {
    printed: partial.number,
    province: null,
    commercial: false,
    flags: [],
    region: 'footer',
    block: 0,
    ...partial,
  };
}

export const ICP_FILING = licence({
  kind: 'icp-filing',
  number: '京ICP备12345678号-1',
  province: BEIJING,
  subject: '京ICP备12345678号',
  sequence: 1,
});

export const PSB = licence({
  kind: 'psb',
  number: '京公网安备11010502030143号',
  province: BEIJING,
  area: { code: '110105', province: BEIJING, city: null, district: '朝阳区', known: true },
});

export const TELECOM = licence({
  kind: 'telecom-license',
  number: '京B2-20090059',
  province: BEIJING,
  commercial: true,
  categories: ['B2'],
});

/** A filing page with PSB and telecom licence; the ICP number is printed last. */
export const RICH_REPORT: PageReport = {
  licences: [PSB, TELECOM, ICP_FILING],
  primary: 2,
  hints: [],
  truncated: false,
};

export const FILING_ONLY: PageReport = { licences: [ICP_FILING], primary: 0, hints: [], truncated: false };

export const EMPTY_REPORT: PageReport = { licences: [], primary: null, hints: [], truncated: false };
