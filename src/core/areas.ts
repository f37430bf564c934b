// Names the six-digit area code at the start of a PSB number (京公网安备 110105 02 030143 号).
// The table is generated from GB/T 2260 data by scripts/build-area-table.mjs; public-security zone
// codes that no GB/T 2260 list contains (510190, 440491 …) come back as `known: false` with the
// province and, where it exists, the city their first four digits name (docs/domain.md §1.4, §6).
import table from './data/areas.gen.json' with { type: 'json' };
import { policeZone } from './data/police-zones.ts';
import { provinceByCode } from './provinces.ts';
import type { AreaInfo } from './types.ts';

interface CityGroup {
  /** null for the 省直辖县级行政区划 groups (4290, 4690 …), whose counties sit directly under the province. */
  city: string | null;
  /** Last two digits → county name; '' for the 市辖区 placeholder codes (440301). */
  counties: Map<string, string>;
}

let groups: Map<string, CityGroup> | null = null;

function cityGroups(): Map<string, CityGroup> {
  if (groups) return groups;
  groups = new Map();
  const cities: Record<string, string> = table.cities;
  for (const [prefix, packed] of Object.entries(cities)) {
    const [city = '', ...fields] = packed.split('|');
    const counties = new Map<string, string>();
    for (const field of fields) counties.set(field.slice(0, 2), field.slice(2));
    groups.set(prefix, { city: city || null, counties });
  }
  return groups;
}

/** Number of six-digit codes the generated table knows (provinces, cities and counties). */
export const AREA_TABLE_SIZE: number = table.count;

export function lookupArea(code6: string): AreaInfo {
  const code = typeof code6 === 'string' ? code6.trim() : '';
  const unknown: AreaInfo = { code, province: null, city: null, district: null, known: false };
  if (!/^\d{6}$/.test(code)) return unknown;
  const province = provinceByCode(code.slice(0, 2));
  if (!province) return unknown;

  if (code.endsWith('0000')) return { code, province, city: null, district: null, known: true };

  const group = cityGroups().get(code.slice(0, 4));
  if (code.endsWith('00')) {
    return { code, province, city: group?.city ?? null, district: null, known: group !== undefined };
  }

  const county = group?.counties.get(code.slice(4));
  if (group && county !== undefined) {
    // city is null for county-level units directly under the province (429004 仙桃市, 469027 …).
    return { code, province, city: group.city, district: county || null, known: true };
  }

  const zone = policeZone(code);
  return {
    code,
    province,
    city: group?.city ?? zone?.city ?? null,
    district: zone?.district ?? null,
    known: false,
  };
}
