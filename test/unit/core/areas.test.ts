import { describe, expect, it } from 'vitest';
import { AREA_TABLE_SIZE, lookupArea } from '../../../src/core/areas.ts';
import { POLICE_ZONES } from '../../../src/core/data/police-zones.ts';

describe('lookupArea', () => {
  it('names a Beijing district: 110105 → 北京市 / 北京市 / 朝阳区', () => {
    const a = lookupArea('110105');
    expect(a.province?.zh).toBe('北京市');
    expect(a.province?.abbr).toBe('京');
    expect(a.city).toBe('北京市');
    expect(a.district).toBe('朝阳区');
    expect(a.known).toBe(true);
    expect(a.code).toBe('110105');
  });

  it('names a Shenzhen district: 440307 → 广东省 / 深圳市 / 龙岗区', () => {
    expect(lookupArea('440307')).toMatchObject({
      province: { code: '44', zh: '广东省' },
      city: '深圳市',
      district: '龙岗区',
      known: true,
    });
  });

  it('knows the 2016 district 440309 龙华区', () => {
    expect(lookupArea('440309')).toMatchObject({ city: '深圳市', district: '龙华区', known: true });
  });

  it('gives municipalities their own name as city, including counties (500229 城口县)', () => {
    expect(lookupArea('310115')).toMatchObject({ city: '上海市', district: '浦东新区', known: true });
    expect(lookupArea('500229')).toMatchObject({ city: '重庆市', district: '城口县', known: true });
  });

  it('reads a code ending in 00 as city level', () => {
    expect(lookupArea('440300')).toMatchObject({
      province: { zh: '广东省' },
      city: '深圳市',
      district: null,
      known: true,
    });
    expect(lookupArea('330100')).toMatchObject({ city: '杭州市', district: null, known: true });
    expect(lookupArea('110100')).toMatchObject({ city: '北京市', district: null, known: true });
  });

  it('knows the prefecture-level cities without districts (东莞 441900, 中山 442000)', () => {
    expect(lookupArea('441900')).toMatchObject({ city: '东莞市', district: null, known: true });
    expect(lookupArea('442000')).toMatchObject({ city: '中山市', district: null, known: true });
  });

  it('reads a code ending in 0000 as province level', () => {
    expect(lookupArea('110000')).toEqual({
      code: '110000',
      province: { code: '11', abbr: '京', zh: '北京市', en: 'Beijing' },
      city: null,
      district: null,
      known: true,
    });
    expect(lookupArea('440000')).toMatchObject({ province: { zh: '广东省' }, city: null, known: true });
  });

  it('puts county-level units directly under the province with no city (429004 仙桃市)', () => {
    expect(lookupArea('429004')).toMatchObject({
      province: { zh: '湖北省' },
      city: null,
      district: '仙桃市',
      known: true,
    });
  });

  it('reads the 市辖区 placeholder (440301) as the city with no district', () => {
    expect(lookupArea('440301')).toMatchObject({ city: '深圳市', district: null, known: true });
  });

  it('knows NBS development-zone codes the source lists (220171)', () => {
    expect(lookupArea('220171')).toMatchObject({
      province: { zh: '吉林省' },
      city: '长春市',
      district: '长春经济技术开发区',
      known: true,
    });
  });

  it.each([
    ['510190', '四川省', '成都市'],
    ['440491', '广东省', '珠海市'],
    ['430190', '湖南省', '长沙市'],
    ['330190', '浙江省', '杭州市'],
    ['610197', '陕西省', '西安市'],
    ['510156', '四川省', '成都市'],
    ['340191', '安徽省', '合肥市'],
  ])('reads police-zone code %s as unknown in %s %s', (code, province, city) => {
    const a = lookupArea(code);
    expect(a.known).toBe(false);
    expect(a.province?.zh).toBe(province);
    expect(a.city).toBe(city);
    expect(a.district).toBeNull();
  });

  it('still names province and city for an unlisted county code (440399)', () => {
    expect(lookupArea('440399')).toMatchObject({
      province: { zh: '广东省' },
      city: '深圳市',
      district: null,
      known: false,
    });
  });

  it('names only the province when the city does not exist (449900)', () => {
    expect(lookupArea('449999')).toMatchObject({ province: { zh: '广东省' }, city: null, known: false });
    expect(lookupArea('449900')).toMatchObject({ province: { zh: '广东省' }, city: null, known: false });
  });

  it.each(['999999', '', 'abc', '11010', '1101055', '11O105', '810001', '710000', '000000'])(
    'returns unknown without a province for %j',
    (code) => {
      const a = lookupArea(code);
      expect(a.known).toBe(false);
      expect(a.province).toBeNull();
      expect(a.city).toBeNull();
      expect(a.district).toBeNull();
    },
  );

  it('never throws on non-string input', () => {
    expect(() => lookupArea(undefined as unknown as string)).not.toThrow();
    expect(lookupArea(null as unknown as string).known).toBe(false);
    expect(lookupArea(110105 as unknown as string).known).toBe(false);
  });

  it('trims surrounding whitespace', () => {
    expect(lookupArea(' 110105 ')).toMatchObject({ code: '110105', district: '朝阳区' });
  });

  it('has a complete-looking table', () => {
    expect(AREA_TABLE_SIZE).toBeGreaterThan(3000);
  });

  it('lists only police-zone codes the table does not know', () => {
    for (const zone of POLICE_ZONES) {
      expect(zone.code).toMatch(/^\d{6}$/);
      const a = lookupArea(zone.code);
      expect(a.known, zone.code).toBe(false);
      expect(a.city, zone.code).toBe(zone.city);
    }
  });
});
