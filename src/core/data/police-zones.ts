// Public-security zone codes: six-digit area codes printed at the start of PSB numbers
// (川公网安备 51019002000001号) that no GB/T 2260 list contains. They name a police sub-bureau
// (typically for a development zone or new district) rather than an administrative division, so a
// lookup table can never be complete for them (docs/domain.md §1.4, §6).
//
// Hand-maintained. Only write down what is known: the city follows from the first four digits;
// `district` stays null unless the zone's name is confirmed from a primary source, and `note` says
// where the code was seen. Codes that the generated table already knows (220171 长春经济技术开发区,
// an NBS statistical code) do not belong here.

export interface PoliceZone {
  code: string;
  /** The city the first four digits name. */
  city: string;
  /** The zone or sub-bureau, only when confirmed; null otherwise. */
  district: string | null;
  note: string;
}

export const POLICE_ZONES: readonly PoliceZone[] = [
  {
    code: '330190',
    city: '杭州市',
    district: null,
    note: 'Seen on real footers (docs/domain.md §6); zone unconfirmed.',
  },
  {
    code: '340191',
    city: '合肥市',
    district: null,
    note: 'Seen in the dev corpus (test/fixtures/corpus); zone unconfirmed.',
  },
  {
    code: '430190',
    city: '长沙市',
    district: null,
    note: 'Seen on real footers (docs/domain.md §1.4); zone unconfirmed.',
  },
  {
    code: '440491',
    city: '珠海市',
    district: null,
    note: 'Seen on real footers (docs/domain.md §1.4); zone unconfirmed.',
  },
  {
    code: '510156',
    city: '成都市',
    district: null,
    note: 'Seen in the dev corpus (test/fixtures/corpus); zone unconfirmed.',
  },
  {
    code: '510190',
    city: '成都市',
    district: null,
    note: 'Seen on real footers (docs/domain.md §1.4); zone unconfirmed.',
  },
  {
    code: '610197',
    city: '西安市',
    district: null,
    note: 'Seen in the dev corpus (test/fixtures/corpus); zone unconfirmed.',
  },
];

const byCode = new Map(POLICE_ZONES.map((z) => [z.code, z]));

export function policeZone(code: string): PoliceZone | null {
  return byCode.get(code) ?? null;
}
